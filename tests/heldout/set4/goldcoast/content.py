"""Sienna Marsh (FICTIONAL): 22-year-old passenger processing officer, Gold Coast Airport; BNPL debt. Set 4, blind."""
import sys

_mp = sys.modules["_demo_make_photos"]
Photo, near = _mp.Photo, _mp._near

NAME = "Sienna Marsh"
HOME = (-28.1470, 153.4935)      # an ordinary street, Tugun QLD (rounded)

ACTIVITYPUB = {
    "handle": "sienna_gc",
    "summary": "<p>22 ✨ beach girl 🌊 🛂 ABF @ OOL 🛫 living on iced lattes</p>",
    "fields": [("snap", "siennagc02"), ("vibes", "good ones only")],
    "notes": [
        (7001, "2026-01-05 06:20", "+10:00",
         "First day back on the arrivals line at Coolangatta 🛬 uniform still fits after xmas (barely) #ABF #goldcoastairport", {}),
        (7002, "2026-01-09 21:10", "+10:00",
         "4 on 4 off life 😵 earlies are a 0430 start so if u see me at 8pm I'm basically asleep", {}),
        (7003, "2026-01-14 17:40", "+10:00",
         "Sunset from our unit balcony in Tugun 🧡 never getting sick of this",
         {"images": [("balcony.jpg", "sunset from a balcony")]}),
        (7004, "2026-01-20 22:05", "+10:00",
         "First Bali flight of the night, 3 refused entry and one guy had 40 vapes stuffed down his undies 💀 the stuff we find lol", {}),
        (7005, "2026-01-26 12:00", "+10:00",
         "Aus Day with my better half Tayte 🇦🇺 aka Mr T, and my sister Jess who finally came up from Lismore 🥰", {}),
        (7006, "2026-02-02 19:30", "+10:00",
         "Bestie date with @keely_rose 🍹 she works at the airport too but for Jetstar check in so we never see each other on shift 😭",
         {"mentions": ["keely_rose"]}),
        (7007, "2026-02-09 23:30", "+10:00",
         "eGates at OOL been down 3 days so it's all manual on the primary line, the vendor guy flies up from Sydney Tuesday. "
         "only 6 of us on nights for 2 A320s 😤", {}),
        (7008, "2026-02-12 08:15", "+10:00",
         "Signed up for the F45 challenge with my work email lol so if sienna.marsh@abf.gov.au gets spammed that's why 🤣", {}),
        (7009, "2026-02-18 18:00", "+10:00",
         "F45 Palm Beach every Mon and Wed 5.30pm on my days off, come join 💪", {}),
        (7010, "2026-02-25 21:45", "+10:00",
         "4 afterpays and a zip payment overdue and rent due friday 🙃 adulting is a scam #brokegirl", {}),
        (7011, "2026-03-03 20:00", "+10:00",
         "My TL Marcus Feeney let me leave early for Jess's bday, best team leader ever 🙏", {}),
        (7012, "2026-03-08 14:00", "+10:00", "☀️☀️☀️", {}),
        (7013, "2026-03-10 19:20", "+10:00", "Morning walk on the beach near home",
         {"images": [("beach-walk.jpg", "beach path")]}),
    ],
    "others": {"keely_rose": "Keely Rose"},
}

PHOTOS = [
    Photo("balcony.jpg", *near(HOME, 5, 4), 14.0, "2026:01:14 17:38:00", "+10:00", "sunset from the balcony", (240, 140, 70)),
    Photo("beach-walk.jpg", *near(HOME, 60, 70), 3.0, "2026:03:10 06:55:30", "+10:00", "beach path", (80, 170, 200)),
]
