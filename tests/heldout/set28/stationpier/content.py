"""Giulia Ferrante (FICTIONAL): a 27-year-old Border Force officer at Station Pier, Port Melbourne,
who runs a vintage-clothing side shop through Instagram-style captions on ActivityPub.

Photos of stock shot in her spare-room studio carry GPS. Every name, handle and address is invented.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "personas"))
from build import Photo, near  # noqa: E402

NAME = "Giulia Ferrante"
HOME = (-37.80690, 144.88700)      # a residential street in Seddon VIC, rounded
MARKET = (-37.83900, 145.06200)    # a Sunday market car park area, Camberwell (not home)

ACTIVITYPUB = {
    "handle": "secondhandgiuli",
    "display_name": "Giuli's Second Hand Rose ✿",
    "summary": "<p>70s-90s vintage, hand-picked ✨ Holds + questions: DM or text 0491 570 318 💌 "
               "Day job in the blue uniform at the pier 🛳️ #ABF</p>",
    "others": {"thriftqueenkim": "Kim Ablett"},
    "notes": [
        (6301, "2026-02-06 19:30", "+11:00",
         "NEW IN ✨ 80s suede fringe jacket, size 10, $85. Shot in the studio (aka the spare room) 📸 #vintage #melbournevintage",
         {"images": [("suede-jacket.jpg", "a suede fringe jacket on a hanger")]}),
        (6302, "2026-02-15 06:45", "+11:00",
         "Sunday = Camberwell market 🧺 set up by 7am, stall next to @thriftqueenkim as always 💕 come say hi!",
         {"mentions": ["thriftqueenkim"], "images": [("market-stall.jpg", "clothes rack at a market stall")]}),
        (6303, "2026-03-03 20:10", "+11:00",
         "Ship day tomorrow so earlies (5:30 start at Station Pier 🛳️) = no parcels posted till Thursday sorry lovelies 🙏",
         {}),
        (6304, "2026-03-19 21:00", "+11:00",
         "Cruise season is cooked 😵 three of us on the gangway for 4,000 pax today and a crew member walked off with "
         "a backpack full of steroid vials we only found cos his mate dobbed. #ABF #shiplife",
         {}),
        (6305, "2026-04-11 18:40", "+10:00",
         "90s slip dresses in! All from my Nonna Rosa's wardrobe clear-out 👵💛 she says hi",
         {"images": [("slip-dresses.jpg", "three slip dresses on a rail")]}),
        (6306, "2026-05-07 22:30", "+10:00",
         "real talk 🫠 shop's been slow, I've got four Afterpay plans going and rent is two weeks behind. "
         "if you've been eyeing something, now's the time 🙏 #smallbusiness",
         {}),
        (6307, "2026-06-12 17:00", "+10:00",
         "Walked the stock to the post office on our street in Seddon, which is the best street, fight me 💅",
         {"images": [("post-run.jpg", "a tote full of parcels at the front gate")]}),
        (6308, "2026-07-01 19:15", "+10:00",
         "Massive thanks to my supervisor Dom Hollis for swapping my Sunday shift so I could do the winter market 🙌",
         {}),
        (6309, "2026-07-20 20:00", "+10:00",
         "Not stock, just a cute border collie at the market 🐶", {}),
    ],
}

PHOTOS = [
    Photo("suede-jacket.jpg", *near(HOME, 4, -5), 15.0, "2026:02:06 19:20:00", "+11:00",
          "jacket in the spare room", (150, 100, 60)),
    Photo("slip-dresses.jpg", *near(HOME, -6, 8), 15.0, "2026:04:11 18:30:00", "+10:00",
          "slip dresses on a rail", (220, 200, 210)),
    Photo("post-run.jpg", *near(HOME, 14, 10), 15.0, "2026:06:12 16:50:00", "+10:00",
          "parcels at the front gate", (120, 90, 70)),
    Photo("market-stall.jpg", *near(MARKET, 0, 0), 60.0, "2026:02:15 06:40:00", "+11:00",
          "market stall at dawn", (90, 120, 140)),
]
