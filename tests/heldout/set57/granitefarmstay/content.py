"""Grant Lowrie (FICTIONAL): Home Affairs program manager for a new visa IT platform; farm-stay blog near Ballandean.

Flies to Canberra Monday to Thursday; his wife runs the farm stay. A microformats blog (h-card job and organisation)
with RSS and georss on the farm posts. Every name, number and place point is invented or rounded.
"""
NAME = "Grant Lowrie"
FARM = (-28.7991, 151.8403)

BLOG = {
    "path": "blog",
    "title": "Wattle Gully Farm Stay",
    "card_note": "Farm stay and a few rows of shiraz on the Granite Belt. Leanne runs the place; I write the blog on the Canberra flight.",
    "card_job": "Program Manager",
    "card_org": "Department of Home Affairs",
    "locality": "Ballandean",
    "region": "QLD",
    "posts": [
        ("monday-flight", "2026-02-02 21:00", "+10:00", "The Monday shuffle",
         ["People ask how the farm runs with me away. Answer: Leanne runs it. Every Monday I'm up at 3:45 for the drive to Brisbane and the 7am to Canberra, back Thursday night on the last flight.",
          "Our eldest does the chooks and pretends she doesn't love it."],
         ["farm life"], None),
        ("harvest-weekend", "2026-02-22 18:30", "+10:00", "Harvest weekend",
         ["Picked the shiraz in two days. Huge thanks to our neighbour Col Pettigrew and his ancient tractor, and to Leanne's scones, which kept the pickers alive.",
          "Photo from the top paddock at dusk: the view our guests pay for."],
         ["harvest", "wine"], FARM),
        ("day-job", "2026-03-12 20:15", "+10:00", "Day job update, for the regulars who ask",
         ["The new visa platform (Project Kookaburra, don't ask who named it) slipped its go-live again, now March next year. The migration of 2.3 million client records failed on the third test run and the vendor blames our mainframe interfaces.",
          "Senate estimates in a fortnight and I get to explain the blowout to the Secretary first. My deputy Anjali Desai is carrying the estimates brief, bless her."],
         ["work"], None),
        ("canberra-digs", "2026-04-01 22:00", "+11:00", "Weeknights in the capital",
         ["Canberra digs are a bedsit near the lake; the Belconnen office is a fifteen-minute bus. Leanne and I are doing the distance thing okay, mostly.",
          "If any regulars end up dealing with us on the platform, my work line is 02 5550 4418. Please don't ring it about bookings."],
         ["canberra"], None),
        ("hail", "2026-04-20 17:45", "+10:00", "Hail",
         ["Twenty minutes of hail took a third of next year's crop and the shed roof. The bank is not thrilled with us: the overdraft is at $62k and the insurer says 'under assessment'.",
          "Back porch tonight, glass of last year's, trying not to do the sums."],
         ["farm life"], FARM),
        ("border-nights", "2026-05-09 19:00", "+10:00", "Border Security and other guests' requests",
         ["Guests this weekend wanted the TV for Border Security reruns. We have one channel and a fire. They played Scrabble. The Border Rivers wine trail map is in every room now."],
         ["guests"], None),
    ],
}
