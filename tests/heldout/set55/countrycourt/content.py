"""Courtney Baird (FICTIONAL): Departmental recruitment officer for ABF trainee intakes, Brisbane; home in Dalby.

A country-music fan account (Mastodon-style) with one photo at home. Every name, number and point is invented.
"""
import sys

_mp = sys.modules["_demo_make_photos"]     # loaded by tests/personas/build.py before this file
Photo = _mp.Photo

NAME = "Courtney Baird"
HOME = (-27.1843, 151.2652)   # a residential street in Dalby QLD, rounded

ACTIVITYPUB = {
    "handle": "countrycourt",
    "display_name": "Court 🎸🤠",
    "summary": "<p>Boots, Bundy and Lee Kernaghan. Dalby girl. Tamworth every January no matter what.</p>",
    "notes": [
        (5901, "2026-01-20 22:30", "+10:00",
         "Tamworth night 4 🎸 lost my voice at the Troy Cassar-Daley show. Worth it.", {}),
        (5902, "2026-02-12 12:15", "+10:00",
         "Work plug, sorry!! We're recruiting ABF trainees, apply by Friday 20 Feb. Questions to me at "
         "abf.recruitment.qld@abf.gov.au or my desk 02 5550 4419. Yes you can still like country music and wear a uniform.",
         {}),
        (5904, "2026-03-05 18:00", "+10:00",
         "Long day at work. 120 trainee spots this intake and 2,000 applications, and half of them "
         "fall over at the psych test. Then the drive home to Dalby with Slim Dusty on loud.", {}),
        (5905, "2026-03-14 10:30", "+10:00",
         "Jase (my fiancé!!) built me a record shelf 🥹 best bloke in the Darling Downs.",
         {"images": [("record-shelf.jpg", "new record shelf in our lounge")]}),
        (5906, "2026-03-27 16:45", "+10:00",
         "Huge thanks to Tenille Kraus from our recruitment team for covering the Toowoomba careers expo so I "
         "could make the Kasey Chambers gig.", {}),
        (5907, "2026-04-09 20:00", "+10:00",
         "Just found out Lee Kernaghan's 'Boys from the Bush' is older than me. Department store had the vinyl "
         "reissue for $29, bought two.", {}),
    ],
}

PHOTOS = [
    Photo("record-shelf.jpg", *_mp._near(HOME, -4, 6), 345.0, "2026:03:14 10:21:00", "+10:00",
          "lounge room, Dalby", (110, 70, 40)),
]
