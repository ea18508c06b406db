"""Ruth Calloway (FICTIONAL): Border Force community liaison officer in the East Kimberley, lives in Halls Creek.

A landscape photographer's notes (microformats blog + RSS, camera settings, georss on one post, photos with EXIF
GPS). Every name, handle, number and place point is invented or rounded to a street.
"""
import importlib.util as _u
from pathlib import Path as _P
_s = _u.spec_from_file_location("_set59_photo", _P(__file__).resolve().parents[1] / "_photo.py")
_m = _u.module_from_spec(_s)
_s.loader.exec_module(_m)
Photo, near = _m.Photo, _m.near

NAME = "Ruth Calloway"
B = "{{BASE}}"
HOME = (-18.22520, 127.66640)

BLOG = {
    "path": "blog",
    "title": "Red Dirt, Long Light",
    "card_note": "Landscape notes from the East Kimberley. Fuji, mostly at 23mm.",
    "card_job": "Community Liaison Officer",
    "card_org": "Australian Border Force",
    "posts": [
        ("backyard-storm", "2026-01-24 19:50", "+08:00", "Storm from the back step",
         ["XT-4, 23mm, f/8, 1/250, ISO 400. Storm cell rolling over the range from my back step in Halls Creek, "
          "about 6pm. The light went purple for ninety seconds.",
          f'<img src="{B}/media/back-step-storm.jpg" alt="storm from the back step">'],
         ["storms", "home"], ("-18.2252", "127.6664")),
        ("bungles-dawn", "2026-02-21 20:30", "+08:00", "Bungle Bungles at dawn",
         ["f/11, 1/60, ISO 200, tripod. Left at 3am, worth it. The domes go orange for about four minutes."],
         ["kimberley"], None),
        ("kununurra-week", "2026-03-14 18:10", "+08:00", "Between jobs",
         ["The Kununurra office is where my posting is, but I live in Halls Creek, so it's the Great Northern every "
          "Monday at 4am and back Thursday night. 360 km each way. The light on that drive is half the reason I "
          "took the job.",
          "Dale Yeats and I did three community meetings this week, Dale drove, I took photos at the lunch stops."],
         ["road", "work"], None),
        ("kalumburu", "2026-04-09 21:15", "+08:00", "Up the Kalumburu road",
         ["f/5.6, 1/1000, ISO 160, handheld from the troopy window. Up at Kalumburu for a community briefing: two "
          "boats landed on the coast north of there in March, one with eleven people, and we're asking folks to ring "
          "us if they see any unfamiliar boat. Communities can reach me direct on ruth.calloway@abf.gov.au.",
          "Auntie June Mitchell sat me down with a cuppa and told me which creek crossings to avoid. June knows."],
         ["work", "kimberley"], None),
        ("quiet", "2026-05-02 22:40", "+08:00", "Quiet",
         ["No camera settings tonight. It's been a year since the separation and some weeks in Halls Creek I don't "
          "talk to anyone who isn't work. Callum rings from Perth on Sundays, bless him, my boy.",
          f'<img src="{B}/media/verandah-night.jpg" alt="verandah at night">'],
         ["personal"], None),
        ("border-collie", "2026-05-30 17:30", "+08:00", "Not a border collie",
         ["Everyone asks if my dog is a border collie. She's a kelpie cross. 1/2000 at f/2.8 and she's still a blur."],
         ["dogs"], None),
    ],
}

PHOTOS = [
    Photo("back-step-storm.jpg", *near(HOME, 5, -6), 420.0, "2026:01:24 18:02:30", "+08:00",
          "storm from the back step", (90, 60, 120), make="FUJIFILM", model="X-T4"),
    Photo("verandah-night.jpg", *near(HOME, -8, 4), 420.0, "2026:05:02 21:50:10", "+08:00",
          "verandah at night", (20, 20, 40), make="FUJIFILM", model="X-T4"),
]
