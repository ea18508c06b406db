"""Danielle Kovac (FICTIONAL): a visa processing officer in Adelaide; proud mum of three, buy-now-pay-later debt,
signed up to the school app with her work email.

A Mastodon-style account full of emoji and hashtags, and photos with EXIF GPS from her backyard in
Kurralta Park. Every name, handle, number, email and point is invented; the home point is a rounded spot
on an ordinary street.
"""
import importlib.util
import sys
from pathlib import Path


def _helpers():
    mod = sys.modules.get("_demo_make_photos")
    if mod is None:
        path = Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py"
        spec = importlib.util.spec_from_file_location("_demo_make_photos", path)
        mod = importlib.util.module_from_spec(spec)
        sys.modules["_demo_make_photos"] = mod
        spec.loader.exec_module(mod)
    return mod


Photo, near = _helpers().Photo, _helpers()._near

NAME = "Danielle Kovac"
HOME = (-34.95010, 138.56640)        # a residential street in Kurralta Park SA, rounded

ACTIVITYPUB = {
    "handle": "dani_k_adl",
    "display_name": "Dani K 💕",
    "summary": "<p>Proud mum of three 💕 Ava, Zoe &amp; Luka | wife to Marko | visa processing officer @ Home Affairs 💼 | "
               "netball, coffee, wine (in that order) | Adelaide ☀️</p>",
    "notes": [
        (6101, "2026-01-11 10:15", "+10:30",
         "Sunday brekkie in the backyard with my crew 🥰🥞 #blessed #sundayvibes",
         {"images": [("backyard-brekkie.jpg", "pancakes on the outdoor table")]}),
        (6102, "2026-01-28 08:40", "+10:30",
         "First day back! Ava into year 5, Zoe year 3, and my baby Luka starting reception at Goodwood Primary 😭😭 "
         "drop off at 8:15 then straight into the office, who cut the onions 🧅",
         {"images": [("first-day.jpg", "three kids in school uniform at the front door")]}),
        (6103, "2026-02-04 17:50", "+10:30",
         "Our little street in Kurralta Park smells like everyone's BBQ tonight 🔥 love summer",
         {"images": [("street-bbq.jpg", "smoke over the back fence at dusk")]}),
        (6104, "2026-02-12 12:30", "+10:30",
         "Backlog is INSANE 😵 11,000 partner visa applications sitting in our queue and they've cut 6 of us from the team. "
         "Grant targets went up again too. Love that for us 🙃", {}),
        (6105, "2026-02-19 14:05", "+10:30",
         "ICSE crashed AGAIN 🙄 couldn't finalise a single grant till 2pm. Apparently the new Salesforce-based system "
         "is coming next year and it'll fix everything. Sure Jan 🙄", {}),
        (6106, "2026-02-26 20:40", "+10:30",
         "Afterpay, Zip AND Klarna all due Friday 😩 four payments, one pay cycle. Who else is robbing Peter to pay Paul "
         "this month 🙋‍♀️ #mumlife #brokemum", {}),
        (6107, "2026-03-03 19:20", "+10:30",
         "LOL accidentally signed up for the school canteen app with my work email (dani.kovac@homeaffairs.gov.au) "
         "and now I get lunch order reminders in between visa grants 🤦‍♀️", {}),
        (6108, "2026-03-10 21:00", "+10:30",
         "Huge shout out to my bestie Jess Waldron for Zoe's unicorn cake 🦄🎂 you are a LEGEND @jesswaldron_cakes",
         {"mentions": ["jesswaldron_cakes"]}),
        (6109, "2026-03-17 18:10", "+10:30",
         "Tuesdays and Thursdays 6pm netball at Mile End, can't miss it, it's my therapy 🏐💪", {}),
        (6110, "2026-04-02 16:00", "+10:30",
         "Date night with Marko ❤️ 12 years and he still can't pick a restaurant 😂", {}),
        (6111, "2026-04-20 12:10", "+09:30",
         "Our team at the Grenfell Street office won the morning tea bake off 🏆 (it was my lemon slice, obviously)", {}),
        (6112, "2026-05-01 09:00", "+09:30", "Cold this morning brrr 🥶☕", {}),
        (6113, "2026-05-08 19:30", "+09:30",
         "Watching the Border Patrol reruns with the kids, Luka wants to be a sniffer dog when he grows up 🐶😂", {}),
        (6114, "2026-05-15 11:45", "+09:30",
         "Marko's mum (the best MIL ever) has the kids this arvo so it's a spa day for me 🧖‍♀️", {}),
    ],
    "others": {"jesswaldron_cakes": "Jess Waldron Cakes"},
}

PHOTOS = [
    Photo("backyard-brekkie.jpg", *near(HOME, 5, -8), 40.0, "2026:01:11 10:02:44", "+10:30",
          "pancakes on the outdoor table", (240, 200, 120)),
    Photo("first-day.jpg", *near(HOME, 14, 3), 40.0, "2026:01:28 08:05:12", "+10:30",
          "three kids at the front door in uniform", (30, 60, 140)),
    Photo("street-bbq.jpg", *near(HOME, -10, 12), 40.0, "2026:02:04 17:41:55", "+10:30",
          "smoke over the back fence", (180, 90, 50)),
]
