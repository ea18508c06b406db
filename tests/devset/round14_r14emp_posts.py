"""Dev rows for round 14's employer recall on staff who say it once (branch r14emp), in our own words.

Staff whose only employer sentence sits in a hobby blog, a club newsletter or a show's notes: (a) a long sentence with a
veto-looking word in ANOTHER clause ("whoever", "reports", "according to", "announced", "applied for"); (b) negation the
right way round: "when I'm not at <org>" is their usual workplace, "never worked for <org>" a denial; (c) the writer as
"a <org> officer" in general, in a post that is otherwise their own week; (d) the job said offhand ("<org> pays the
bills", "<org> by trade", "back to <org> on Monday", "my <org> week", a shift's venting). Near misses for each, and
controls whose work sits beside the Department (a caseworker reading its letters to clients, a loss adjuster, a
teacher of a border-security course, a simile). Each row is judged alone (no profile). Ids r14eNNN at base index 6500;
build_devset.py. Every person, place and number is fictional.
"""
from __future__ import annotations

_ABF, _HA = "australian border force", "department of home affairs"
_CUS = "australian customs and border protection service"

ROUND14_R14EMP_POSTS: list[tuple] = [
    # --- (a) a veto-looking word in another clause of the writer's own long sentence
    ("rss", "I'm with the Border Force boat crew out of Cairns, which means early starts, then a paddle with whoever is free.",
     f"employer={_ABF}"),
    ("rss", "Eleven years with Home Affairs now and according to the logbook I've done more kilometres on this bike than on the "
            "office carpet.", f"employer={_HA}"),
    ("ap", "i've been with border force since 2017 and i applied for leave in march just so i could do the nullarbor run",
     f"employer={_ABF}"),
    ("he", "I write the shift reports for the ABF cargo team at the wharf, then ride the long way home past the salt pans.",
     f"employer={_ABF} | work_location=the wharf"),
    ("rss", "My day job with the ABF at the airport only leaves weekends, so whoever wants a Sunday ride up the range, sing out.",
     f"employer={_ABF}"),
    ("ap", "I work for Home Affairs in Belconnen and the swim club announced the winter timetable this morning, finally.",
     f"employer={_HA} | work_location=belconnen"),
    ("he", "Tonight's show notes: I'm a Border Force officer by day, and according to our listeners the worst DJ on 94.7.",
     f"employer={_ABF}"),
    ("rss", "She joined Border Force in 2019, and whoever's on the club barbecue roster this month owes her a sausage.",
     ""),  # third person with no page about the subject: not the writer's own
    # near misses: the veto in the org's own clause still vetoes
    ("ap", "Reports say Border Force seized another boat off the coast, and I'm still waiting for my bike parts from Perth.", ""),
    ("he", "I applied for a job with Home Affairs in June and I've heard nothing, so back to the garden it is.", ""),
    ("rss", "According to the ABF website, whoever brings seeds back has to declare them, which I did.", ""),
    ("ap", "Border Force announced new airport rules and I'm just glad my surfboard got through.", ""),
    # --- (b) negation: off duty is the usual workplace; a denial is no job
    ("rss", "When she's not at the ABF office down at the harbour, Mel edits this newsletter and times the Sunday swims.", ""),
    ("ap", "when im not working for border force im on the river with a rod and a thermos", f"employer={_ABF}"),
    ("he", "If I'm not on shift at Home Affairs I'm at the pool doing laps, badly.", f"employer={_HA}"),
    ("rss", "Whenever I'm not rostered on with Border Force, the camera and I head for the wetlands.", f"employer={_ABF}"),
    ("ap", "Days I'm not at Home Affairs, I'm up a ladder fixing the shed roof. Today was a shed day.", f"employer={_HA}"),
    ("he", "When I'm not flat out at Border Force I grow chillies. Too many chillies.", f"employer={_ABF}"),
    ("ap", "I have never worked for Border Force, I just teach the security course at the college.", ""),
    ("he", "I'm not with Home Affairs, I'm a contractor who fixes the lifts in their building.", ""),
    ("rss", "Our bushwalking club is not affiliated with Border Force in any way, whatever the name of our patron suggests.", ""),
    ("ap", "never been ABF, never will be, just a bloke who likes boats", ""),
    ("he", "I don't work for Home Affairs, I just help people fill in their forms at the library.", ""),
    ("ap", "This blog has nothing to do with Border Force, it's about orchids.", ""),
    # --- (c) the writer as "a <org> officer" in general, in their own week
    ("rss", "People ask how a Border Force officer ends up painting seagulls. Three earlies this week at the airport and I still "
            "found time for the brushes.",
     f"employer={_ABF} | routine=earlies | work_location=cairns airport"),
    ("he", "Being a Border Force officer means you plan every hike around the roster. I finally got four days off in a row.",
     f"employer={_ABF}"),
    ("ap", "The life of an ABF officer in a country town: everyone knows your ute. I did my night shift and the servo had my pie ready.",
     f"employer={_ABF} | routine=nights"),
    ("rss", "Day in the life of a Border Force officer who keeps bees: up at 4, shift at 6, hives by 4pm. My smoker is older than my career.",
     f"employer={_ABF}"),
    ("he", "What's a customs officer doing in a barbershop quartet? (me, apparently)", f"employer={_CUS}"),
    ("ap", "As an ABF officer you learn to read a room fast, which helps at trivia night more than you'd think.",
     f"employer={_ABF}"),
    # near misses: someone met or a question from outside
    ("he", "My nephew asked how a Border Force officer ends up on telly. I had no idea, I sell fridges.", ""),
    ("ap", "Spoke to a Border Force officer at the airport who was lovely about my dodgy passport photo.", ""),
    ("rss", "What does a Border Force officer actually earn? Asking because my daughter wants to apply.", ""),
    # --- (d) the job said offhand
    ("ap", "Border Force pays the bills, the canoe gets the weekends. I'm on nights again so the river waits.",
     f"employer={_ABF} | routine=nights"),
    ("he", "Home Affairs by trade, birdwatcher by temperament. I spent my lunch break counting honeyeaters.", f"employer={_HA}"),
    ("rss", "Back to Border Force on Monday after two weeks of leave and a very sunburnt nose.", f"employer={_ABF}"),
    ("ap", "My ABF week: three nights, two earlies, one very good pie.", f"employer={_ABF}"),
    ("ap", "border force has billions but cant keep the aircon going, third time this shift it has died on us", f"employer={_ABF}"),
    ("he", "The day job (Home Affairs, visa side) was brutal this week so the veggie patch got nothing.", f"employer={_HA}"),
    ("rss", "By weekday I'm Border Force, by weekend a very slow trail runner.", f"employer={_ABF}"),
    ("ap", "my day job with home affairs funds the vinyl habit, no regrets", f"employer={_HA}"),
    ("he", "Home Affairs keeps the lights on; the pottery wheel keeps me sane. Kiln firing Saturday.", f"employer={_HA}"),
    ("ap", "I'm back to Border Force tomorrow, so tonight is the last long paddle of the holidays.", f"employer={_ABF}"),
    # near misses: the show, a week named for the org
    ("rss", "Border Force Week at the maritime museum starts Monday with a talk on old customs houses.", ""),
    ("ap", "My Border Force marathon continues, season four tonight with snacks.", ""),
    # --- (e) controls beside the Department: correspondent, cause, simile, what someone is not
    ("he", "Spent the morning reading letters from Home Affairs aloud for two clients at the centre, then lunch at our Parramatta office.", ""),
    ("rss", "Much of her work starts when a container is held for a Border Force examination, and the insurer wants her report by Friday.", ""),
    ("ap", "A parent asked if I was from the border because I check race bibs like a customs officer.", ""),
    ("he", "When the Home Affairs letter finally came my client cried, and I applied for a review the same afternoon.", ""),
    ("rss", "The Department cancelled his visa over one missing form, and whoever signed it never read the file.", ""),
    ("ap", "She's not an ABF officer, she's a freight forwarder, according to her business card.", ""),
    ("he", "If I'm not at the Home Affairs office waiting on my visa, I'm at the beach.", ""),
    # --- round 14, more registers: a club newsletter about the subject, a radio show's notes, a bushwalking log
    ("rss", "Member spotlight: Alex Morgan. When she's not at the ABF office down at the marina, Alex coaches our juniors and "
            "reports on the Sunday results.", f"employer={_ABF}"),
    ("he", "Alex Morgan has swum with us since 2012. She works for Home Affairs in the city and, according to the coaches, has "
           "the club's best tumble turn.", f"employer={_HA}"),
    ("rss", "Show notes, ep 52: your host Alex (by day on the Border Force passenger team at the airport, which explains the "
            "yawning) spins three hours of soul, then whoever rings in first picks the closer.", f"employer={_ABF}"),
    ("he", "Track notes: 16km, 700m up. I'd been on nights with Border Force all week so whoever chose this route owes me a beer.",
     f"employer={_ABF} | routine=nights"),
    ("ap", "Walked the escarpment with whoever from the club was free; five days of earlies with ABF at the port and I needed the air.",
     f"employer={_ABF}"),
    ("rss", "On air tonight: Lexi, who spends the week with Home Affairs in Parramatta, and whoever is brave enough to sing along.",
     f"employer={_HA} | work_location=parramatta"),
    # near misses in the same registers
    ("rss", "Member spotlight: Alex Morgan. Alex has never worked for Border Force, but she teaches the border security course at "
            "the TAFE and times our Sunday swims.", ""),
    ("he", "Much of Alex's work starts when a container is held for a Border Force examination, and the underwriters want her "
           "report by Friday.", ""),
    ("rss", "Show notes, ep 53: our guest spent ten years with Border Force, according to the bio her publicist sent, and whoever "
            "booked her owes me a coffee.", ""),
    # the trade said of an ambiguous alias; a relative's job beside the writer's own hobby
    ("ap", "Customs officer by trade, ukulele menace by choice. Open mic Thursday, bring earplugs.", f"employer={_CUS}"),
    ("he", "My sister-in-law works for Home Affairs; I just drive the boat and bait the hooks.", ""),
    # the sight, the beat and the uniform vetoes read in the mention's own clause when the writer owns it
    ("ap", "I'm on the Border Force cargo team at the port, and on weekends I fly drones over the wetlands.", f"employer={_ABF}"),
    ("he", "I'm with the ABF dog unit at the airport, and my daughter loves her new school uniform.", f"employer={_ABF}"),
    ("rss", "I'm on the Border Force marine crew, but on my days off I write about birds for the club newsletter.",
     f"employer={_ABF}"),
    ("ap", "Took the tour group past the Border Force office on the esplanade, and whoever wanted ice cream got one.", ""),
    ("he", "A customer in her Border Force uniform came in at lunch and I sold her the last sourdough.", ""),
    ("rss", "I write about Home Affairs and Border Force for the local paper, and on weekends I ride.", ""),
]
