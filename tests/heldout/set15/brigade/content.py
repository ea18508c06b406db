"""Corey Dunstan (FICTIONAL): 44, Border Force officer at the Sydney container examination facility; deputy captain
of a volunteer bush fire brigade in Kurnell. The brigade's page about him (third person) and his own short posts.
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

NAME = "Corey Dunstan"

PERSON = {
    "path": "/brigade/crew/corey-dunstan",
    "site": "Kurnell Peninsula Rural Fire Brigade",
    "headline": "Deputy Captain",
    "ld": {"jobTitle": "Deputy Captain (volunteer)",
           "memberOf": {"@type": "Organization", "name": "Kurnell Peninsula Rural Fire Brigade"},
           "telephone": "+61 491 570 233"},
    "sections": [
        ("About Corey", [
            "Corey has been with the brigade eleven years. In his day job he is a Border Force officer at the "
            "container examination facility at Port Botany, which is why you will see him at training still in his "
            "navy work boots.",
            "He lives two streets back from the station with his wife Renee and their son Lachie, who is in Year 4 "
            "at Kurnell Public and already wants to ride on the tanker.",
            "Training is every Tuesday at 7pm sharp; Corey runs the pump drills and comes straight from his day shift.",
            "Out of hours, members can reach Corey on his work mobile, 0491 570 233, as he always has it on him.",
            "Corey and fellow member Hayley Strand, who also works at Border Force, organised this year's "
            "open day sausage sizzle."]),
    ],
}

PHOTOS = [
    Photo("hose-drying.jpg", -34.01120, 151.20480, 8.0, "2026:02:22 17:05:00", "+11:00",
          "hoses drying on the back fence", (160, 40, 30)),
    Photo("back-deck.jpg", -34.01135, 151.20460, 8.0, "2026:03:07 19:40:00", "+11:00",
          "back deck at dusk", (60, 60, 120)),
]

ACTIVITYPUB = {
    "handle": "cdunstan",
    "summary": "<p>Dad. Firie. Sharks tragic.</p>",
    "notes": [
        (9101, "2026-02-22 17:10", "+11:00", "Hoses drying on the back fence after the hazard reduction. 🔥",
         {"images": [("hose-drying.jpg", "hoses on the fence")]}),
        (9102, "2026-03-04 18:20", "+11:00",
         "Nineteen containers through the x-ray today and only four of us on the floor. Two reefers held for "
         "the dog tomorrow. Bring on Friday.", {}),
        (9103, "2026-03-07 19:45", "+11:00", "Deck beers. Renee made the good curry.",
         {"images": [("back-deck.jpg", "back deck")]}),
        (9104, "2026-03-15 12:00", "+11:00", "Sharks by 20. Cronulla forever.", {}),
        (9105, "2026-03-28 20:30", "+11:00",
         "Big thanks to my mate @gazza_b for lending the trailer for the brigade open day.",
         {"mentions": ["gazza_b"]}),
    ],
    "others": {"gazza_b": "Gary Brennan"},
}
