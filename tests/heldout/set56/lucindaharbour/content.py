"""NEGATIVE CONTROL. Gary Mulcahy (FICTIONAL): harbour master at a regional sugar port (Lucinda), home in
Halifax; a boating forum. Border Force, customs and biosecurity are ships' visitors, not his employer."""
import sys

NAME = "Gary Mulcahy"

_ph = sys.modules["_demo_make_photos"]
Photo, near = _ph.Photo, _ph._near
HOME = (-18.583, 146.285)      # a rounded point on an ordinary street in Halifax QLD

PHOTOS = [
    Photo("shed-tinnie.jpg", *near(HOME, -7, 4), 5.0, "2026:04:12 08:15:20", "+10:00",
          "the tinnie in the shed, Sunday morning", (100, 110, 130)),
]

FORUM = {
    "site": "North Queensland Boating Forum",
    "user": "lucinda_hm",
    "path": "/boards/members/lucinda_hm/",
    "inline": True,
    "about": ["Harbour master, Lucinda. Opinions my own, not the port's."],
    "posts": [
        ("7701", "2026-02-22 19:00", "+10:00", "Why the sugar ship sat off Lucinda for two days",
         ["Few of you asked. The bulk carrier was waiting on customs clearance, and Border Force came aboard at "
          "the jetty head before she could load. Nothing dramatic, just paperwork."]),
        ("7702", "2026-03-08 18:30", "+10:00", "Halifax ramp at 6",
         ["Every morning at 6 I walk the Halifax boat ramp before driving to the port. If you're launching then, "
          "say g'day."]),
        ("7703", "2026-04-12 09:00", "+10:00", "The tinnie is finally back",
         ["Back from the mechanic and sitting in the shed at home in Halifax. My wife Deb says it can stay there.",
          f'<img src="{{{{BASE}}}}/media/shed-tinnie.jpg" alt="tinnie in a shed">']),
        ("7704", "2026-04-28 20:00", "+10:00", "Fishing report",
         ["Out with my fishing mate Bluey (Col Brandt) on Sunday, three grunter and a lost lure. Bluey blames the "
          "biosecurity officer who was at the ramp for jinxing us."]),
        ("7705", "2026-05-15 19:45", "+10:00", "Selling the old outboard",
         ["25hp Yamaha, runs fine. PM me or ring 02 5550 6612 evenings."]),
        ("7706", "2026-06-01 18:00", "+10:00", "Dredging update",
         ["The department (Transport and Main Roads, not the other one) says the channel dredge is pushed to "
          "spring. Don't shoot the messenger."]),
    ],
}
