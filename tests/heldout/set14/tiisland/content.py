"""Kayne Mosby (FICTIONAL): Border Force marine officer, Thursday Island, 33; terse posts and two GPS photos."""
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

NAME = "Kayne Mosby"
HOME = (-10.58360, 142.21880)

ACTIVITYPUB = {
    "handle": "kayne_ti",
    "summary": "<p>Marine unit, ABF. TI based. Fish, gym, repeat.</p>",
    "fields": [("Signal", "kayne_ti")],
    "others": {"bowie_nakata": "Bowie"},
    "notes": [
        (701, "2026-03-02 05:20", "+10:00", "gym 5:30 every morning before the 7 o'clock muster at Engineers Wharf. no excuses.", {}),
        (702, "2026-03-09 18:45", "+10:00", "home. verandah. sunset.", {"images": [("verandah.jpg", "sunset from the verandah")]}),
        (703, "2026-03-16 21:10", "+10:00",
         "boarded a dinghy up from Daru last night. 40 cartons of smokes under the fish. boss decided warning only. "
         "whatever mate.", {}),
        (704, "2026-03-23 17:30", "+10:00", "reef run with @bowie_nakata. he got the coral trout, i got sunburnt.",
         {"mentions": ["bowie_nakata"]}),
        (705, "2026-04-06 22:40", "+10:00", "another night at the pub on my own. my partner Kalani still in Cairns till june.", {}),
        (706, "2026-04-13 16:00", "+10:00",
         "next patrol to the top western islands leaves tuesday. two of us left in the office for ten days lol", {}),
        (707, "2026-04-20 19:30", "+10:00", "farewell for our skipper Rhys Anning. best boss on the strait.", {}),
        (708, "2026-04-27 12:00", "+10:00", "watched Border Security reruns with a beer. never again.", {}),
        (709, "2026-05-04 18:10", "+10:00", "K rang. 7 weeks to go.", {}),
        (710, "2026-05-11 17:40", "+10:00", "back deck again.", {"images": [("backdeck.jpg", "back deck")]}),
    ],
}

PHOTOS = [
    Photo("verandah.jpg", HOME[0] + 0.00005, HOME[1] - 0.00004, 30.0, "2026:03:09 18:41:02", "+10:00",
          "verandah at home, sunset", (200, 120, 60)),
    Photo("backdeck.jpg", HOME[0] - 0.00006, HOME[1] + 0.00003, 30.0, "2026:05:11 17:38:40", "+10:00",
          "back deck at home", (150, 110, 70)),
]
