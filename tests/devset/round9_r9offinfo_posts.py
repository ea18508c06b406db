"""Dev rows for round 9's official information (branch r9offinfo), in our own words (never from held-out texts).

Official information told tersely, in many registers: a site's head count on a shift or a line (slang, typos,
emoji, a formal profile line), an operation, visit, charter or transfer coming up with its day or date, a
policy or program decision before it is announced, a team's target or an instruction from above, an incident
inside a detention facility, a seizure told as a dog handler's proud moment.
Near misses: a grudge about a promotion, a joke about one's own pace, public news, a shop's, a hospital's or a
school's staffing, a TV show, a sports team's or a brewery's numbers, a tourist charter with dates.
A staffing line that mentions nights is about the site's roster, not the subject's routine: those rows carry no
routine label.
Rows get ids r9oiNNN (build_devset.py).
"""
from __future__ import annotations

ROUND9_R9OFFINFO_POSTS: list[tuple] = [
    # --- staffing told as a head count on a line, shift or site
    ("ap", "three of us on the cruise terminal this morning for a ship with 4000 pax. sure. fine.",
     "official_information=workforce"),
    ("he", "Skeleton crew again, me plus one grad covering the whole mail centre till 2am.",
     "official_information=workforce"),
    ("ap", "nites at the container yard going to 2 officers from march apparently. lol ok",
     "official_information=workforce"),
    ("rss", "Our boarding team has been whittled down to five. It was twelve when I started.",
     "official_information=workforce"),
    ("ap", "we physically check maybe one box in fifty now, used to be one in fifteen",
     "official_information=workforce"),
    ("he", "Four officers minding 140 men in the north compound tonight and they wonder why it kicks off.",
     "official_information=workforce"),
    ("ap", "solo on the wharf again tonight 🙃 one officer, three ships alongside",
     "official_information=workforce | work_location=the wharf"),
    ("rss", "Two bodies on the overnight desk for the entire north-west. Two.",
     "official_information=workforce"),
    # --- an operation, visit, charter or transfer coming up with its day or date
    ("ap", "joint job with the water police up around the Whitsundays from the 22nd, ten days, phones off",
     "official_information=operations"),
    ("he", "Charter out of Brisbane Wednesday week, they're sending three extra escorts up from Sydney for it.",
     "official_information=operations"),
    ("rss", "Sorting out the Assistant Commissioner's trip to Thursday Island on 3 May: chopper out to the outer islands, lunch with the rangers, then a run on the patrol boat.",
     "official_information=operations"),
    ("ap", "6 of the fellas in Bravo get moved to the WA centre on Friday's early transfer. they have no idea",
     "official_information=detentions"),
    ("he", "Heading up to Weipa Monday for a five day sweep of the fishing fleet with the fisheries mob.",
     "official_information=operations"),
    ("ap", "PM's visit to the port is locked in for the 19th, we're doing the harbour run and a dog demo for the cameras",
     "official_information=operations"),
    # --- a policy or program decision before it is announced
    ("rss", "The skilled intake drops by about 5,000 places next year and it all comes out of the regional stream. Cabinet sees it next week.",
     "official_information=policy development"),
    ("he", "Our review of the student visa settings lands on the Minister's desk Friday, and yes, we're recommending they get harder.",
     "official_information=policy development"),
    ("ap", "baggage screening at the small airports goes to a contractor from july, twenty of us shuffled elsewhere. nobody's been told officially, i saw the slides",
     "official_information=workforce"),
    ("rss", "Heard at the managers' offsite that the Darwin office shuts at the end of the financial year. Not public.",
     "official_information=workforce"),
    ("ap", "new fee schedule got signed off today, up 15% from jan. don't quote me",
     "official_information=policy development"),
    # --- targets and instructions
    ("he", "New expectation is nine decisions per person per day. Nine.",
     "official_information=casework"),
    ("ap", "told at huddle: anything missing a police certificate gets refused on the spot, no more requests for info",
     "official_information=casework"),
    ("rss", "Backlog is sitting on 18,000 and the branch head wants it halved by Christmas.",
     "official_information=casework"),
    ("ap", "instruction from upstairs is stop referring the student ones to integrity and just grant them",
     "official_information=casework"),
    # --- an incident inside a facility
    ("he", "Bloke in Blaxland has refused food for eleven days now, medical checks him twice a shift.",
     "official_information=detentions"),
    ("ap", "had to shift a guy to the high security block after he smashed up the tv room last night",
     "official_information=detentions"),
    ("rss", "Another self-harm attempt in the family units overnight, third one this month.",
     "official_information=detentions"),
    # --- a seizure told as a dog handler's proud moment
    ("ap", "so proud of Bella today 🐶 she sat down next to a pram off the Manila flight and there was $80k taped under the mattress",
     "official_information=seizures"),
    ("he", "Good boy Diesel found the rolled up notes inside the spare tyre this morning. Best nose on the team 🏆",
     "official_information=seizures"),
    ("rss", "Our labrador locked onto a backpacker's bag at arrivals and it turned out to be a stack of fake passports.",
     "official_information=seizures"),
    # --- two disclosures in one post (a row is scored once per category; the tests check both findings)
    ("ap", "Max found a kilo of pills in a rice cooker off the Hanoi flight today. only three of us on the floor for two widebodies too",
     "official_information=seizures|official_information=workforce"),
    # --- near misses: nothing official told from the inside
    ("ap", "the promotion went to a kid who has never stood a night on the wharf in his life. whatever", ""),
    ("he", "I process files at roughly the speed of a sedated sloth and my team leader is a saint about it.", ""),
    ("rss", "The papers say the government will trim the migration program by 10,000 places next year.", ""),
    ("ap", "pharmacy down the road has two staff for the whole saturday rush, poor things", ""),
    ("he", "Emergency had two nurses on overnight for the whole ward and Mum waited seven hours.", ""),
    ("rss", "The school is down to one teacher for both kinder classes next term.", ""),
    ("ap", "watching that airport customs show again, the beagle found a whole leg of ham in a suitcase 😂", ""),
    ("he", "Footy team is down to 13 players for Saturday, we need a couple of ring-ins.", ""),
    ("rss", "The brewery is cutting the night shift to two brewers from March while the new tanks go in.", ""),
    ("ap", "our snorkel charter to the outer reef runs from the 14th, nine days of diving, two spots left", ""),
    # --- a site's night roster told by heads: official information, not the subject's routine
    ("ap", "its 2 of us on nites for the entire container terminal this week, send coffee",
     "official_information=workforce"),
    ("he", "From next month the night shift on international arrivals drops to three officers for every flight.",
     "official_information=workforce"),
]
