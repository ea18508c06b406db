"""Dale Kucera (FICTIONAL): Border Force officer, Port of Townsville, 38; a footy-tipping forum, posts inline."""
NAME = "Dale Kucera"

FORUM = {
    "site": "North Qld Tipping Comp",
    "user": "dalek_tips",
    "path": "/comp/u/dalek_tips/",
    "inline": True,
    "about": ["Cowboys tragic. Border Force townsville, dont hold it against me. signed up with me work email "
              "dale.kucera@abf.gov.au coz the gmail was playing up lol"],
    "posts": [
        ("301", "2026-03-05 20:40", "+10:00", "rd 1 tips",
         ["Cowboys by 12, Broncos, Storm, Dolphins. cant see past the home side at the Aitkenvale tavern tipping "
          "night, its a 2 min walk from ours so no excuses"]),
        ("302", "2026-03-12 21:15", "+10:00", "who's running this yr",
         ["same as last yr, the missus Kerry (Kez) does the spreadsheet, i just yell at the telly. txt me 0491 570 318 "
          "if ur late paying in"]),
        ("303", "2026-03-26 22:05", "+10:00", "rd 3 carnage",
         ["shout out to Blakey (Josh Blake) 7 from 8, jammy bugger. buying the jugs at the Aitkenvale next thurs"]),
        ("304", "2026-04-09 23:30", "+10:00", "off topic rant sorry",
         ["worked the bulk carrier at berth 10 sunday, Port of Townsville, two of us for the whole ship and the "
          "super says no OT. last month we pulled 4 kg of ice out of an engine room void on the same run and "
          "STILL no extra body. and the cargo system (ICS) was down all arvo so we couldnt even see the manifest. "
          "my 2IC Trent Vella reckons its a joke and hes right"]),
        ("305", "2026-04-16 19:50", "+10:00", "rd 6",
         ["Vella wants in for the back half of the season, cool? 4 on 4 off for me, days start 0600, so ill post tips "
          "on me off days"]),
        ("306", "2026-05-07 22:45", "+10:00", "multis",
         ["anyone else doing multis on top of the comp? im down 2.4k on the punt this season. missus doesnt know, "
          "keep it that way haha"]),
        ("307", "2026-05-14 20:00", "+10:00", "border collie for sale?",
         ["mate's border collie had pups, anyone keen dm. nothing to do with work before anyone asks"]),
    ],
}
