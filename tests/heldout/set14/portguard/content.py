"""Shane Delahunty (FICTIONAL): NEGATIVE CONTROL, security guard for a private firm at the Port of Townsville."""
import importlib.util
import sys
from pathlib import Path

_m = sys.modules.get("_demo_make_photos")
if _m is None:
    _spec = importlib.util.spec_from_file_location(
        "_demo_make_photos", Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py")
    _m = importlib.util.module_from_spec(_spec)
    sys.modules["_demo_make_photos"] = _m
    _spec.loader.exec_module(_m)
Photo = _m.Photo

NAME = "Shane Delahunty"
HOME = (-19.28740, 146.78010)

ACTIVITYPUB = {
    "handle": "shanod",
    "summary": "<p>Security guard with Northstar Guarding. Townsville. Dad. Fisho.</p>",
    "notes": [
        (5501, "2026-03-03 06:40", "+10:00",
         "Gate 3 at the Port of Townsville for Northstar again. Border Force ute through at 5am, waved, they waved.", {}),
        (5502, "2026-03-11 19:00", "+10:00", "MSIC card renewal done. $300 for a bit of plastic.", {}),
        (5503, "2026-03-19 18:30", "+10:00",
         "Watched the truck x-ray at the gate on the news, nothing to do with us, we just check passes.", {}),
        (5504, "2026-03-28 17:15", "+10:00", "Home in Mundingburra, mango tree finally fruiting.",
         {"images": [("mango.jpg", "mango tree")]}),
        (5505, "2026-04-09 20:00", "+10:00", "My daughter Shayla made the North Queensland netball squad 🏐 proud dad", {}),
        (5506, "2026-04-18 12:00", "+10:00", "Fishing off the breakwater with Macca (Darren McInnes). Two grunter.", {}),
        (5507, "2026-05-02 10:00", "+10:00", "The department store in Aitkenvale has fishing rods half price.", {}),
        (5508, "2026-05-15 19:40", "+10:00", "Selling a tinny, $2,500. Text 0491 570 277.", {}),
    ],
}

PHOTOS = [
    Photo("mango.jpg", HOME[0], HOME[1], 12.0, "2026:03:28 17:10:00", "+10:00", "mango tree at home", (50, 140, 40)),
]
