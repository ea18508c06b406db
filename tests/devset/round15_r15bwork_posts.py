"""Dev rows for round 15's second wave on work sites, colleagues and outsiders' words about the agency (branch
r15bwork), in our own words.

1. The work site said casually once the job is known in the same post: a bare "<org> at the <kind>" ("Day job? Border
   Force at the port."), every ship or flight the writer clears at a town's wharf or airport, an aircrew's general
   aviation side of an airport, the desk or counter worked until the week's plane has gone, years at a transit centre.
2. An office named by its street alone, in lower case too ("<street> st office aircon broke again").
3. Colleagues named in passing: "<Name>'s my partner at work", a work kinship or friendship word ("my work unnie",
   "work bestie"), "<Name>, who does the boardings with me", "<Name>'s relief still isn't here", a co-worker named in a
   non-English phrase glossed in English.
4. The job said in the language the writer is learning, glossed in English after a colon, dash or bracket.
Near misses for each: an airport police officer handing a passenger over, a press photographer at a media conference,
a cosplayer and the real officers who posed with them, a relative's job (in English and in the learner's language),
a student's visa, a crane driver's years at the port, a school run or a hospital night shared, relief as a feeling,
a flatmate named in Spanish, a scenic-flight operator, a business's branch on a street, a building site.
Each row is judged alone (no profile). Ids r15beNNN at base index 8600; build_devset.py. Every person, place and number
is fictional.
"""
from __future__ import annotations

_ABF, _HA = "australian border force", "department of home affairs"
_CUS = "australian customs and border protection service"

