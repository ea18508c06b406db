"""Jess Marangoni (FICTIONAL): 26, Border Force officer at Dampier; terse status updates with emoji and photos.
Every name, handle, number and address is invented.
"""
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

NAME = "Jess Marangoni"

PHOTOS = [
    Photo("sunset-verandah.jpg", -20.73330, 116.84170, 12.0, "2026:05:16 18:02:00", "+08:00",
          "verandah at sunset", (220, 110, 40)),
    Photo("red-dirt-ute.jpg", -20.73345, 116.84190, 12.0, "2026:06:06 07:30:00", "+08:00",
          "the ute in the driveway", (170, 60, 30)),
]

ACTIVITYPUB = {
    "handle": "jessm_pilbara",
    "summary": "<p>🌏 ABF 🚢 Pilbara 🐊 no crocs pls</p>",
    "fields": [("ig", "@jess.in.the.pilbara")],
    "notes": [
        (7201, "2026-05-02 05:10", "+08:00", "Dampier wharf 🚢 0500 ☕☕☕", {}),
        (7202, "2026-05-09 19:00", "+08:00", "4 on 4 off. Off block ✅ 🏖️", {}),
        (7203, "2026-05-16 18:05", "+08:00", "Verandah o'clock 🌅",
         {"images": [("sunset-verandah.jpg", "sunset from the verandah")]}),
        (7204, "2026-05-22 14:00", "+08:00",
         "Bulk carrier held at anchor 🚫 crew of 21, two no-shows on the manifest. Long one 😴", {}),
        (7205, "2026-05-30 16:30", "+08:00", "Mr T and Ava at Ava's netball 🏐 go Karratha Kestrels!! 💜", {}),
        (7206, "2026-06-06 07:35", "+08:00", "🛻", {"images": [("red-dirt-ute.jpg", "the ute")]}),
        (7207, "2026-06-12 20:00", "+08:00", "Binge night: Border Security S9 📺", {}),
    ],
}
