"""Faye Gunasekera (FICTIONAL): NEGATIVE CONTROL. A retired nurse who volunteers with asylum seekers in Dandenong.

She visits people in detention, helps with Home Affairs letters and visa forms, and rails at the
Department; she is not staff. A Mastodon-style account and two garden photos with GPS at home in Noble
Park. Every name, handle and place detail is invented; the home point is rounded.
"""
import sys

_p = sys.modules["_demo_make_photos"]
Photo, near = _p.Photo, _p._near

NAME = "Faye Gunasekera"
HOME = (-37.96620, 145.17480)

ACTIVITYPUB = {
    "handle": "fayeg",
    "summary": "<p>Retired nurse. Volunteer at a drop-in for people seeking asylum. Tomatoes. Opinions.</p>",
    "notes": [
        (6601, "2026-02-12 17:45", "+11:00",
         "Tuesdays 10 till 2 at the drop-in on Foster St, then the 3.10 train home. Today: four Home Affairs "
         "letters translated, one visa form, a lot of tea.", {}),
        (6602, "2026-03-06 20:00", "+11:00",
         "Visited a young man at MITA in Broadmeadows today with Moses Deng from the drop-in. The Border Force "
         "officers at the gate were polite; the system is not. Moses drove, I brought biscuits.", {}),
        (6603, "2026-04-04 12:10", "+11:00",
         "Tomatoes finally! Noble Park clay wins again.",
         {"images": [("tomatoes.jpg", "tomato bed in the back garden")]}),
        (6604, "2026-05-02 18:30", "+10:00",
         "The department has changed the form again. Third time this year. Every change means a week of "
         "confused families at our table.", {}),
        (6605, "2026-05-30 15:20", "+10:00",
         "Neighbour's border collie dug under the fence and ate my broad beans. Moses says that's karma for my "
         "parking.", {"images": [("fence.jpg", "the dug-up fence line")]}),
        (6606, "2026-06-16 21:10", "+10:00",
         "My son Dilan rang from Perth. He thinks I should stop volunteering 'at my age'. I think he should ring "
         "more.", {}),
    ],
}

PHOTOS = [
    Photo("tomatoes.jpg", *near(HOME, 8, -6), 40.0, "2026:04:04 11:52:00", "+11:00", "tomatoes", (180, 40, 30)),
    Photo("fence.jpg", *near(HOME, -12, 10), 40.0, "2026:05:30 15:01:40", "+10:00", "fence", (110, 90, 60)),
]
