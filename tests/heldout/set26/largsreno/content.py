"""Jodie Kranz (FICTIONAL): Border Force officer boarding ships at Outer Harbor, SA, 41; a home-renovation diary.

A microformats2 renovation blog with RSS, a Mastodon-style account, and photos with GPS taken at home.
Every name, handle, number and address is invented; the home point is a rounded spot on an ordinary street.
"""
import sys

_mp = sys.modules["_demo_make_photos"]
Photo, near = _mp.Photo, _mp._near

NAME = "Jodie Kranz"
HOME = (-34.8204, 138.4962)

BLOG = {
    "path": "blog",
    "title": "Fibro to Fab: the Largs Reno",
    "card_note": "One 1950s fibro cottage, one stubborn woman, one hubby who owns a nail gun. Renovating on weekends and days off.",
    "posts": [
        ("we-bought-it", "2026-01-18 19:00", "+10:30", "We bought a fibro shack",
         ["Settled today! Our little 1950s fibro on our street in Largs North, three blocks back from the Esplanade. "
          "Hubby Darren (Macca to everyone who has ever met him) is already measuring up for the deck.",
          "My stepdaughter Kiara has claimed the back bedroom and wants it painted black. We will negotiate."],
         ["reno", "fibro"], None),
        ("asbestos-day", "2026-02-07 18:30", "+10:30", "Asbestos day (the boring but important one)",
         ["The licensed removalists took the old eaves sheets away in a sealed skip. Nobody watch The Block and think "
          "you can skip this bit.",
          "Kiara's netball was rained out so she helped me bag the garden rubbish. Paid in hot chips."],
         ["reno", "safety"], None),
        ("tiles", "2026-03-01 20:10", "+10:30", "Bathroom tiles are IN",
         ["Massive shout out to my tiler mate Bronte Fazekas who gave up two Saturdays for mate's rates. Legend.",
          "Fair warning, the bathroom alone went $9k over. Bunnings knows me by name."],
         ["bathroom"], None),
        ("the-money-post", "2026-04-19 21:40", "+09:30", "The money post nobody wants to write",
         ["Honest update. The reno has blown out by 40 grand. I've maxed two credit cards, the personal loan is "
          "drawn to the last cent and the Afterpay on the oven is three payments behind.",
          "Macca says it's fine. It is not fine. If anyone knows a way to make ten grand by June, I'm all ears."],
         ["money", "reno"], None),
        ("shifts-and-skirting", "2026-05-10 17:15", "+09:30", "Skirting boards between shifts",
         ["People ask how I get anything done. I work 4 on 4 off with Border Force, so the four off are reno days. "
          "Earlies start 0600 and I park in the gravel lot by the Outer Harbor passenger terminal, so I'm home by "
          "half four to cut skirting before the light goes.",
          "This week I swapped a shift with my 2IC Stavros Pappas so I could be here for the plumber."],
         ["life", "skirting"], None),
        ("passed-over", "2026-06-14 22:05", "+09:30", "Not a reno post",
         ["Passed over for the acting supervisor job again, third time. Twelve years in and management hands it to "
          "a bloke with four. I'll paint something angry this weekend.",
          "Kiara made me a cuppa without being asked. Small wins."],
         ["rant"], None),
        ("for-sale", "2026-07-05 12:00", "+09:30", "Old vanity free to a good home",
         ["The 1970s pink vanity is free to anyone who wants it, pick up from Largs North. Text 0491 570 218."],
         ["free stuff"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "jodiek_reno",
    "summary": "<p>Reno diary spillover. Fibro, paint, swearing. SA.</p>",
    "notes": [
        (2601, "2026-01-25 10:15", "+10:30", "Demo day. The kitchen wall is now a kitchen hole. 🔨 #reno #fibro",
         {"images": [("kitchen-hole.jpg", "A half-demolished kitchen wall")]}),
        (2602, "2026-02-14 19:00", "+10:30", "Valentine's was a sausage sizzle on the new deck frame. Romance is alive.", {}),
        (2603, "2026-03-22 08:30", "+10:30",
         "Beautiful morning on the ships. Bulk carrier in at 5, we were on board by 6. Back to painting tomorrow.", {}),
        (2604, "2026-04-04 16:45", "+10:30", "Deck boards down! Macca did the hard bit, I supervised with a coffee ☕",
         {"images": [("deck.jpg", "New merbau deck in a small backyard")]}),
        (2605, "2026-05-24 13:20", "+09:30",
         "Work brag nobody asked for: we pulled 14 kilos of meth out of the ballast void on a bulk carrier last "
         "month. The dog found it, we got the glory.", {}),
        (2606, "2026-06-28 09:00", "+09:30", "Rain. Nothing to report. Watching the gutters overflow.", {}),
        (2607, "2026-07-12 15:30", "+09:30", "Front garden done, finally. Street appeal!!",
         {"images": [("front-garden.jpg", "A fibro cottage front garden with new lawn")]}),
    ],
}

PHOTOS = [
    Photo("kitchen-hole.jpg", *near(HOME, 6, -4), 8.0, "2026:01:25 10:02:11", "+10:30",
          "half-demolished kitchen wall", (150, 120, 90)),
    Photo("deck.jpg", *near(HOME, -12, 5), 8.0, "2026:04:04 16:31:40", "+10:30",
          "new deck in the backyard", (120, 70, 40)),
    Photo("front-garden.jpg", *near(HOME, 14, 2), 8.0, "2026:07:12 15:22:05", "+09:30",
          "front garden, new lawn", (60, 140, 60)),
]
