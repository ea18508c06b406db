"""Kez Fonoti (FICTIONAL): 21-year-old Border Force officer at an Eastern Creek cargo site who posts about herself in the third person."""
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

NAME = "Kezia Fonoti"
HOME = (-33.7700, 150.8420)     # a street in Rooty Hill NSW, rounded

PHOTOS = [
    Photo("kez-new-nails.jpg", *near(HOME, 5, 7), 50.0, "2026:03:29 16:20:00", "+11:00", "new nails on the couch", (220, 120, 170)),
    Photo("kez-bday-cake.jpg", *near(HOME, -8, -4), 50.0, "2026:05:10 19:30:00", "+10:00", "birthday cake on the kitchen bench", (240, 200, 210)),
]

ACTIVITYPUB = {
    "handle": "kez_f",
    "display_name": "Kez ✨",
    "summary": "<p>kez is 21. kez is tired. kez works for border force and still can't find her car keys. 🌺 snap: kezzyf_21</p>",
    "fields": [["snap", "kezzyf_21"]],
    "notes": [
        (2101, "2026-03-02 05:10", "+11:00", "kez is up at 4:30 for earlies again. kez hates earlies. 0530 start at EC, 30 mins in the corolla down the M4 😩", {}),
        (2102, "2026-03-16 21:00", "+11:00", "kez's TL (Brendan Kaye, legend) let her drive the forklift to the x-ray at the Eastern Creek depot. kez is now a forklift person 🚜", {}),
        (2103, "2026-03-29 16:30", "+11:00", "kez got her nails done 💅 Afterpay #4 this month, kez is a financial genius",
         {"images": [("kez-new-nails.jpg", "nails")]}),
        (2104, "2026-04-12 11:00", "+10:00", "kez and @leahmak_ (Leah Makasini) at the Nepean river for leah's bday 🎉", {"mentions": ["leahmak_"]}),
        (2105, "2026-04-28 22:15", "+10:00",
         "kez cannot tell you what was in the shipping container today. kez can tell you it was 200 kg of coke inside "
         "pallets of tiles and nobody went home till 10. 😵", {}),
        (2106, "2026-05-10 19:45", "+10:00", "kez's mum Losa made the cake. kez's little bro Iosefa ate half. kez is 21 🎂",
         {"images": [("kez-bday-cake.jpg", "cake")]}),
        (2107, "2026-05-30 13:00", "+10:00", "kez is watching Border Security with her nan. nan thinks kez is on it. kez is not on it.", {}),
        (2108, "2026-06-15 20:10", "+10:00", "kez's pay went on rent and the Afterpay and kez has $11 till thursday. kez is fine. kez is not fine.", {}),
    ],
    "others": {"leahmak_": "Leah Makasini"},
}
