"""Wendy Arkwright (FICTIONAL): 48, Bureau of Meteorology observer at Broome airport; a NEGATIVE CONTROL.

The Bureau is not the Department; Border Force aircraft she sees land are not her colleagues. Every name and place
point is invented; the home point is a rounded spot on an ordinary street.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Wendy Arkwright"
HOME = (-17.9545, 122.2190)

PHOTOS = [
    Photo("backyard-storm.jpg", HOME[0] + 0.00005, HOME[1] + 0.00006, 15.0, "2026:11:26 19:10:00", "+08:00",
          "storm over the backyard", (70, 60, 110)),
]

ACTIVITYPUB = {
    "handle": "wendyobs",
    "summary": "<p>Weather observer at the Bureau, Broome. Clouds, cricket, crosswords. Opinions my own, not the Bureau's.</p>",
    "notes": [
        (2201, "2026-10-03 05:10", "+08:00",
         "0300 obs done. The Border Force Dash 8 came in on the dawn fog and sat on the apron like a sulky pelican.", {}),
        (2202, "2026-10-11 14:00", "+08:00",
         "The automatic weather station sensor went down overnight and the system wouldn't log a thing, so it was balloon and clipboard. Old school.", {}),
        (2203, "2026-10-19 18:30", "+08:00",
         "The department restructure (ours, the environment one) has everyone at the met office guessing. Nothing new there.", {}),
        (2204, "2026-11-02 19:45", "+08:00",
         "Sandro (my husband, the patient one) made chilli crab. Our street in Cable Beach smells like heaven.", {}),
        (2205, "2026-11-09 07:00", "+08:00",
         "Saturday 6am swim with Jacinta Moyle at Cable Beach, every week since 2019. Bring on the stingers.", {}),
        (2206, "2026-11-20 16:30", "+08:00",
         "Cyclone season briefing done. Operation Tidy Gutters starts at home this weekend.", {}),
        (2207, "2026-11-26 19:20", "+08:00", "Storm over the backyard. Best part of the wet.",
         {"images": [("backyard-storm.jpg", "storm")]}),
    ],
}
