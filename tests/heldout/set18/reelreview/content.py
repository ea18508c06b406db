"""Brendan Kowalczyk (FICTIONAL): Marine Unit crewman out of Townsville, a fishing-charter review account.

Staff; his employer is mostly implied by the patrols. Every name, number and place point is invented.
"""
import importlib.util as _u
import sys as _s
from pathlib import Path as _P

_mp = _s.modules.get("_demo_make_photos")
if _mp is None:
    _sp = _u.spec_from_file_location("_demo_make_photos", _P(__file__).resolve().parents[4] / "data/demo/make_photos.py")
    _mp = _u.module_from_spec(_sp); _s.modules["_demo_make_photos"] = _mp; _sp.loader.exec_module(_mp)
Photo, near = _mp.Photo, _mp._near

NAME = "Brendan Kowalczyk"
HOME = (-19.3086, 146.7921)        # a residential street, Annandale QLD (rounded)
WHARF = (-19.2562, 146.8297)       # the port's marine precinct, Townsville

ACTIVITYPUB = {
    "handle": "reelverdict",
    "display_name": "Reel Verdict ⭐🎣",
    "summary": "<p>Honest charter reviews from North Qld. Stars out of 5. I pay for my own seat. "
               "Month on, month off so reviews come in batches lol</p>",
    "fields": [("Bookings chat", "text 0491 570 118"), ("Based", "Townsville")],
    "notes": [
        (8101, "2026-02-07 19:10", "+10:00",
         "⭐⭐⭐⭐ Magnetic Island reef run w/ Salty Dog Charters. Skipper knew every bommie. Coral trout x3, "
         "a red emperor that got away. Lunch was a sad sanga. Deduct one star for the sanga.", {}),
        (8102, "2026-02-09 08:00", "+10:00", "Weather. Again. 🙃", {}),
        (8103, "2026-02-14 18:30", "+10:00",
         "Back on land. 28 days up the Strait on the grey boat and my legs still think they're at sea. "
         "Marine Unit life: board, search, paperwork, repeat. Skip's a legend tho, Bev Tranter runs a tight ship "
         "and still lets us fish off the back on a quiet night.", {}),
        (8104, "2026-02-15 17:45", "+10:00",
         "Deck beer at home. Shaz made her curry. Good to be back.",
         {"images": [("deck-beer.jpg", "Esky and sunset on a back deck")]}),
        (8105, "2026-02-20 21:00", "+10:00",
         "That trip we boarded three Indo FFVs inside the line off Bramble Cay, 2.1 tonne of shark fin and "
         "trochus in the holds, crews sent down to Horn Island for processing. Next run goes 14 July and it'll be "
         "two boats only because the other one's stuck in refit in Cairns. Fish will be safe from us for a bit 😂", {}),
        (8106, "2026-02-22 05:15", "+10:00",
         "Saturday 5am launch from the Ross River ramp with Robbo, same as every off-swing Saturday. "
         "Dean Robson you still owe me a bait run.", {}),
        (8107, "2026-03-01 16:20", "+10:00",
         "⭐⭐ Barra Bash charters, Hinchinbrook. Lovely boat, zero barra, skipper spent 40 min on his phone. "
         "His dog is a border collie called Customs which was the highlight tbh.", {}),
        (8108, "2026-03-05 20:40", "+10:00",
         "Tegan made the netball A team at Kirwan State High 🏐 proud dad. Shaz cried. I didn't (I did).", {}),
        (8109, "2026-03-12 18:00", "+10:00",
         "Boat loan's eating me alive, two repayments behind and the outboard needs a rebuild. "
         "Anyone want to buy a kidney? Asking for a reviewer.", {}),
        (8110, "2026-03-18 07:30", "+10:00",
         "Our street in Annandale has 4 mango trees and 0 mangoes thanks to the flying foxes.", {}),
        (8111, "2026-03-21 13:00", "+10:00",
         "The sat link on the boat was down six days last trip so the boarding app on the toughbooks wouldn't "
         "sync, all the boardings went on paper and someone typed them in after. Modern technology.", {}),
        (8112, "2026-03-25 09:10", "+10:00",
         "Tied up at the wharf this morning to drop gear, home port sweet home.",
         {"images": [("wharf-gear.jpg", "Grey patrol boat at a wharf")]}),
        (8113, "2026-03-29 19:00", "+10:00",
         "⭐⭐⭐⭐⭐ Palm Island day trip with Coral Coast Sportfishing. Watched an episode of Border Security on "
         "the ride home on the skipper's iPad. 10/10 would get sunburnt again.", {}),
    ],
}

