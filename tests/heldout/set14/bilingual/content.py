"""Marites Aquino (FICTIONAL): visa processing officer, Home Affairs Parramatta, 35; Tagalog-English family posts."""
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

NAME = "Marites Aquino"
HOME = (-33.77140, 150.90260)

ACTIVITYPUB = {
    "handle": "tesaquino",
    "summary": "<p>Nanay, asawa, Pinay sa Sydney. Viber: 0491 570 163</p>",
    "notes": [
        (1101, "2026-02-20 19:00", "+11:00",
         "Salamat sa lahat! 5 years na ako sa Home Affairs today. Cake sa office sa Parra, level 9 🎂", {}),
        (1102, "2026-02-28 10:30", "+11:00",
         "Birthday ni si Mama Lourdes, 70 na siya! Lumipad siya from Batangas. Mahal ka namin Ma ❤️", {}),
        (1103, "2026-03-10 20:15", "+11:00",
         "Pagod. Partner visa backlog 1,200 files sa team namin and the director says no overtime. Paano?? Ako pa "
          "ang sinisisi.", {}),
        (1104, "2026-03-18 08:00", "+11:00",
         "Train 7:12 from Blacktown every day, same carriage, same seat. Hello sa mga suki ko sa platform.", {}),
        (1105, "2026-03-25 17:45", "+11:00",
         "Anak ko si Bea, Year 3 na sa St Patrick's Blacktown, got a merit award! Proud nanay 🥹", {}),
        (1106, "2026-04-14 21:30", "+10:00",
         "The case system crashed twice today and we lost the morning notes. Ulit na naman.", {}),
        (1107, "2026-04-22 18:20", "+10:00",
         "Salamat kay Tita Rowena Dizon, ninang ni Bea, for the new school shoes. Ikaw talaga.", {}),
        (1108, "2026-05-05 22:10", "+10:00",
         "Credit card maxed na, padala sa Pinas for Papa's hospital bills. Kaya pa. Siguro.", {}),
        (1109, "2026-05-16 16:00", "+10:00", "Sa bahay, adobo Saturday 🍲",
         {"images": [("adobo.jpg", "lunch at home")]}),
        (1110, "2026-05-23 11:00", "+10:00", "Sale sa department store, tatlong towels $10. Grabe.", {}),
    ],
}

PHOTOS = [
    Photo("adobo.jpg", HOME[0] + 0.00004, HOME[1] + 0.00003, 60.0, "2026:05:16 13:02:11", "+10:00",
          "kitchen table at home", (140, 90, 40), "Samsung", "Galaxy S21"),
]
