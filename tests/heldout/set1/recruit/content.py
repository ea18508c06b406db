"""Jayden "Jaydo" Kelly (FICTIONAL): a new Border Force recruit posted to Brisbane Airport.

Mastodon, all hashtags, emoji and shout-outs; two photos with EXIF GPS. Every
name and handle is invented.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "personas"))
from build import Photo, near  # noqa: E402

NAME = "Jayden Kelly"
BNE_INTL = (-27.38420, 153.11820)         # Brisbane Airport international terminal
GYM = (-27.42030, 153.06990)              # a shopping strip in Hendra QLD

ACTIVITYPUB = {
    "handle": "jaydo",
    "display_name": "Jaydo 💪",
    "summary": "<p>Toowoomba ➡️ Brisbane. gym, gaming, grad 2026</p>",
    "notes": [
        (9401, "2026-02-27 17:00", "+10:00",
         "WE MADE IT 🎓 graduated today!! #ABFrecruit #BorderForce shoutout to my squad Tayla Ng, Mo Haddad "
         "and Benji Ross, couldn't have done it without yous 🫡", {"images": [("grad.jpg", "the squad")]}),
        (9402, "2026-02-28 10:30", "+10:00",
         "Mum drove up from Toowoomba for it, even my little bro Cody wore a collar 😂 love you Leanne Kelly ❤️", {}),
        (9403, "2026-03-04 16:45", "+10:00",
         "first posting locked in: Brisbane Airport international ✈️ lets gooo", {}),
        (9404, "2026-03-11 20:15", "+10:00",
         "first secondary search today. lady had 12 undeclared iPhones wrapped in her undies 💀 #dayjob", {}),
        (9405, "2026-03-16 05:10", "+10:00",
         "5am every day at Anytime Hendra before earlies. no excuses 🏋️",
         {"images": [("gym.jpg", "the gym mirror")]}),
        (9406, "2026-03-22 13:00", "+10:00",
         "moved into the new sharehouse in Nundah, 3 bros 1 bathroom send help", {}),
        (9407, "2026-03-29 19:40", "+10:00",
         "add me on snap jaydo_k02 for gym content 🔥", {}),
        (9408, "2026-04-04 21:00", "+10:00",
         "Tayla smashed her first seizure on the carousel today, proud of ya 🙌", {}),
    ],
}

PHOTOS = [
    Photo("grad.jpg", *near(BNE_INTL, 60, 40), 4.0, "2026:02:27 15:20:00", "+10:00",
          "squad photo in uniform", (30, 50, 100)),
    Photo("gym.jpg", *near(GYM, 0, 0), 10.0, "2026:03:16 05:05:00", "+10:00",
          "gym mirror selfie", (120, 120, 120)),
]
