"""Rosalind Ferreira (FICTIONAL): a grandmother on the Department's Global Service Centre phones, Melbourne. All invented."""
import sys

_mp = sys.modules["_demo_make_photos"]
Photo, near = _mp.Photo, _mp._near

NAME = "Rosalind Ferreira"
HOME = (-37.74360, 144.89140)      # an ordinary street in Niddrie VIC, rounded

ACTIVITYPUB = {
    "handle": "nanaros",
    "display_name": "Nana Ros 🧶",
    "summary": "<p>Nana of five, knitter, Bombers tragic. 20 yrs with Immigration, still answering the phones at the "
               "Global Service Centre ☎️ Scrabble club login: ros.ferreira@homeaffairs.gov.au (don't tell IT 🤫)</p>",
    "notes": [
        (5301, "2026-01-18 15:00", "+11:00",
         "The grandkids over for the day!! All five of them plus my son Paulo 💕 "
         "#nanalife #blessed", {"images": [("grandkids.jpg", "grandkids on the lawn")]}),
        (5302, "2026-01-22 20:15", "+11:00",
         "Long day on the lines. 140 calls waiting at 9am because the online visa lodgement was down again and "
         "everyone rang us instead. We can see their whole file in the system but can't fix the portal 🙄", {}),
        (5303, "2026-01-27 07:05", "+11:00",
         "Same as every weekday: the 6:52 from Niddrie on the 59 tram, then the Route 86 to the Docklands office. "
         "Knitting on the tram keeps me sane 🧶", {}),
        (5304, "2026-02-02 19:40", "+11:00",
         "Bought the new lounge on Afterpay and the washing machine on Zip and now the car rego is due. Pension "
         "can't come soon enough 😬 #brokenana", {}),
        (5305, "2026-02-08 11:30", "+11:00",
         "Coffee at the Keilor Road bakery with my bestie Dot Fairweather, 40 years of friendship ☕", {}),
        (5306, "2026-02-14 18:00", "+11:00",
         "My roses are finally out in the front garden 🌹", {"images": [("roses.jpg", "front garden roses")]}),
        (5307, "2026-02-20 21:00", "+11:00",
         "Team leader Bronwyn Oakes did her farewell drinks tonight after 31 years. Nobody will know the CRM like "
         "she did. Love you Bron xx", {}),
        (5308, "2026-02-24 16:10", "+11:00",
         "Watching Border Security reruns with a cuppa. I know more than they do 😂", {}),
        (5309, "2026-03-01 10:00", "+11:00",
         "Lachie's first game for the Essendon Doutta Stars under 10s! Nana was the loudest 🏉💛", {}),
        (5310, "2026-03-05 13:30", "+11:00", "Rain. Knitting. Tea.", {}),
    ],
}

PHOTOS = [
    Photo("grandkids.jpg", *near(HOME, 12, 8), 60.0, "2026:01:18 14:48:10", "+11:00", "grandkids on the lawn", (60, 140, 60)),
    Photo("roses.jpg", *near(HOME, -8, -10), 60.0, "2026:02:14 17:52:00", "+11:00", "front garden roses", (170, 40, 60)),
]
