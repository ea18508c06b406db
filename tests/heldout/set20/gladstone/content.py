"""Callum Ferrier (FICTIONAL): a home-brewing log from Gladstone, by a man who boards ships for a living.

A microformats2 blog with RSS (one brew-day post carries a georss point at home).
Every name and number is invented (0491 570 xxx is reserved for fiction).
"""
NAME = "Callum Ferrier"

BLOG = {
    "path": "brewlog",
    "title": "Curtis Coast Brew Log",
    "card_note": "All-grain brewing in a shed in Central Queensland. Batch notes, mostly for me.",
    "card_tel": "0491 570 233",
    "posts": [
        ("batch-41", "2026-01-18 17:00", "+10:00", "Batch 41: tropical pale ale",
         ["OG 1.052, FG 1.011. Galaxy and Citra late. Pitched US-05 at 19 degrees.",
          "Brewed in the shed out the back of our place in Clinton, in 34 degree heat. Never again in January."],
         ["pale ale"], (-23.8720, 151.2260)),
        ("batch-42", "2026-02-07 15:30", "+10:00", "Batch 42: Irish red (for Hammo's fortieth)",
         ["Hamish Crowe, aka Hammo, my brewing offsider since the Tannum Sands homebrew club days, turns forty. "
          "He gets a keg of red whether he wants it or not.",
          "Mash at 66, 60 minutes. Crystal malt a bit heavy."],
         ["red ale"], None),
        ("week-on", "2026-02-28 20:00", "+10:00", "Why the batches come in pairs",
         ["People ask why I brew two at once. I'm on a week-on week-off swing with Border Force, boarding the LNG "
          "carriers at the Curtis Island jetties, so every second week the shed gets all of me.",
          "The boarding launch leaves the Auckland Point wharf at 0600 on my week on."],
         ["shed"], None),
        ("batch-43", "2026-03-21 18:00", "+10:00", "Batch 43: brown porter, and a quiet shed",
         ["Lisa moved out in February. The kids, Brody and Kenzie, are with me every second weekend now.",
          "Honestly I'm going through a keg a week on my own at the moment. Writing it here so I see it."],
         ["porter"], None),
        ("short-staffed", "2026-04-18 19:00", "+10:00", "No batch this fortnight",
         ["Work ate the fortnight. We're down to four boarding officers for the whole port since the restructure, "
          "and two of those are on leave, so I did both weeks. Annette Wirth, our super, at least signed off my "
          "leave for May."],
         ["life"], None),
        ("batch-44", "2026-05-16 16:00", "+10:00", "Batch 44: Kolsch",
         ["Clean and crisp. The LNG tanker on the label is a joke for Hammo, not a brewery logo.",
          "Note to self: buy more StarSan. The bottle shop at the Gladstone Port Access Road servo is out."],
         ["kolsch"], None),
        ("border-collie", "2026-06-06 14:00", "+10:00", "Shed dog",
         ["Kenzie wants a border collie. The shed is not big enough for a border collie and me."],
         ["life"], None),
    ],
}
