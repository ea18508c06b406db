"""Dev rows for round 4's failure classes, in our own words (never from held-out texts).

Employer: the department's current name, Home Affairs (any case, with or without "Department of"),
joined to a job title by "with", "w/", "at" or a comma, in posts, bios and forum member boxes. Near
misses: working WITH the agency from another one (a joint job, a task force), a true-crime show
interviewing its former officers, a client thanking it for a visa, news about its minister.
Appended by build_devset.py after every older row, so ids stay put.
"""
from __future__ import annotations

HA = "employer=department of home affairs"

ROUND4_POSTS: list[tuple] = [
    # --- employer: Home Affairs joined to a job title
    ("ap", "Eleven years a citizenship case officer with Home Affairs and I still get a kick out of ceremony day 🇦🇺", HA),
    ("he", "Onshore protection assessor, Department of Home Affairs. Opinions are my own, typos too.", HA),
    ("rss", "life update: trade compliance analyst at home affairs now, bye bye retail rosters", HA),
    ("ap", "Tash | biosecurity referrals w/ home affairs | Canberra | she/her", HA + " | work_location=place:canberra act"),
    ("he", "Started in the traveller facilitation team at the Dept of Home Affairs in March and the learning curve is a cliff.", HA),
    ("rss", "Quick intro for the forum: detention welfare coordinator w/ home affairs, mostly night shifts, two kids, one cat.", HA),
    # --- near misses: working with the agency, its former officers interviewed, its clients, news
    ("ap", "Our crime squad ran a joint job with Border Force at the container terminal, and the dogs earned their dinner.", ""),
    ("he", "We did six weeks of a task force with the ABF on the waterfront and my feet have never been so sore.", ""),
    ("rss", "Show notes, ep 31: an ex-Border Force officer walks us through the night 280 kilos of cocaine came in through the wharf.", ""),
    ("ap", "Massive thanks to the people at Home Affairs for finally processing my partner visa, we're staying!! 🎉", ""),
    ("he", "The Home Affairs minister announced yet another review of the skilled visa list this morning.", ""),
    ("rss", "Our practice lodged forty-odd bridging applications with Home Affairs this month alone.", ""),
    # --- home: a lower-case suburb after a home phrase, a move told in prose, near home the way locals say it,
    # a local club's ground in a post that also says "our street"
    ("ap", "whoever keeps parking across our driveway on our street in penrith, i will find you", "home_location=place:penrith nsw"),
    ("rss", "It is strange to think that the year we moved out to Werribee I still didn't know a single neighbour.",
     "home_location=place:werribee vic"),
    ("he", "The Lebanese bakery round the corner from us in Granville does a zaatar pie worth getting up for.",
     "home_location=place:granville nsw"),
    ("ap", "U11s netball at the Toongabbie oval in the rain, then hot chips for everyone back on our street 🥶",
     "home_location=place:toongabbie nsw"),
    # near misses: a friend's street, a trip, someone else's move, a ground with no home in the post
    ("he", "Helping my sister move into her new place in Kogarah this weekend, send pizza.", ""),
    ("rss", "Away game at the Campsie oval on Saturday, the under 12s won by a point.", ""),
    # --- work location: the workplace as "ours" in a suburb, a facility named by its kind and place
    ("ap", "Lifts in our building in Parramatta are out again, nine flights with the Home Affairs lanyard swinging 😤",
     HA + " | work_location=place:parramatta nsw"),
    ("he", "Three new beagles started at the breeding kennels in Bulla this week, easily the best part of my job with Border Force.",
     "employer=australian border force | work_location=bulla breeding kennels"),
    # near miss: a friend's office
    ("rss", "My cousin's office in Chatswood has a rooftop bar, meanwhile we get a kettle.", ""),
    # --- routine: a swing at sea counted in days, abbreviated days in a list with a time
    ("ap", "Twenty-eight days on, 28 off on the patrol boat, and I've stopped trying to explain it to people 🌊",
     "routine=28 on 28 off"),
    ("he", "Kennel clean-out 5:30am Tue, Thu and Sat, then the dogs get their run before the day crew arrives.",
     "routine=tuesday thursday saturday 05:30"),
    # near misses: a cricket score, one day's appointment
    ("rss", "Smashed 24 off 10 balls in the last over, on fire tonight.", ""),
    # --- vulnerability: drinking that crept up, strain and medication, a grievance told off
    ("ap", "Used to be a cheeky stubby after mowing, somehow it's now most of a carton by Sunday night 🍺",
     "vulnerability=substance"),
    ("he", "Three weeks on escitalopram, still burnt out and lying awake every night at 2.", "vulnerability=mental_health"),
    ("rss", "Overlooked for the EL1 again after acting in it for a year, senior leadership can get stuffed.",
     "vulnerability=grievance"),
    # near misses: strength coaching, someone else's drinking, a council told off
    ("ap", "Programming note: when your deadlift stalls, take the load off and build back up over six weeks 💪", ""),
    ("he", "My uncle's gone from a beer at the footy to a bottle of rum most nights, the family's rattled.", ""),
    ("rss", "The strata committee can get stuffed with this levy.", ""),
    # --- systems: gates out on one side of a terminal
    ("ap", "SmartGates down on one side at the international terminal again, everyone through the manual desks.",
     "systems_information=smartgates"),
    # near miss: a supermarket's checkouts
    ("he", "Self-serve checkouts at the supermarket down on one side again, queue to the freezers.", ""),
]

ROUND4_PROFILES: list[tuple] = [
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm",
                  "summary": "Airport liaison officer with Home Affairs. Cricket, coffee, dad jokes.", "attachment": []}, HA),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm",
                  "summary": "Senior constable, Queensland Police. Plenty of joint work with the ABF and the AFP over the years.",
                  "attachment": []}, ""),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm",
                  "summary": "Mum of two | Blacktown | Western Sydney | netball taxi", "attachment": []},
     "home_location=place:blacktown nsw"),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm",
                  "summary": "Parramatta Eels | Western Sydney Wanderers | coffee", "attachment": []}, ""),
]
