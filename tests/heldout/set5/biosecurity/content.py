"""Tahnee Greville (FICTIONAL): NEGATIVE CONTROL, a Department of Agriculture biosecurity officer at Perth Airport (not the Department). All invented."""
import sys

_mp = sys.modules["_demo_make_photos"]
Photo, near = _mp.Photo, _mp._near

NAME = "Tahnee Greville"
HOME = (-31.93570, 115.94420)      # an ordinary street in Redcliffe WA, rounded

ACTIVITYPUB = {
    "handle": "tahnee_and_biscuit",
    "summary": "<p>Biosecurity officer with the Department of Agriculture 🍎🚫 | beagle mum | stepmum | "
               "text me 0491 570 905</p>",
    "notes": [
        (6001, "2026-01-20 18:30", "+08:00",
         "Biscuit found three mangoes and a bag of pork floss in one suitcase today. Best beagle in the biosecurity "
         "detector dog program 🐶🏆", {}),
        (6002, "2026-01-25 10:15", "+08:00",
         "Hubby Callum and my stepdaughter Rori painted the back fence. Rori's idea of 'helping' 😂",
         {"images": [("fence.jpg", "freshly painted back fence")]}),
        (6003, "2026-02-03 05:40", "+08:00",
         "F45 at 5:45 Mon, Wed and Fri in Belmont with my gym buddy Nat Szabo. Then shower, uniform, go.", {}),
        (6004, "2026-02-11 21:00", "+08:00",
         "Funny shift at Perth Airport. The Border Force officers on the next bench had a passenger argue for "
         "20 minutes about a visa while I was confiscating his salami. Not my circus 🎪", {}),
        (6005, "2026-02-16 17:50", "+08:00", "Sunday sunset from the back step 🌅",
         {"images": [("step.jpg", "sunset from the back step")]}),
        (6006, "2026-02-22 13:00", "+08:00",
         "Rori's netball team, the Redcliffe Ravens, won their first game! Stepmum pride 💜", {}),
        (6007, "2026-03-01 19:30", "+08:00",
         "Watched a documentary on customs officers in the 80s. The moustaches!!", {}),
    ],
}

PHOTOS = [
    Photo("fence.jpg", *near(HOME, 9, -5), 14.0, "2026:01:25 10:02:00", "+08:00", "back fence", (90, 70, 50)),
    Photo("step.jpg", *near(HOME, -6, 8), 14.0, "2026:02:16 17:44:00", "+08:00", "back step sunset", (230, 120, 60)),
]
