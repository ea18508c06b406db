"""Tamsin Greaves (FICTIONAL): Border Force officer boarding ore carriers at Port Hedland; a photography portfolio of captions with GPS photos."""
import importlib.util
import sys
from pathlib import Path

_m = sys.modules.get("_demo_make_photos")
if _m is None:
    _p = Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py"
    _spec = importlib.util.spec_from_file_location("_demo_make_photos", _p)
    _m = importlib.util.module_from_spec(_spec)
    sys.modules["_demo_make_photos"] = _m
    _spec.loader.exec_module(_m)
Photo, near = _m.Photo, _m._near

NAME = "Tamsin Greaves"
HOME = (-20.4080, 118.6010)     # a street in South Hedland, rounded
WHARF = (-20.3110, 118.5760)    # public foreshore by the Port Hedland harbour

PHOTOS = [
    Photo("red-dirt-sunset.jpg", *near(HOME, 6, -9), 9.0, "2026:03:08 18:42:10", "+08:00", "back verandah sunset", (190, 80, 40)),
    Photo("frangipani.jpg", *near(HOME, -10, 12), 9.0, "2026:04:19 07:05:00", "+08:00", "front yard frangipani", (230, 220, 180)),
    Photo("ore-carrier-dawn.jpg", *near(WHARF, 20, 15), 4.0, "2026:03:21 05:50:00", "+08:00", "ore carrier at the berth at dawn", (90, 100, 130)),
    Photo("tug-wake.jpg", *near(WHARF, -15, -20), 4.0, "2026:05:02 06:10:00", "+08:00", "tug wake in the harbour", (60, 110, 150)),
]

ACTIVITYPUB = {
    "handle": "tamsin_frames",
    "display_name": "Tamsin Greaves | frames from the Pilbara",
    "summary": "<p>Pilbara light. Shot on whatever's in my pocket. ABF marine by trade, photographer by obsession.</p>",
    "fields": [["Prints", "tamsin.prints@pilbaraframes.example"]],
    "notes": [
        (4401, "2026-03-08 19:00", "+08:00", "Red dirt, last light. Home. #pilbara #sunset",
         {"images": [("red-dirt-sunset.jpg", "sunset over red dirt")]}),
        (4402, "2026-03-21 08:30", "+08:00",
         "0550, waiting on the launch to take us out to her. Three ore carriers in today and two of us to board them all. #ABF #porthedland",
         {"images": [("ore-carrier-dawn.jpg", "ore carrier at dawn")]}),
        (4403, "2026-04-05 17:00", "+08:00", "f/2.8, 1/60, ISO 800. No story. Just the light.", {}),
        (4404, "2026-04-19 07:30", "+08:00", "Jase planted this frangipani the week we moved in. Eleven years. #homesweethome",
         {"images": [("frangipani.jpg", "frangipani")]}),
        (4405, "2026-05-02 07:00", "+08:00",
         "Tug wake off the wharf before my 0600-1800 on the 7 on 7 off. Best commute in WA. #porthedland",
         {"images": [("tug-wake.jpg", "tug wake")]}),
        (4406, "2026-05-18 20:15", "+08:00",
         "Crew on a bulk carrier had 4,000 cartons of cigarettes behind a false wall in the paint locker. We found them on the second pass. Felt good. #borderforce", {}),
        (4407, "2026-06-09 18:00", "+08:00",
         "Lens finally paid off. Only took 14 months of Zip. Now the car rego... 🙃", {}),
        (4408, "2026-06-20 16:40", "+08:00", "Portrait of my dad Ron at the Cooke Point lookout, 70 and still won't smile.", {}),
    ],
}
