"""Bronwyn Tully (FICTIONAL): NEGATIVE CONTROL. An AMSA marine surveyor (port state control) in Mackay; posts and a backyard photo."""
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

NAME = "Bronwyn Tully"
HOME = (-21.0760, 149.2230)     # a street in Slade Point, Mackay, rounded

PHOTOS = [
    Photo("mango-tree.jpg", *near(HOME, 4, -6), 12.0, "2026:04:04 16:45:00", "+10:00", "mango tree in the backyard", (60, 140, 60)),
]

ACTIVITYPUB = {
    "handle": "bron_tully",
    "summary": "<p>Marine surveyor with AMSA (port state control). Ex-chief engineer. Mackay. Mangoes.</p>",
    "notes": [
        (3101, "2026-02-26 19:00", "+10:00",
         "Detained a bulk carrier at Hay Point today: seized-up lifeboat davits and a fire pump that hadn't worked since Singapore. The inspection took nine hours.", {}),
        (3102, "2026-03-12 18:20", "+10:00",
         "Border Force boarding team was on the next berth while I did my inspection. Different job, same gangway, same heat.", {}),
        (3103, "2026-04-04 17:00", "+10:00", "The mango tree has opinions this year. #slade_point",
         {"images": [("mango-tree.jpg", "mango tree")]}),
        (3104, "2026-04-30 20:40", "+10:00",
         "Our inspection database ate my report twice. The Authority's IT folk say 'clear your cache'. Sure.", {}),
        (3105, "2026-05-16 07:30", "+10:00", "Saturday 6am swim at the Harbour Beach with my sister Colleen. Water's still 24.", {}),
        (3106, "2026-06-03 21:00", "+10:00",
         "Read a news story about a seizure of cocaine on a ship in Gladstone. Not mine, not my job, just glad I check fire pumps.", {}),
    ],
}
