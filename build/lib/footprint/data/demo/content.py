"""What the fictional demo persona, Casey Morgan, has posted: the words only.

Why a separate module: the posts are the test data that the whole scanner is
judged on (see persona.toml for what each one is meant to expose), so they
are kept apart from the code that renders them into ActivityPub JSON,
microformats2 HTML and RSS (make_site.py). Every person, handle, address,
email and number here is fictional; phone numbers are from the ranges
reserved for fiction (0491 570 xxx, 02 5550 xxxx).
"""
from __future__ import annotations

NAME = "Casey Morgan"
HANDLE = "caseym"

# --- Mastodon-style posts -------------------------------------------------
# (number, local time, UTC offset, text, options). Text is plain; #tags and
# @mentions are linked when rendered. Options: images=[(file, alt)],
# location=(name, lat, lon), announce=(actor handle, actor name).
NOTES: list[tuple[int, str, str, str, dict]] = [
    (1001, "2026-02-02 19:05", "+11:00",
     "Hello Mastodon! Casey here. Australian Border Force officer at Sydney Airport, dad of one, "
     "very average netballer. Trying to spend less time on the other place. #introduction #BorderForce", {}),
    (1002, "2026-02-04 04:58", "+11:00",
     "Earlies this week. 0630 start at T1 means my 5:40 train from Revesby, which means I'm up at 4:45. "
     "Send coffee. #shiftwork", {}),
    (1003, "2026-02-06 20:30", "+11:00",
     "Watching Border Security re-runs on the couch again. I swear half the people on that show pack "
     "their suitcases specifically to get on TV. #tv", {}),
    (1004, "2026-02-10 07:05", "+11:00",
     "Every Tuesday 6am at the gym in Revesby with Jess before she heads off to work. Today was legs. "
     "I can no longer feel them. #fitness", {}),
    (1005, "2026-02-13 16:40", "+11:00",
     "Big day on shift. We seized 40 kg of cocaine hidden in machine parts at the cargo terminal today. "
     "Proud of the team. Can't say more! #BorderForce #ProtectingOurBorder", {}),
    (1006, "2026-02-15 14:02", "+11:00",
     "Opinion: Australia's offshore processing and immigration detention policy has cost billions, and "
     "the number of people held in detention keeps rising. Our explainer on what the government isn't "
     "telling you.",
     {"announce": ("newsdesk", "Sydney News Desk")}),
    (1007, "2026-02-18 22:10", "+11:00",
     "Lync was down all shift and our passenger processing system kept timing out. Nothing like doing "
     "the primary line with pen and paper in 2026.", {}),
    (1008, "2026-02-21 22:45", "+11:00",
     "Netball grand final tonight! Huge shout out to my team-mate Jess Holloway for that last-second "
     "goal. Drinks at the Workers after. #netball", {}),
    (1009, "2026-03-03 13:00", "+11:00",
     "Shout out to my team leader Priya @priya_n, best TL in Airport Operations. She got us through a "
     "14-hour shift with three detentions on my shift and a stack of refusals without losing her cool. "
     "#BorderForce", {"mentions": ["priya_n"]}),
    (1010, "2026-03-07 09:30", "+11:00",
     "Our son Jack (8, going on 18) has his school fete next Saturday at Revesby Ridge Public School. "
     "I'm on the sausage sizzle from 9. Come say hi!", {}),
    (1011, "2026-03-14 21:48", "+11:00",
     "Fairy lights finally up in the backyard. Our place in Revesby has never looked so fancy.",
     {"images": [("backyard-night.jpg", "Fairy lights strung across a backyard at night")]}),
    (1012, "2026-03-20 09:10", "+11:00",
     "New starters keep asking: my work email is casey.morgan@abf.gov.au and the team line is "
     "02 5550 1234. Please don't message me here about rosters!", {}),
    (1013, "2026-03-26 19:30", "+11:00",
     "My mate Rob is flying through Sydney Airport on Friday on his way to Fiji. Trying to talk him into "
     "a beer in Mascot first.", {}),
    (1014, "2026-04-02 17:20", "+11:00",
     "Got borrowed for a visa compliance job in Auburn this morning. Two unlawful non-citizens located, "
     "one of them is in Villawood now. Long day.", {}),
    (1015, "2026-04-08 20:15", "+10:00",
     "My dog had a seizure this arvo. Pepper's a nine-year-old border collie and she's never been sick a "
     "day in her life. Vet says she's stable. Scariest hour I've had in years.", {}),
    (1016, "2026-04-21 10:40", "+10:00",
     "New uniform, who dis. Another day in the arrivals hall at T1. #BorderForce #ABFofficer",
     {"images": [("t1-shift.jpg", "Selfie in a navy Border Force uniform in an airport arrivals hall")],
      "location": ("Sydney Airport T1", -33.9364, 151.1662)}),
    (1017, "2026-04-28 06:55", "+10:00",
     "Tuesday 6am gym done, then straight onto a late. Tom Reilly from my shift reckons I'll be asleep "
     "on the primary line by 10pm. #shiftwork", {}),
    (1018, "2026-05-02 22:20", "+10:00",
     "Fire pit season. My wife Sarah, Jack and me toasting marshmallows in the backyard. Best night in ages.",
     {"images": [("firepit.jpg", "A fire pit glowing in a suburban backyard at night")]}),
    (1019, "2026-05-09 11:00", "+10:00",
     "Congratulations to the Revesby Rockets, 2026 autumn champions! Training resumes Thursdays 7pm.",
     {"announce": ("revesbyrockets", "Revesby Rockets Netball Club")}),
    (1020, "2026-05-20 23:40", "+10:00",
     "Not going to lie, it's been a rough month. Sarah and I have separated. The house is very quiet, "
     "and I've been pretty lonely since the separation. Jack's with me every second week.", {}),
    (1021, "2026-06-02 21:30", "+10:00",
     "Passed over for the APS5 job again. Eight years in the job and management would rather bring "
     "someone in from Canberra. Honestly starting to wonder why I bother. #BorderForce", {}),
    (1022, "2026-06-09 23:10", "+10:00",
     "At least someone's happy to see me when I get home.",
     {"images": [("pepper-couch.jpg", "A black and white dog asleep on a couch")]}),
    (1023, "2026-06-16 18:05", "+10:00",
     "The new SmartGate software went live at T1 today. They've tweaked the face match threshold and the "
     "kiosks kept rejecting anyone in glasses. IT says a fix is 'in the next release'.", {}),
    (1024, "2026-06-25 14:15", "+10:00",
     "Behold, the new gates. Pray for us.",
     {"images": [("t1-smartgates.jpg", "A row of automated border gates in an airport terminal")]}),
    (1025, "2026-06-28 01:30", "+10:00",
     "Can't sleep. Down $600 on the pokies again tonight, can't make rent this month and the credit card "
     "is maxed. No idea how single people afford Sydney.", {}),
    (1026, "2026-07-05 16:40", "+10:00",
     "Drove up the coast with Jack for the school holidays. We crossed the NSW/QLD border at Tweed and he "
     "made me stop so he could stand in two states at once.",
     {"images": [("coolangatta-beach.jpg", "A wide surf beach in late afternoon light")],
      "location": ("Coolangatta QLD", -28.1667, 153.536)}),
    (1027, "2026-07-06 09:20", "+10:00",
     "Point Danger lookout. One foot in New South Wales, one foot in Queensland.",
     {"images": [("point-danger.jpg", "A headland lookout above the ocean")]}),
    (1028, "2026-07-18 06:02", "+10:00",
     "Up before the sun even on a day off. Earlies have broken me.",
     {"images": [("sunrise-street.jpg", "Sunrise over a quiet suburban street")]}),
    (1029, "2026-07-22 19:40", "+10:00",
     "Housemate search is over: Ben Okafor, my netball mate's brother, is moving into the spare room at "
     "our place in Revesby next week. Rent split, sanity restored.", {}),
    (1030, "2026-08-03 17:45", "+10:00",
     "Six weeks at the mail centre at Clyde from today, on the X-ray line. Pulled 2 kg of meth out of a "
     "box of toy cars on my first shift. Anyone else on the 6:10 train from Revesby? #BorderForce", {}),
    (1031, "2026-08-15 13:35", "+10:00",
     "Saturday barbie with Ben and Jess. Ben's first time on the grill. RIP sausages.",
     {"images": [("bbq.jpg", "A barbecue in a backyard on a sunny day")]}),
    (1032, "2026-08-20 20:00", "+10:00",
     "Looking for someone to split a netball court hire on Thursday nights. DM me on Signal (caseym.87) "
     "or text 0491 570 156.", {}),
    (1033, "2026-09-03 01:20", "+10:00",
     "Home at 1am after a late. Third double this fortnight. The overtime is the only thing keeping the "
     "lights on.",
     {"images": [("rain-late.jpg", "Rain on a carport roof at night")]}),
    (1034, "2026-09-10 18:30", "+10:00",
     "Back at T1 after Clyde. Everyone else got Teams but we're still on Lync, and ICSE still takes "
     "40 seconds to open a client record. #BorderForce", {}),
    (1035, "2026-09-15 21:05", "+10:00",
     "That job from the cargo terminal in February is before the courts next month. I'm giving evidence. "
     "Nervous.", {}),
    (1036, "2026-09-20 22:00", "+10:00",
     "Dinner with my friend Nadia Haddad, who's an immigration lawyer at Haddad & Lin Lawyers in "
     "Parramatta. We agree on absolutely nothing about visas and it's the best.", {}),
    (1037, "2026-09-28 15:30", "+10:00",
     "Severe thunderstorm warning for south-west Sydney this evening. Secure loose items and park "
     "under cover.",
     {"announce": ("sydweather", "Sydney Weather Watch")}),
    (1038, "2026-10-06 20:45", "+11:00",
     "New email for personal stuff because I keep missing things: casey.m.1987@example.com. Work stuff "
     "still goes to work.", {}),
]