PHOTOS = [
    Photo("deck-beer.jpg", *near(HOME, 8, -6), 12.0, "2026:02:15 17:40:00", "+10:00", "back deck, Annandale",
          (200, 140, 60)),
    Photo("wharf-gear.jpg", *near(WHARF, 5, 4), 3.0, "2026:03:25 09:05:00", "+10:00", "patrol boat at the wharf",
          (90, 100, 110)),
]

TRUTH = {
    "why": "Marine Unit crewman (Townsville): seizure and next patrol, sat outage, CO, family, home by GPS, boat loan.",
    "aliases": ["reelverdict", "Reel Verdict"], "band": "critical", "rank": 1,
    "profiles": [("/social/@reelverdict", "activitypub")],
    "facts": [
        ("employer", "Australian Border Force (Marine Unit)", ["Marine Unit", "grey boat"], ["n:8103"]),
        ("colleague", "Bev Tranter (commanding officer)", ["Bev Tranter", "Skip"], ["n:8103"]),
        ("work_location", "Townsville port marine wharf", ["home port", "wharf"], ["n:8112", "m:wharf-gear.jpg"],
         (-19.2562, 146.8297, 150)),
        ("geotag", "photo GPS at the Townsville wharf", ["wharf"], ["m:wharf-gear.jpg", "n:8112"],
         (-19.2562, 146.8297, 150)),
        ("home_location", "Annandale, Townsville QLD", ["Annandale", "Townsville"], ["n:8110", "ap", "n:8104", "m:deck-beer.jpg"],
         (-19.3086, 146.7921, 150)),
        ("geotag", "photo GPS at home, Annandale", ["Annandale"], ["m:deck-beer.jpg", "n:8104"],
         (-19.3086, 146.7921, 150)),
        ("routine", "Saturday 5am launch from the Ross River ramp; 28 days on, 28 off",
         ["Saturday 5am", "Ross River ramp", "every off-swing Saturday", "28 days", "Month on, month off"],
         ["n:8106", "n:8103", "ap"]),
        ("family", "Shaz (wife)", ["Shaz", "Her mum"], ["n:8104", "n:8108"]),
        ("family", "Tegan (daughter)", ["Tegan", "Kirwan State High"], ["n:8108"]),
        ("associate", "Dean Robson (fishing mate)", ["Dean Robson", "Robbo"], ["n:8106"]),
        ("personal_contact", "0491 570 118", ["0491 570 118"], ["ap"]),
        ("official_information", "three Indonesian FFVs boarded off Bramble Cay, 2.1 t shark fin, crews to Horn Island; next patrol 14 July with two boats, one in refit",
         ["Bramble Cay", "2.1 tonne", "14 July", "refit"], ["n:8105"]),
        ("systems_information", "patrol boat sat link down six days; boarding app on toughbooks would not sync",
         ["boarding app", "toughbooks", "sat link"], ["n:8111"]),
        ("vulnerability", "boat loan two repayments behind", ["Boat loan", "two repayments behind"], ["n:8109"]),
    ],
    "decoys": [
        ("n:8107", "border collie called Customs", ["employer"], "A charter skipper's dog."),
        ("n:8113", "Border Security", ["employer", "official_information"], "A TV show watched on a charter."),
    ],
}