ROUND15_R15BWORK_POSTS: list[tuple] = [
    # --- 1. the work site said casually once the job is known
    ("ap", "Day job? Border Force at the port. Night job? Dad of three.", f"employer={_ABF} | work_location=the port"),
    ("he", "Q: what do you do? A: ABF at the airport, mostly nights. Q: do you like it? A: ask me after coffee.",
     f"employer={_ABF} | work_location=the airport | routine=nights"),
    ("ap", "yeah im border force down at the port, every vessel that ties up at mackay wharf goes across my desk",
     f"employer={_ABF} | work_location=mackay"),
    ("rss", "I'm ABF at the airport in Broome, which means I clear every international flight, all two of them a week.",
     f"employer={_ABF} | work_location=broome"),
    ("ap", "Our ABF surveillance crew flies out of the general aviation side of Cairns Airport and the sunrise never gets old.",
     f"employer={_ABF} | work_location=cairns airport"),
    ("he", "Six years with Home Affairs at the immigration transit centre out at Pinkenba and I still get lost in the car park.",
     f"employer={_HA} | work_location=pinkenba"),
    ("ap", "i work customs at the wharf in Port Lincoln, every boat that comes in is my problem 🐟",
     f"employer={_CUS} | work_location=port lincoln"),
    ("rss", "Border Force life on a small island: I'm at the counter at the airport from 5am until the weekly plane has gone.",
     f"employer={_ABF} | work_location=the airport"),
    ("ap", "we're border force out at the cargo terminal, so no, I can't get your parcel through faster",
     f"employer={_ABF} | work_location=cargo terminal"),
    ("he", "Home Affairs at the mail centre this week, wading through about a million parcels.",
     f"employer={_HA} | work_location=mail centre"),
    ("ap", "I'm with Border Force at the wharf in Geelong now, a shorter commute and a much colder wind.",
     f"employer={_ABF} | work_location=geelong"),
    ("rss", "ABF, Gladstone. I board every ship that comes into Gladstone port, rain or shine.",
     f"employer={_ABF} | work_location=gladstone"),
    # near misses: a crane driver, a tour shuttle, a scenic flight, a traveller, a check-in agent
    ("ap", "Fifteen years at the port as a crane driver and my back knows every one of them.", ""),
    ("he", "We fly out of the GA side of Cairns Airport for the reef scenic flights, book now for the school holidays!", ""),
    ("rss", "Our shuttle meets every flight at Broome airport, so just look for the orange bus.", ""),
    ("ap", "Day job? Nurse at the Royal. Night job? Mum.", ""),
    ("he", "Border Force at the airport took forever with our bags, two hours in the queue with a toddler.", ""),
    ("ap", "Im a baggage handler at the airport in Broome and I lift every bag on every flight, send physio.", ""),
    # --- 2. an office named by its street
    ("ap", "collins st office aircon broke again, we're all melting, Home Affairs life",
     f"employer={_HA} | work_location=collins st"),
    ("he", "By day I'm in the public service (Home Affairs, visa policy). Today at the Collins St office the fire alarm went off "
           "twice.", f"employer={_HA} | work_location=collins st"),
    ("rss", "The Lonsdale Street office lifts are out so it's nine flights of stairs, Border Force life.",
     f"employer={_ABF} | work_location=lonsdale street"),
    ("ap", "pirie st office has a new coffee machine and my whole ABF team has forgiven management",
     f"employer={_ABF} | work_location=pirie st"),
    ("he", "Back in the Chan St building after leave with Home Affairs and my login has expired, naturally.",
     f"employer={_HA} | work_location=chan st"),
    # near misses: a building site, a business's branch, someone else's office, office workers
    ("ap", "george st building site has jackhammers going from 7am, pray for me", ""),
    ("he", "Popped into the Bourke St office of the bank to sort my card, ten minutes, a miracle.", ""),
    ("rss", "My mate's Collins St office has a rooftop bar and I am not jealous at all.", ""),
    ("ap", "collins st office workers flood the cafe at 12:30 so I get my lunch at 11.", ""),
    # --- 3. colleagues named in passing
    ("ap", "Sam's my partner at work, we've done the boardings together for three years with Border Force.",
     f"employer={_ABF} | colleague=sam"),
    ("he", "my work unnie Ji-woo (desk next to me) saved my life today with a spare charger, ABF crew forever",
     f"employer={_ABF} | colleague=ji"),
    ("rss", "Priya, who does the boardings with me, just got engaged!! Best news all week.", "colleague=priya"),
    ("ap", "Marco's relief still isn't here. Marco did the paperwork anyway, legend.", "colleague=marco"),
    ("he", "my work bestie Keely sits next to me at Home Affairs and steals my pens", f"employer={_HA} | colleague=keely"),
    ("ap", "Col, who's on the x-ray line with me most nights, reckons the new screens are worse.", "colleague=col | routine=nights"),
    ("rss", "Mi compañero de trabajo, Diego, me ayuda con el español en la aduana (my workmate Diego helps me with Spanish "
            "at customs).", "colleague=diego"),
    ("ap", "Dev's relief hasn't turned up, so he's on a double at the cargo shed. Poor bloke.",
     "colleague=dev | work_location=cargo shed"),
    ("he", "Shout out to my work twin Renata, same shift, same boots, same bad jokes, Border Force's finest.",
     f"employer={_ABF} | colleague=renata"),
    ("rss", "Tash, who does the vessel searches with me, is leaving for Darwin and I'm not okay.", "colleague=tash"),
    # near misses: a partner dropped at work, a school run, a hospital night, relief as a feeling, a flatmate, a chat
    ("ap", "Dropped my partner at work then went to the beach.", ""),
    ("he", "Sam, who does the school run with me on Tuesdays, is a legend.", "routine=tuesday school run"),
    ("rss", "Jess, who does nights with me at the hospital, brought donuts.", ""),
    ("ap", "Mia's relief was obvious when the exam results came in.", ""),
    ("he", "Mi compañero de piso, Diego, cocina fatal (my flatmate Diego is a terrible cook).", "associate=diego"),
    # --- 4. the job said in another language, glossed in English
    ("rss", "Trabajo para la Fuerza Fronteriza Australiana: the Australian Border Force. Still practising my rolled r.",
     f"employer={_ABF}"),
    ("ap", "Spanish journal, día 12. Trabajo en la Fuerza Fronteriza (the Australian Border Force) y me gusta mucho.",
     f"employer={_ABF}"),
    ("he", "Je travaille pour le ministère de l'Intérieur : Home Affairs, for the rest of you.", f"employer={_HA}"),
    ("rss", "Ich arbeite bei der Grenzschutzbehörde, the Australian Border Force, und ich liebe es.", f"employer={_ABF}"),
    ("ap", "Lavoro per la Forza di Frontiera australiana — the ABF — da sei anni.", f"employer={_ABF}"),
    ("he", "Saya bekerja di Pasukan Perbatasan Australia: Australian Border Force. Bahasa practice day 40!", f"employer={_ABF}"),
    # near misses: a relative in the learner's language, a logistics firm
    ("rss", "Mi hermana trabaja para la Fuerza Fronteriza Australiana: the Australian Border Force. Muy orgullosa de ella.", ""),
    ("ap", "Mon père travaille pour la police des frontières: the Australian Border Force, since 1998.", ""),
    ("he", "Trabajo para una empresa de logística: we ship to Home Affairs offices sometimes.", ""),
    # --- precision guards: outsiders' words about the agency
    ("ap", "AFP at the airport tonight: walked a passenger over to Border Force at the arrivals hall, their job from there, not "
           "mine.", ""),
    ("rss", "Shot the Border Force media conference at the wharf this morning, the seized bricks were lined up on a table for "
            "the cameras.", ""),
    ("he", "Finished my Border Force uniform cosplay for Supanova! Two real officers from Brisbane Airport stopped for a photo "
           "with me.", ""),
    ("ap", "Dad's been with Customs at the airport for thirty years and still loves it.", ""),
    ("rss", "Home Affairs granted my student visa today!! Melbourne here I come.", ""),
    ("he", "Costume comp entry: Border Force officer, complete with a cardboard x-ray machine. Came second to a Dalek.", ""),
    ("ap", "Covering the Home Affairs press conference in Canberra for the paper, standing room only.", ""),
]
