"""Steph Kotsis (FICTIONAL), a NEGATIVE CONTROL: a private security screening officer at Albury Airport.

She screens bags for a private security company: x-rays, uniforms people mistake for Border
Force, early shifts. None of it makes her staff of the Department. Her own exposure: a fiancé,
the early roster, a lash-business phone, a photo in her Lavington garden with EXIF GPS.
ActivityPub. Every name, handle and number is invented; the home point is a rounded spot on an
ordinary street.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Steph Kotsis"

ACTIVITYPUB = {
    "handle": "stephscreens",
    "summary": "<p>Airport screening by day, lashes by night. Albury. Greek nan energy.</p>",
    "fields": [("lash bookings", "0491 570 677"), ("works for", "a private security company, not the government")],
    "notes": [
        (1301, "2026-02-18 11:10", "+11:00",
         "Screening shift done. 340 bags through the x-ray and the only thing I found was a nan's crochet scissors. "
         "Living the dream.", {}),
        (1302, "2026-03-09 19:30", "+11:00",
         "People keep asking if I'm Border Force because of the uniform. No. I work for a private security company. "
         "I have a lanyard and a bad chair.", {}),
        (1303, "2026-04-20 20:00", "+10:00",
         "New roster: 4:30am starts for the 6am Sydney flight, Monday to Thursday. Alarm at 3:45. Pray for me.", {}),
        (1304, "2026-05-24 15:40", "+10:00",
         "NICK PROPOSED 💍 in our garden with the lemon tree and the dog watching. My fiancé is an idiot and I love him.",
         {"images": [("garden-ring.jpg", "my hand with the ring, lemon tree behind")]}),
        (1305, "2026-06-14 17:15", "+10:00",
         "Lash supplies from the department store in Albury are overpriced, I'm ordering online from now on.", {}),
        (1306, "2026-07-05 18:50", "+10:00",
         "Our neighbour's border collie has learned to open our gate. Nick is building a second latch.", {}),
        (1307, "2026-08-01 13:00", "+10:00",
         "Sunday lunch at our place in Lavington, Nick did the lamb, I did nothing. Perfect day.", {}),
    ],
}

PHOTOS = [
    Photo("garden-ring.jpg", -36.04012, 146.93288, 178.0, "2026:05:24 15:20:44", "+10:00",
          "a hand with an engagement ring in a backyard garden, Sunday afternoon", (120, 170, 80)),
]
