"""Shane Pollitt (FICTIONAL): ABF removals escort officer, Brisbane; terse posts. Set 4, blind."""
import sys

_mp = sys.modules["_demo_make_photos"]
Photo, near = _mp.Photo, _mp._near

NAME = "Shane Pollitt"
HOME = (-27.4075, 153.0295)     # an ordinary street, Kedron QLD (rounded)

ACTIVITYPUB = {
    "handle": "spollitt",
    "summary": "<p>Brissie. ABF removals. Coffee.</p>",
    "fields": [("email", "shane.pollitt@abf.gov.au")],
    "notes": [
        (4401, "2026-01-12 03:05", "+10:00", "Pickup at BITA 0300. Airport by 0430. Standard.", {}),
        (4402, "2026-01-15 22:00", "+10:00", "Charter to Colombo Thursday. 31 on board. Two escorts each. Long day.", {}),
        (4403, "2026-01-19 18:40", "+10:00", "Good trip w Phil Kowalczyk. Solid operator.", {}),
        (4404, "2026-01-24 19:10", "+10:00", "Home.", {"images": [("porch.jpg", "front porch at dusk")]}),
        (4405, "2026-02-01 05:45", "+10:00", "Laps. Kedron pool. 5am Mon Wed Fri. Non-negotiable.", {}),
        (4406, "2026-02-08 13:00", "+10:00", "Mum's 70th. Love you Beryl.", {}),
        (4407, "2026-02-14 21:30", "+10:00",
         "Detainee went off on the KL leg. Spat on two of us. Restraints again. Third time this month.", {}),
        (4408, "2026-02-20 18:00", "+10:00", "Beers w Dazza (@dazza_j). Lost at pool. Again.", {"mentions": ["dazza_j"]}),
        (4409, "2026-02-27 02:40", "+10:00", "Can't sleep. Again. Third bottle of red this week.", {}),
        (4410, "2026-03-05 10:00", "+10:00", "Removalists booked for Saturday. Bad back booked for Sunday.", {}),
        (4411, "2026-03-11 17:30", "+10:00", "Rain.", {}),
        (4412, "2026-03-15 08:20", "+10:00", "Sunday. Quiet street.", {"images": [("street.jpg", "quiet street")]}),
    ],
    "others": {"dazza_j": "Darren Jessop"},
}

PHOTOS = [
    Photo("porch.jpg", *near(HOME, 4, -6), 22.0, "2026:01:24 19:05:11", "+10:00", "front porch at dusk", (110, 90, 70)),
    Photo("street.jpg", *near(HOME, 25, 10), 22.0, "2026:03:15 08:18:40", "+10:00", "quiet street", (120, 140, 110)),
]
