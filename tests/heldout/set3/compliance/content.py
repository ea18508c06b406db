"""Warrick Fenn (FICTIONAL): an immigration compliance field officer in Brisbane who runs a personal-training
side business; separated this year and drinking.

A personal-training page with schema.org Person JSON-LD written about himself in the third person, and a
microformats2 blog with its RSS feed (one post carries a georss point). Every name, number, email and
business is invented.
"""
NAME = "Warrick Fenn"

PERSON = {
    "path": "/about/warrick-fenn",
    "site": "Fenn Fitness",
    "headline": "Personal trainer, strength coach, early riser",
    "ld": {
        "jobTitle": "Personal Trainer",
        "email": "mailto:coach@fennfitness.example",
        "telephone": "0491 570 286",
        "knowsAbout": ["strength training", "kettlebells", "running"],
    },
    "sections": [
        ("About Warrick", [
            "Warrick Fenn is a Cert IV personal trainer who believes anyone can learn to lift. By day Warrick is a "
            "field officer with the Department of Home Affairs' immigration compliance team in Brisbane, so he knows "
            "all about long days on your feet.",
            "Warrick runs small-group sessions at 5:15am every Monday, Wednesday and Friday at New Farm Park, "
            "by the rotunda. Rain, hail or shine."]),
        ("Book a session", [
            "Text Warrick on 0491 570 286 or email coach@fennfitness.example. First session free."]),
    ],
}

BLOG = {
    "path": "blog",
    "title": "Lifting Heavy Things",
    "card_note": "Strength, running and the occasional life update. Brisbane.",
    "locality": "Brisbane",
    "region": "QLD",
    "posts": [
        ("deadlift-cues", "2026-01-20 19:00", "+10:00", "Three deadlift cues that actually work",
         ["Push the floor away. Bend the bar. Stand up tall. That's it. Everything else is noise.",
          "If your back rounds, the weight is too heavy. Drop it and build back up."],
         ["training"], None),
        ("field-days", "2026-02-09 20:30", "+10:00", "What a field day really looks like",
         ["People ask what I do all day. Most of it is knocking on doors. Last Tuesday my field partner Tui Ngata and I "
          "located nine people who'd overstayed their visas, working across two nail salons in Sunnybank. All nine went "
          "to BITA that afternoon. Tui is the calmest person I know at a door, which matters more than any warrant.",
          "Then it's back to our office on Ann Street for four hours of paperwork. The paperwork is the real workout."],
         ["life"], None),
        ("lookups", "2026-02-27 21:15", "+10:00", "No, I can't look up your ex",
         ["Twice this month a client has asked, half joking, if I can look someone up. Technically, yes: one search on the "
          "compliance database gives me an address, visa status and travel history, and nobody checks why unless it's "
          "flagged. I don't, obviously. Stop asking."],
         ["life"], None),
        ("river-loop", "2026-03-14 07:30", "+10:00", "Saturday river loop",
         ["Ten kilometres along the river from New Farm Park before breakfast. Best way to start a weekend."],
         ["running"], (-27.4697, 153.0519)),
        ("picking-season", "2026-04-18 18:00", "+10:00", "No sessions 14 to 28 May",
         ["Heads up to my early crew: no sessions from 14 to 28 May. It's picking season, and we're doing a two-week "
          "sweep of farms around Bundaberg and Childers with the ABF for workers without valid visas. I'll be living "
          "out of a motel in Childers. Do your squats."],
         ["notices"], None),
        ("hard-year", "2026-05-24 22:40", "+10:00", "A harder year than I let on",
         ["Mel and I separated in January. I haven't written about it because I didn't know how. I'm living in the granny "
          "flat at my brother Gav's place in Carina for now, which is generous of him and humbling for me.",
          "If I'm honest I've been drinking more than I'd like to admit, most nights a six-pack, some nights more. "
          "Writing it down is step one. Training is step two."],
         ["life"], None),
        ("kettlebell-basics", "2026-06-02 19:30", "+10:00", "Kettlebell basics",
         ["Start with a 12 kg bell, learn the hinge, and the swing will come."],
         ["training"], None),
    ],
}
