"""Rory Quennell (FICTIONAL): 24, Border Force officer in Port Hedland; terse posts with hashtags and one place-tagged note.

Every name, handle and place point is invented; the place point is a rounded spot on an ordinary street.
"""
NAME = "Rory Quennell"
HOME = (-20.4108, 118.6102)

ACTIVITYPUB = {
    "handle": "roryq",
    "summary": "<p>#ABF 🛳️ Hedland. 4 on 4 off. 🐊</p>",
    "fields": [("snap", "roryq_24")],
    "notes": [
        (9001, "2026-09-03 06:40", "+08:00", "nights done. 4 off. #borderforce #hedlandlife", {}),
        (9002, "2026-09-05 18:20", "+08:00", "home. esky. sunset. 🌅",
         {"location": ("South Hedland", HOME[0], HOME[1])}),
        (9003, "2026-09-12 19:00", "+08:00", "dinner w my gf @maddyk (Maddy Kowalski) 💕", {"mentions": ["maddyk"]}),
        (9004, "2026-09-19 21:10", "+08:00", "pool comp. lost. again. 🎱", {}),
        (9005, "2026-09-26 14:00", "+08:00", "red dirt everywhere", {}),
    ],
    "others": {"maddyk": "Maddy Kowalski"},
}