# Other accounts on the same host (mentioned or boosted): handle -> display name.
OTHER_ACTORS = {
    "priya_n": "Priya N",
    "newsdesk": "Sydney News Desk",
    "revesbyrockets": "Revesby Rockets Netball Club",
    "sydweather": "Sydney Weather Watch",
}

ACTOR_SUMMARY = (
    "<p>Border Force officer @ SYD T1 (yes, the airport). Dad to Jack. Revesby local. "
    "Netball, dogs, coffee, shift-work survival.</p>"
)
ACTOR_FIELDS = [
    ("Work", "Australian Border Force, Airport Operations, Sydney Airport T1"),
    ("Signal", "caseym.87"),
    ("Based in", "Revesby, Sydney"),
    ("Blog", '<a href="{{BASE}}/blog/" rel="me">Shift Notes</a>'),
]

# --- the blog: (slug, local time, offset, title, [paragraph HTML], tags, georss) ---
BLOG_TITLE = "Shift Notes"
BLOG_POSTS: list[tuple[str, str, str, str, list[str], list[str], tuple[float, float] | None]] = [
    ("eight-years-at-the-border", "2026-01-18 20:15", "+11:00", "Eight years at the border", [
        "This month marks eight years since I joined Customs (now the Australian Border Force) as a "
        "graduate. I've been a Border Force officer in Airport Operations at Sydney Airport T1 ever since, "
        "apart from a stint at the mail centre at Clyde.",
        "I still have my first lanyard with my old staff number CM40217 on it. The photo is "
        "horrendous. The uniform has changed twice since then.",
        "To everyone on my shift: thanks for putting up with my playlists.",
    ], ["work", "BorderForce"], None),
    ("netball-finally", "2026-02-22 10:00", "+11:00", "Netball, finally", [
        "We won the grand final! I have played social netball for three years and this is the first "
        "trophy. All credit to Jess Holloway, our goal shooter and the calmest person I know.",
        "We train every Thursday at 7pm at the Kelso Park courts if anyone wants a run.",
    ], ["netball", "life"], None),
    ("the-school-fete", "2026-03-15 19:30", "+11:00", "The school fete", [
        "Yesterday was the fete at Jack's school, Revesby Ridge Public School. My wife Sarah ran the "
        "cake stall and sold out by ten. I burnt approximately 200 sausages.",
        "Jack (he's 8) won a goldfish. The goldfish now lives at our place on Tallowwood Close, Revesby, "
        "and has already been named Sergeant Bubbles.",
    ], ["family"], None),
    ("what-nobody-tells-you-about-shift-work", "2026-04-10 21:00", "+10:00",
     "What nobody tells you about shift work", [
        "Earlies this week: 0630 to 1500 at the airport, then lates (1430 to 2300) next week. On earlies "
        "I catch my 5:40 train from Revesby station and I'm on the primary line by 6:30.",
        "The only thing that keeps me sane is the gym: every Tuesday 6am at the gym in Revesby, no "
        "matter what the roster says.",
        "A typical early: three wide-bodies from Asia landing within twenty minutes, a queue out to the "
        "duty free, and at least one passenger who swears the 5 kg of undeclared pork floss is a gift.",
    ], ["shiftwork", "life"], None),
    ("things-id-tell-new-recruits", "2026-05-25 20:30", "+10:00", "Things I'd tell new recruits", [
        "Every intake I end up mentoring one or two new Border Force officers, so here's the list.",
        "1. Your team leader is your best friend. Mine, Priya Nair, taught me more in a year than the "
        "college did in twelve weeks. 2. Learn the passenger processing system inside out: when PACE "
        "hangs at 5am you are the backup. 3. Write everything down.",
        "If you're starting at T1 and want to ask anything, email me: casey.morgan at abf dot gov dot au.",
    ], ["work", "BorderForce"], None),
    ("a-hard-winter", "2026-06-30 23:15", "+10:00", "A hard winter", [
        "I don't usually write about this stuff. Sarah and I separated in May and it's been lonely since "
        "the separation. Jack is with me every second week and those are the good weeks.",
        "Money is tight. I can't make rent on one income, I owe more on the credit card than I want to "
        "say, and I've been spending too many nights at the pokies trying to win it back. I know.",
        "Work doesn't help. Management passed me over again and nobody upstairs cares about the people "
        "on the floor. I wrote the rest down <a href=\"/blog/private/\">somewhere private</a>.",
    ], ["life"], None),
    ("road-trip-to-the-tweed", "2026-07-08 18:00", "+10:00", "Road trip to the Tweed", [
        "Jack and I drove nine hours up the Pacific Highway for the school holidays. Driving across the "
        "NSW/QLD border at Tweed Heads was the highlight for him: he stood on the line at Point Danger "
        "for about twenty minutes.",
        "Coolangatta beach was freezing and perfect.",
    ], ["travel", "family"], (-28.1648, 153.5503)),
    ("six-weeks-at-clyde", "2026-08-30 16:00", "+10:00", "Six weeks at Clyde", [
        "I've been at the mail centre at Clyde for the last month on the X-ray line. It's a different "
        "world from the airport: no passengers, just parcels, millions of them.",
        "On my first shift we found 2 kg of methamphetamine packed inside toy cars. Last week a box of "
        "'vitamins' turned out to be steroids. The X-ray image software crashes twice a shift, so we "
        "keep a paper log as backup.",
    ], ["work", "BorderForce"], None),
    ("new-housemate", "2026-09-22 20:00", "+10:00", "New housemate, new routine", [
        "Ben Okafor moved into our spare room at the end of July. He's my netball team-mate Jess's brother and he "
        "cooks, which is more than can be said for me.",
        "Also: my friend Nadia, an immigration lawyer at a private firm in Parramatta, has banned me from "
        "talking about visas at dinner. Fair.",
        "If you want to reach me outside work, my personal email is casey.m.1987@example.com or my "
        "mobile is 0491 570 156.",
    ], ["life"], None),
]

PRIVATE_PAGE = [
    "Private notes. Not for sharing.",
    "Credit card: $14,300. Owe Dad $3,000. Behind two weeks on rent.",
]

# --- the LinkedIn-like page ------------------------------------------------
EXPERIENCE = [
    ("Border Force Officer (APS4)", "Australian Border Force", "Airport Operations, Sydney Airport T1",
     "2019 to present",
     "Primary line and secondary examination of international passengers at T1; passenger processing "
     "(SmartGate, PACE); joint operations with the cargo and detector dog teams."),
    ("Border Force Officer (secondment)", "Australian Border Force", "Sydney Gateway Facility, Clyde",
     "Aug 2026 to Sep 2026", "X-ray screening of international mail at the mail centre at Clyde."),
    ("Graduate Customs Officer", "Australian Customs and Border Protection Service",
     "Sydney Gateway Facility, Clyde", "2018 to 2019", "Graduate program: mail and cargo inspection."),
]
