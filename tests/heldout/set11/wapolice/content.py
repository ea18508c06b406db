"""Shae Whitlock (FICTIONAL): WA Police senior constable, Perth. A NEGATIVE CONTROL.

State police are not the Department: her posts mention a joint job with Border Force, a seizure, her
station, her sergeant and a police system, none of which makes her staff. A Mastodon-style account and
one photo with GPS at home. Every name, handle and address is invented; the home point is rounded.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Shae Whitlock"
HOME = (-31.66320, 115.78260)

ACTIVITYPUB = {
    "handle": "shae_w",
    "display_name": "Shae 👮‍♀️",
    "summary": "<p>WA Police. Netball. Two kelpies. Opinions mine.</p>",
    "others": {"meg_gallo": "Meg"},
    "notes": [
        (1501, "2026-02-14 22:00", "+08:00",
         "joint job with Border Force at the airport today, we just did the arrest at the end. they do the paperwork, we do the cells 😅", {}),
        (1502, "2026-03-03 18:30", "+08:00", "3kg seized from a car on the freeway last night, proud of our crew #wapolice", {}),
        (1503, "2026-03-27 17:15", "+08:00", "my sergeant says I'm the best at the station coffee run. career highlight", {}),
        (1504, "2026-04-19 20:40", "+08:00", "the police system crashed mid-shift and we went back to paper like it's 1995", {}),
        (1505, "2026-05-09 16:00", "+08:00", "netball grand final with @meg_gallo (Meg Gallo) 🏆 wing defence forever",
         {"mentions": ["meg_gallo"]}),
        (1506, "2026-06-01 19:20", "+08:00", "hubby Rob built the kelpies a new kennel. it's nicer than our bathroom", {}),
        (1507, "2026-06-22 08:30", "+08:00", "frosty morning on our street in Currambine, kelpies unimpressed",
         {"images": [("kelpies.jpg", "two kelpies on the frosty front lawn")]}),
    ],
}

PHOTOS = [
    Photo("kelpies.jpg", HOME[0] - 0.00005, HOME[1] + 0.00004, 30.0, "2026:06:22 08:14:37", "+08:00",
          "kelpies on the front lawn", (180, 140, 80), "Samsung", "Galaxy S22"),
]
