"""Kieran Tamatea (FICTIONAL): a Navy patrol-boat sailor in Cairns. NEGATIVE CONTROL.

Defence is not the Department: he patrols with Border Force nearby, boards fishing boats
and talks about "the border", none of which makes him staff. A Mastodon-style account
with photos that keep their GPS (home cluster in Edge Hill). Every name and point is invented.
Every name, handle and point is invented; home points are rounded on an ordinary street.
"""
import importlib.util
import sys
from pathlib import Path


def _photos():
    mod = sys.modules.get("_demo_make_photos")
    if mod is None:
        path = Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py"
        spec = importlib.util.spec_from_file_location("_demo_make_photos", path)
        mod = importlib.util.module_from_spec(spec)
        sys.modules["_demo_make_photos"] = mod
        spec.loader.exec_module(mod)
    return mod


_p = _photos()
Photo, near = _p.Photo, _p._near

NAME = "Kieran Tamatea"
HOME = (-16.90120, 145.74580)      # an ordinary street in Edge Hill QLD, rounded

PHOTOS = [
    Photo("verandah.jpg", *near(HOME, 4, 6), 15.0, "2026:02:22 18:10:00", "+10:00", "verandah at dusk", (200, 100, 60)),
    Photo("mango-tree.jpg", *near(HOME, -9, -5), 15.0, "2026:04:05 10:30:00", "+10:00", "mango tree", (60, 150, 50)),
    Photo("homecoming.jpg", *near(HOME, 3, -12), 15.0, "2026:05:17 16:00:00", "+10:00", "welcome home sign", (90, 120, 200)),
]

ACTIVITYPUB = {
    "handle": "kieran_at_sea",
    "summary": "<p>RAN sailor, patrol boats out of HMAS Cairns. Views my own.</p>",
    "notes": [
        (1201, "2026-02-22 18:15", "+10:00", "Last night ashore before the patrol. Verandah, stubby, done.",
         {"images": [("verandah.jpg", "a verandah")]}),
        (1202, "2026-03-10 12:00", "+10:00",
         "Boarded a foreign fishing vessel off the Torres Strait today. Operation Resolute keeps us busy.", {}),
        (1203, "2026-03-28 09:00", "+10:00",
         "Border Force cutter alongside us for a bit this morning. Waved. They waved back. Riveting content.", {}),
        (1204, "2026-04-05 10:35", "+10:00", "Mangoes are done for the year. Edge Hill possums won.",
         {"images": [("mango-tree.jpg", "a mango tree")]}),
        (1205, "2026-05-17 16:05", "+10:00", "Home! Kayla made a sign. Best partner in the fleet.",
         {"images": [("homecoming.jpg", "a welcome home sign")]}),
        (1206, "2026-06-02 19:00", "+10:00", "Neighbour's border collie has adopted our yard.", {}),
    ],
}
