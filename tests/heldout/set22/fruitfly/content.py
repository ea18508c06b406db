"""Dr Hamish Arkwright (FICTIONAL): NEGATIVE CONTROL. 44, a university entomologist researching fruit-fly
detection for biosecurity, living in Highton (Geelong). He talks about airport biosecurity, detector dogs,
seized fruit, "the department" (Agriculture, his funder), border surveillance traps and a lab database.
Every name and handle is invented; the home point is on an ordinary street, rounded."""
import importlib.util
import sys
from pathlib import Path


def _make_photos():
    mod = sys.modules.get("_demo_make_photos")
    if mod is None:
        path = Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py"
        spec = importlib.util.spec_from_file_location("_demo_make_photos", path)
        mod = importlib.util.module_from_spec(spec)
        sys.modules["_demo_make_photos"] = mod
        spec.loader.exec_module(mod)
    return mod


_mp = _make_photos()
Photo, near = _mp.Photo, _mp._near

NAME = "Hamish Arkwright"
HOME = (-38.1712, 144.3262)

PHOTOS = [
    Photo("lemon-tree.jpg", *near(HOME, 5, 10), 60.0, "2026:03:28 10:20:00", "+11:00",
          "the backyard lemon tree and its trap", (220, 200, 60), make="Google", model="Pixel 7"),
]

ACTIVITYPUB = {
    "handle": "flyguy_hamish",
    "summary": "<p>Entomologist at a university in Geelong. Fruit flies, traps, detection. Opinions mine, not my funder's.</p>",
    "notes": [
        (2101, "2026-02-18 11:00", "+11:00",
         "New paper out: our lure pulls Queensland fruit fly in at half the dose. Funded by the department "
         "(Agriculture, before anyone asks), which is why the acknowledgements are longer than the abstract.", {}),
        (2102, "2026-03-06 15:30", "+11:00",
         "Talked to the biosecurity detector-dog team at Melbourne Airport for our project. The beagles found "
         "a mango in a handbag in about four seconds. Nobody from Border Force was harmed in the making of this anecdote.", {}),
        (2103, "2026-03-28 10:30", "+11:00",
         "Even the backyard lemon tree has a trap on it now. Sorry, Fiona (my wife, who wanted lemons, not science).",
         {"images": [("lemon-tree.jpg", "Lemon tree with a fly trap")]}),
        (2104, "2026-04-14 17:10", "+10:00",
         "Our lab sample database crashed and took three weeks of trap counts with it. Backups, people. Backups.", {}),
        (2105, "2026-05-07 19:45", "+10:00",
         "Thursday 6am swim at the Waurn Ponds pool with half the lab, then the lab. Same every week.", {}),
        (2106, "2026-05-26 12:30", "+10:00",
         "Reading about the seizure of undeclared seeds at the mail centre in the paper. Good. Seeds are how it starts.", {}),
    ],
}
