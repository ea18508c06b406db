"""Sanjeev Pillai (FICTIONAL): a plant-nursery hobby blog by the man who keeps the visa lodgement servers alive.

A microformats2 blog with RSS; the feed's author is his work address. Every name is invented.
"""
NAME = "Sanjeev Pillai"

BLOG = {
    "path": "shed",
    "title": "The Succulent Shed",
    "card_note": "Cuttings, propagation and a small backyard nursery in Canberra's north.",
    "author_email": "sanjeev.pillai@border.gov.au",
    "posts": [
        ("welcome", "2026-01-24 10:00", "+11:00", "Welcome to the shed",
         ["I'm Sanj. By day I keep the servers behind the online visa lodgement running at DIBP; by night I "
          "repot echeverias. The nursery is a shade-cloth shed on our block in Gowrie.",
          "The boss at home (Meena) tolerates the 400 pots on the nature strip."],
         ["about"], None),
        ("cactus-society", "2026-02-14 16:00", "+11:00", "Cactus Society swap day",
         ["Swapped cuttings with Leith Dawkins at the Canberra Cactus Society meet. Leith's mammillaria collection is obscene."],
         ["swaps"], None),
        ("outage", "2026-03-06 21:30", "+11:00", "No watering on Tuesday",
         ["The plants got nothing on Tuesday: the lodgement portal's database cluster fell over at 2 pm and I was at the "
          "Belconnen office till 11 getting it back. Nine hours of applicants getting error pages.",
          "Fiona Yeo, my manager, bought pizza. The aloes forgave me."],
         ["life"], None),
        ("on-call", "2026-04-02 19:00", "+11:00", "On-call weeks and cuttings",
         ["Every fourth week I'm on call, so I only take cuttings that can sit in a bucket for a day.",
          "Pro tip nobody asked for: we still log into the admin consoles with one shared account, and the password "
          "lives on a sticky note. The haworthias are better secured."],
         ["propagation"], None),
        ("contractors", "2026-05-09 15:00", "+10:00", "Grumpy repotting",
         ["Repotting is cheaper than therapy. The contractors on our floor get twice my pay and none of the pager. "
          "Fourteen years and I'm still an EL1 in all but name. Anyway: pumice, not perlite."],
         ["repotting"], None),
        ("frost", "2026-06-13 09:00", "+10:00", "Frost cloth",
         ["Minus five last night. Everything under frost cloth. Meena says the shed has better heating than the house."],
         ["winter"], None),
    ],
}
