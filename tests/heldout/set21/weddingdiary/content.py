"""Bianca Sorensen (FICTIONAL): Border Force detector-dog handler at Sydney Airport; a wedding-planning diary."""
import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location("_set21_photo", Path(__file__).resolve().parents[1] / "_photo.py")
_m = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_m)
Photo = _m.Photo

NAME = "Bianca Sorensen"
HOME = (-33.9262, 151.1912)    # a residential street in Mascot NSW, rounded

ACTIVITYPUB = {
    "handle": "bianca_says_yes",
    "summary": "<p>Bride-to-be 💍 17.04.27 | dog mum to a Border Force labrador (on loan 😂) | Mascot</p>",
    "notes": [
        (2101, "2026-02-08 19:20", "+11:00",
         "SHE SAID YES. Well, I said yes. My fiancé Tom Haddad did the whole knee thing at Kurnell 😭💍 #weddingdiary", {}),
        (2102, "2026-03-03 21:05", "+11:00",
         "Venue deposit paid!! $9,400 on the credit card and the dress on Afterpay 😬 future Bianca can deal with it "
         "#weddingdiary #brokebride", {}),
        (2103, "2026-03-26 18:40", "+11:00",
         "Rupert (the work dog 🐶) found 2 kg of meth in the false bottom of a suitcase off the Manila flight at T1 "
         "today. My sergeant Phil Okafor shouted the whole team coffees. Best boy.", {}),
        (2104, "2026-04-16 20:00", "+10:00",
         "Bridesmaids confirmed 👯 my bestie Kayla Moretti is maid of honour and she's already made a spreadsheet", {}),
        (2105, "2026-05-07 17:45", "+10:00",
         "Dress fittings every Thursday 5:30 in Newtown now, straight after earlies (0500 starts, kill me) #weddingdiary", {}),
        (2106, "2026-06-13 18:10", "+10:00",
         "Sunset from our balcony 🌇 planning the seating chart from hell", {"images": [("balcony-sunset.jpg", "balcony at sunset")]}),
        (2107, "2026-07-01 21:30", "+10:00",
         "Watched Bluey with my niece for 3 hours. No notes. #auntielife", {}),
    ],
}

PHOTOS = [
    Photo("balcony-sunset.jpg", HOME[0] + 0.0001, HOME[1] - 0.0001, 12.0, "2026:06:13 17:52:10", "+10:00",
          "sunset from the balcony, Saturday", (220, 120, 80)),
]
