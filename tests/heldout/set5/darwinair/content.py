"""Jarrah Weatherall (FICTIONAL): passenger processing officer, Darwin Airport; terse one-liners and photos. All invented."""
import sys

_mp = sys.modules["_demo_make_photos"]
Photo, near = _mp.Photo, _mp._near

NAME = "Jarrah Weatherall"
HOME = (-12.38150, 130.84790)      # an ordinary street in Nightcliff NT, rounded

ACTIVITYPUB = {
    "handle": "jwx",
    "summary": "<p>ABF. DRW. Fishing. That's it.</p>",
    "notes": [
        (5601, "2026-04-02 03:55", "+09:30", "Earlies. 0430 start. 4 on 4 off from Monday.", {}),
        (5602, "2026-04-04 11:30", "+09:30", "Verandah. Beer. Done.",
         {"images": [("verandah.jpg", "verandah at home")]}),
        (5603, "2026-04-07 23:50", "+09:30",
         "Bali flight. 3 refused. One had 2 kg sewn in the suitcase lining. Good night for the team.", {}),
        (5604, "2026-04-09 22:10", "+09:30",
         "Passport readers on primary rebooted mid-flight. Keyed every passport by hand for 40 min.", {}),
        (5605, "2026-04-12 16:40", "+09:30", "My girl Soph turned 30 today. Legend. ❤️", {}),
        (5606, "2026-04-18 23:59", "+09:30", "Couple of pingers at the festival. No regrets. Some regrets.", {}),
        (5607, "2026-04-20 09:00", "+09:30", "Nightcliff jetty run with @mick_tarrant. He's slow.",
         {"mentions": ["mick_tarrant"]}),
        (5608, "2026-04-25 06:30", "+09:30", "Dawn service. Lest we forget.", {}),
        (5609, "2026-04-28 18:20", "+09:30", "Backyard sunset.",
         {"images": [("sunset.jpg", "sunset over the back fence")]}),
        (5610, "2026-05-01 05:10", "+09:30", "Airport car park, staff lot C, 4:50 am. Every. Single. Day.", {}),
    ],
    "others": {"mick_tarrant": "Mick Tarrant"},
}

PHOTOS = [
    Photo("verandah.jpg", *near(HOME, 6, 4), 18.0, "2026:04:04 11:22:10", "+09:30", "verandah", (150, 110, 60)),
    Photo("sunset.jpg", *near(HOME, -10, 12), 18.0, "2026:04:28 18:12:40", "+09:30", "backyard sunset", (220, 110, 40)),
]
