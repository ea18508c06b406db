"""Corey Baxendale (FICTIONAL): Border Force officer at Port Hedland, separated, on the pokies. Set 4, blind."""
import sys

_mp = sys.modules["_demo_make_photos"]
Photo, near = _mp.Photo, _mp._near

NAME = "Corey Baxendale"
HOME = (-20.4090, 118.6030)     # an ordinary street, South Hedland (rounded)
WHARF = (-20.3125, 118.5765)    # the public port area, Port Hedland

ACTIVITYPUB = {
    "handle": "baxo_pilbara",
    "summary": "<p>Pilbara life 🌅 red dirt, barra, footy. ABF - opinions my own lol</p>",
    "notes": [
        (6101, "2026-01-08 19:20", "+08:00",
         "Another week on the wharf at Port Hedland. 41 degrees and the iron ore dust gets in everything #pilbara", {}),
        (6102, "2026-01-15 21:05", "+08:00",
         "Bulk carrier crew search today, found 2.1 kilos of ice taped up behind the panels in the bosun's locker. "
         "Ship's still alongside at berth 3 and the crew are confined on board till the AFP finish. Good day for the team 💪", {}),
        (6103, "2026-01-20 17:45", "+08:00",
         "New roster's out. 14 on 7 off, days 0600 to 1800 out of the port office, then the early Qantas to Perth "
         "every third Sunday. Living the dream 🙃", {}),
        (6104, "2026-02-01 18:40", "+08:00",
         "Sunset off the back verandah. Cockatoos going off. Our street in South Hedland still half flooded from the cyclone",
         {"images": [("verandah.jpg", "sunset over a back fence")]}),
        (6105, "2026-02-10 22:30", "+08:00",
         "Missus has taken the kids back down to Bunbury for good. House is very quiet. Tavern it is I guess", {}),
        (6106, "2026-02-14 20:10", "+08:00",
         "Miss my little legends Jayden and Ruby-Lee heaps. Jayden's first game for Bunbury Juniors on Sat and I'm stuck up here on shift",
         {}),
        (6107, "2026-02-22 23:55", "+08:00",
         "Down $1,400 on the pokies at the tavern this week and the credit card's maxed. Nah she'll be right, payday Thursday", {}),
        (6108, "2026-03-01 09:15", "+08:00",
         "Shout out to my fishing mate Tonka (Troy Mancuso) who landed a metre barra at Pretty Pool Saturday arvo 🎣 @tonka_fish",
         {"mentions": ["tonka_fish"]}),
        (6109, "2026-03-04 20:00", "+08:00",
         "Farewell drinks Friday for our Sarge Wendy Oakes, 22 years in Customs and ABF. Absolute legend, the office won't be the same", {}),
        (6110, "2026-03-09 19:30", "+08:00",
         "Heads up to the boys at the Hedland office, all leave's cancelled 18th to 25th for the boarding op on the incoming "
         "Panamax ships out of Indonesia, so no Broome trip for me", {}),
        (6111, "2026-03-12 16:00", "+08:00", "Hot. Very hot.", {}),
        (6112, "2026-03-15 20:45", "+08:00",
         "Watching Border Security reruns with a cold one. Those Sydney airport blokes have it easy haha", {}),
        (6113, "2026-03-20 12:10", "+08:00",
         "Selling the tinny, 4.2m with 30hp Yammy, $6500 ono. Text me 0491 570 312", {}),
        (6114, "2026-03-27 10:30", "+08:00", "Morning at work, not a bad office view",
         {"images": [("wharf-view.jpg", "ore carriers at the wharf")]}),
    ],
    "others": {"tonka_fish": "Troy Mancuso"},
}

PHOTOS = [
    Photo("verandah.jpg", *near(HOME, 6, -9), 9.0, "2026:02:01 18:35:10", "+08:00",
          "back verandah at sunset", (220, 120, 60)),
    Photo("backyard-bbq.jpg", *near(HOME, -12, 14), 9.0, "2026:02:07 19:50:02", "+08:00",
          "backyard barbecue", (140, 80, 40)),
    Photo("wharf-view.jpg", *near(WHARF, 20, 30), 5.0, "2026:03:27 10:22:41", "+08:00",
          "ore carriers at the wharf", (90, 60, 50)),
]
