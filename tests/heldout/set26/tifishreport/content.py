"""Kaleb Marsters (FICTIONAL): Border Force officer on Thursday Island, 31; a fishing-report blog.

A microformats2 fishing-report blog with RSS (one item with a georss point at home), a Mastodon-style account
with a backyard photo carrying GPS. Every name, handle, number and address is invented.
"""
import sys

_mp = sys.modules["_demo_make_photos"]
Photo, near = _mp.Photo, _mp._near

NAME = "Kaleb Marsters"
HOME = (-10.5832, 142.2076)

BLOG = {
    "path": "reports",
    "title": "TI Tides: Straits Fishing Reports",
    "card_note": "Weekly-ish fishing reports from the Torres Strait. Tides, bait, what's biting.",
    "posts": [
        ("report-wk5", "2026-02-01 18:00", "+10:00", "Report: coral trout on the run-in",
         ["Good week. Trout on the run-in tide off the western side, soft plastics in pearl. Out every Sunday from "
          "5am off the Front Beach ramp with my fishing partner Reece 'Goose' Tamati, who lost two jigs and his hat.",
          "Water clarity 8 metres. Wind 10-15 SE."],
         ["report", "trout"], None),
        ("report-wk9", "2026-03-01 18:30", "+10:00", "Report: short one, work week",
         ["Short report this week because work was flat out. When I'm not working for Border Force I'm on the "
          "water, but this week the water came to us: we caught 3 dinghies out of Daru with 90 kg of crayfish tails "
          "hidden under the fuel drums. Skippers are in the watch house. Engineers Wharf smelled like a seafood "
          "co-op for two days.",
          "Goose got a nice spanish mackerel on the Saturday so at least someone fished."],
         ["report", "work"], None),
        ("report-wk12", "2026-03-22 19:00", "+10:00", "Report: filleting in the yard",
         ["Back at the house in Tamwoy with a bucket of trout, filleting on the back step, my partner Leilani "
          "supervising from the hammock. Frames go in the crab pots tomorrow."],
         ["report", "cleaning"], (-10.5833, 142.2075)),
        ("report-wk15", "2026-04-12 18:15", "+10:00", "Report: no report for a bit",
         ["Heads up, no reports for a week or so. Our patrol's heading to Saibai from the 14th for 5 days, so "
          "I'll be on the boat and off the grid.",
          "If you want a day out on the water when I'm back, fishing charters text 0491 570 633."],
         ["report"], None),
        ("report-wk18", "2026-05-03 18:00", "+10:00", "Report: blown out",
         ["Blew 25 knots all week. Nobody fished. Watched Deadliest Catch instead and felt better about my life."],
         ["report", "weather"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "titides",
    "summary": "<p>Fishing reports from the Strait. Tides, trout and tinnies. 🎣</p>",
    "notes": [
        (6101, "2026-03-22 17:40", "+10:00", "Trout for dinner, frames for the crabs 🐟🦀 #TorresStrait #fishing",
         {"images": [("fillets.jpg", "Coral trout fillets on a chopping board on a back step")]}),
        (6102, "2026-04-26 07:30", "+10:00", "Back from the boat. Sleeping for a day.", {}),
        (6103, "2026-05-17 16:00", "+10:00", "Pearl farm tour boats are back on. Good for the island. 🦪", {}),
    ],
}

PHOTOS = [
    Photo("fillets.jpg", *near(HOME, -6, 8), 12.0, "2026:03:22 17:31:02", "+10:00",
          "trout fillets on the back step", (230, 160, 140)),
]
