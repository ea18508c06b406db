"""Grant Veitch (FICTIONAL): 46, a Strava-like cycling log; a Border Force officer at Bell Bay near Launceston.
Every name, handle and number is invented; points are rounded street points."""
import importlib.util
import sys
from pathlib import Path

_mp = sys.modules.get("_demo_make_photos")
if _mp is None:
    _spec = importlib.util.spec_from_file_location(
        "_demo_make_photos", Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py")
    _mp = importlib.util.module_from_spec(_spec)
    sys.modules["_demo_make_photos"] = _mp
    _spec.loader.exec_module(_mp)
Photo = _mp.Photo

NAME = "Grant Veitch"

HOME = (-41.4436, 147.1149)

ACTIVITYPUB = {
    "handle": "veitchrides",
    "summary": "<p>Ride log. Tamar Valley. Watts, kudos, coffee. Launceston.</p>",
    "fields": [("Rides", "Tue/Thu 05:45 Tamar loop, Sat 07:00 Cataract bunch")],
    "notes": [
        (9001, "2026-02-03 07:10", "+11:00",
         "Morning Ride · 42.3 km · 1:28:40 · 312 m elev · avg 28.6 km/h. Tamar loop, headwind both ways somehow.",
         {}),
        (9002, "2026-02-17 16:40", "+11:00",
         "Commute Home · 48.1 km · 1:41:02. Bell Bay wharf to Trevallyn after a swing. Legs: cooked. Border Force "
         "pays me to stand on a wharf for 10 hours so I ride home to feel something.", {}),
        (9003, "2026-03-05 19:30", "+11:00",
         "Recovery spin · 18 km. Told the boss at home (Corinne) I'd be 40 minutes. It was 90. Sorry Cor.", {}),
        (9004, "2026-03-21 11:00", "+11:00",
         "Saturday bunch · 71 km · KOM on Gravelly Beach Rd for @hamish_climbs, not me. Hamish Boyd, you animal.",
         {}),
        (9005, "2026-04-09 18:20", "+10:00",
         "Ride Home · 47.9 km. Funny day at work: log ship from Shanghai, me and one other officer for the whole "
         "berth because the Hobart team got pulled to the cruise season. Found 14 cartons of smokes behind a "
         "false panel in the crew mess. Chief mate suddenly couldn't speak English.", {}),
        (9006, "2026-04-26 09:00", "+10:00", "Rest day. Coffee. Legs up.",
         {"images": [("deck-coffee.jpg", "coffee on the back deck")]}),
        (9007, "2026-05-14 19:10", "+10:00",
         "New wheels. Zip Pay says I own 1/12th of them. Corinne says I own 0/12th of the bank account now 😂", {}),
        (9008, "2026-06-02 17:55", "+10:00",
         "Ride Home · 46.5 km. Sarge (Nev Pascoe) reckons I'll be the first officer to get done for speeding on a "
         "bike in the port precinct.", {}),
        (9009, "2026-06-28 12:00", "+10:00",
         "Chain lube review: they all go black eventually.", {}),
    ],
}

PHOTOS = [
    Photo("deck-coffee.jpg", HOME[0], HOME[1], 85.0, "2026:04:26 08:55:10", "+10:00",
          "coffee on the back deck", (140, 100, 60)),
]
