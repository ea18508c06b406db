"""Dev rows for round 11's employer, contact and identifier classes (branch r11work), in our own words.

The organisation named in passing in the writer's own voice (pay, start times, a staff event, "by day", a job left
behind, a mixed-language post, all capitals); a nickname's page; an account registered with the official address not
shown; a number labelled work by its field's name; the subject's own title line (no colleague). Near misses: a drone
shot of the agency's vessel, a caseworker's client's case officer, a caterer of the agency's party, an event for its
families, applications lodged with it, a gmail sign-up, someone else's work email. (A drone shot of the agency's cutter,
a client's case officer, an event for its families and applications lodged with it are in tests/test_round11_r11work.py only: official_information
reads them in a loose batch, which no staff gate filters.) Ids r11wNNN; build_devset.py.
"""
from __future__ import annotations

_ABF, _HA = "australian border force", "department of home affairs"

ROUND11_R11WORK_POSTS: list[tuple] = [
    # --- the org named in passing, in the writer's own voice
    ("he", "Border Force moved my start time to 4.30am from Monday. Thrilled, obviously.", f"employer={_ABF}"),
    ("ap", "rumour is Border Force is shifting our whole section to Canberra next year. cool cool cool",
     f"employer={_ABF} | official_information=workforce"),
    ("ap", "Border Force never does anything by halves, 13 hour day at the trade expo and my feet are done",
     f"employer={_ABF}"),
    ("he", "network admin @ home affairs by day, dungeon master by night", f"employer={_HA}"),
    ("ap", "Border Force Christmas party tonight, designated driver again", f"employer={_ABF}"),
    ("ap", "ALL HANDS MEETING AT BORDER FORCE THIS ARVO, COULD HAVE BEEN AN EMAIL", f"employer={_ABF}"),
    ("rss", "Our home affairs floor has had no aircon for a week and the fans are all in the director's office.",
     f"employer={_HA}"),
    ("ap", "passport stamper at ABF in a past life, these days I just stamp library books", f"employer={_ABF}"),
    ("ap", "Pagod na pagod, double shift na naman sa ABF 😩 uwi na ako", f"employer={_ABF}"),
    # --- near misses: a sight, someone else's officer, a business serving the org, a client
    ("ap", "Catering the Border Force Christmas party tonight, 200 sausage rolls and counting", ""),
    ("ap", "Had to deal with Border Force at the airport, two hours to get through", ""),
    # --- an account registered with the official address, not shown
    ("ap", "signed up to this forum with my work email years ago, too lazy to change it",
     "corporate_identifier=contact:official email"),
    ("he", "acct is under my abf email from before i knew better",
     f"corporate_identifier=contact:official email | employer={_ABF}"),
    ("ap", "this account's still linked to my gov email, should probably fix that",
     "corporate_identifier=contact:official email"),
    ("ap", "signed up with my gmail, obviously", ""),
    ("he", "Please register with your work email to attend the webinar", ""),
    # --- a number labelled work, in any register
    ("he", "Rain delay? Text Alex on the work mob 0491 570 229, he says Border Force won't mind.",
     "official_contact=contact:+61491570229"),
    # --- more of the same class, other registers: a thread title, a work verb done for the org, time off, back at it
    ("ap", "IAmA cargo examiner for the ABF at Port Adelaide, ask me anything", f"employer={_ABF} | work_location=port adelaide"),
    ("ap", "I x-ray shipping containers for Border Force in Fremantle, AMA", f"employer={_ABF} | work_location=fremantle"),
    ("he", "back at Home Affairs tomorrow after three weeks off, send coffee", f"employer={_HA}"),
    ("ap", "mum keeps asking if Border Force will give me christmas off. no mum.", f"employer={_ABF}"),
    ("ap", "Nakakapagod ang trabaho sa Border Force ngayong linggo, overtime ulit", f"employer={_ABF}"),
    # near misses
    ("he", "back at the Home Affairs office again for my citizenship interview", ""),
    ("ap", "I have so much respect for Border Force after that doco", ""),
    ("ap", "I searched everywhere for the Home Affairs form, gave up", ""),
    ("rss", "I answer phones for a migration agent who deals with Home Affairs all day", ""),
    # the org acting beside the writer's own volume of work; near miss: the org acting on the writer's things
    ("ap", "Home Affairs doesn't do small, 2800 new citizens at the ceremony today and I checked every one of them",
     f"employer={_HA} | official_information=operations"),   # an event's numbers, as blind writers label them
    ("he", "Border Force took my bag away and I checked all my pockets twice", ""),
]

ROUND11_R11WORK_PROFILES: list[tuple] = [
    # the subject's own title line: the unit is where they sit, not a colleague
    ("jsonld", {"name": "Alex Morgan", "jobTitle": "Director, Cargo Intelligence Section | Australian Border Force | Canberra"},
     f"employer={_ABF}"),
    ("jsonld", {"name": "Alex Morgan", "jobTitle": "Supervisor, Maritime Operations, Australian Border Force"},
     f"employer={_ABF}"),
    # a number labelled work by its field's own name, on a staff profile
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Thirds vice-captain. Border Force officer, Port Botany.",
                  "attachment": [{"name": "fixtures (work mob, text only)", "value": "0491 570 226"}]},
     f"employer={_ABF} | official_contact=contact:+61491570226 | work_location=port botany"),
]
