"""Ethan Lau (FICTIONAL): 23, Border Force officer at Canberra Airport.

An anime fandom account (Mastodon-style), terse and lowercase; one post place-tagged at his flat.
Every name, handle and point is invented; the point is rounded to a street.
"""
NAME = "Ethan Lau"

HOME = ("Downer", -35.2450, 149.1440)

ACTIVITYPUB = {
    "handle": "lau_desu",
    "display_name": "ethan (mecha enjoyer)",
    "summary": "<p>🛂 ABF | weeb | cbr | mostly mecha, sometimes slice of life</p>",
    "notes": [
        (4601, "2026-03-04 05:10", "+11:00",
         "earlies this week, 0430 start. the airport at this hour is just me and the cleaners", {}),
        (4602, "2026-03-18 17:45", "+11:00",
         "2 of us on the desk for the singapore flight tonight lol, 300 pax. pray for us", {}),
        (4603, "2026-04-09 19:30", "+10:00",
         "finally in uniform at canberra airport for a whole month without being borrowed to sydney 🙏", {}),
        (4604, "2026-04-26 15:20", "+10:00",
         "new figure arrived, shelf tour from the flat later 📦", {"location": HOME}),
        (4605, "2026-05-08 23:50", "+10:00",
         "$600 on gacha pulls this month. i have a problem. anyway rent is a social construct", {}),
        (4606, "2026-05-21 20:10", "+10:00",
         "me and @kuroneko_ash (Ash Moreno) doing gundam cosplay at the con in june, foam everywhere", {"mentions": ["kuroneko_ash"]}),
        (4608, "2026-06-12 21:40", "+10:00",
         "discord: lau.desu if u want to watch the ep together", {}),
        (4609, "2026-06-20 22:30", "+10:00",
         "attack on titan rewatch. the wall garrison are the real border force ngl", {}),
    ],
    "others": {"kuroneko_ash": "Ash Moreno"},
}
