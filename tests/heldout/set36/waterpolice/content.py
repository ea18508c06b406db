"""Shannon Whitlock (FICTIONAL), NEGATIVE CONTROL: a Queensland water police senior constable in Cairns.

She works for the state police, not the Department: a joint job with Border Force, a cutter alongside, a
seizure that was hers, her station, her uniform and Border Security on TV are all decoys. What she does expose
is her own: a backyard photo with GPS in Trinity Park, her husband, a fishing mate, a Sunday 5am ramp habit,
a phone for a for-sale post. Every name and number is invented.
"""
import sys

_p = sys.modules["_demo_make_photos"]
Photo, near = _p.Photo, _p._near

NAME = "Shannon Whitlock"
HOME = (-16.7884, 145.7073)     # a residential street in Trinity Park, Cairns, rounded

ACTIVITYPUB = {
    "handle": "shanw_fish",
    "display_name": "Shan W",
    "summary": "<p>Water copper, QPS. Reef fish, cold beer, bad jokes. Northern beaches of Cairns.</p>",
    "notes": [
        (2101, "2026-02-14 19:30", "+10:00",
         "Joint job with Border Force today off Fitzroy Island, their cutter and our boat. Can't say more, but "
         "good crew, good coffee.", {}),
        (2102, "2026-03-01 05:10", "+10:00",
         "Sunday 5am at the Yorkeys Knob ramp with Tayla Greer, same as every Sunday. Coral trout or bust.", {}),
        (2103, "2026-03-15 17:45", "+10:00", "Backyard sunset with Luke and the snags on.",
         {"images": [("backyard-sunset.jpg", "sunset over a backyard fence")]}),
        (2104, "2026-03-28 20:20", "+10:00",
         "We seized 30 kg of undersized crayfish off a charter boat at the station jetty this arvo. Fisheries "
         "will have fun with that one.", {}),
        (2105, "2026-04-10 21:00", "+10:00",
         "Luke made me watch Border Security again. I spent the whole episode critiquing their uniforms. Tayla "
         "says I'm insufferable.", {}),
        (2106, "2026-04-22 18:40", "+10:00",
         "Selling the old 5.2 m plate boat, $18k ono. Text 0491 570 119. Not a police boat, it's a fishing boat.",
         {}),
    ],
}

PHOTOS = [
    Photo("backyard-sunset.jpg", *near(HOME, -4, 10), 9.0, "2026:03:15 17:31:22", "+10:00",
          "sunset over the back fence, barbecue on", (230, 120, 60)),
]
