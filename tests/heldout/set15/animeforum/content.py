"""Declan Huynh (FICTIONAL): 23, Home Affairs ICT service desk analyst in Canberra; an anime fan forum, thread pages.
Lowercase, typos. Every name, handle, number and address is invented.
"""
NAME = "Declan Huynh"

FORUM = {
    "site": "Capital Otaku Forums",
    "user": "dekuhuynh",
    "path": "/forum/u/dekuhuynh/",
    "about": ["23. seasonal watcher. canberra con every year. discord dekuhuynh#0451, or dek.h@anime.example"],
    "posts": [
        ("1201", "2026-02-02 21:00", "+11:00", "winter season tier list",
         ["frieren s2 S tier no notes. everything else is vibes"]),
        ("1202", "2026-02-15 22:30", "+11:00", "anyone else work help desk irl",
         ["i do level 1 service desk at home affairs and omg. half the password resets we just set to the same "
          "default and tell ppl to change it, nobody does. the VDI has been falling over every monday since the "
          "citrix upgrade"]),
        ("1203", "2026-03-01 20:10", "+11:00", "cosplay group for canberra con",
         ["me + my housemate Liam Doherty doing a spy x family group, need a yor. we live near the Tuggeranong "
          "skate park so can host fittings"]),
        ("1204", "2026-03-14 23:40", "+11:00", "rant: work",
         ["we got told the whole desk is being outsourced to the vendor by september. my manager Teresa Moulds "
          "basically confirmed it in standup. 14 of us. so thats fun"]),
        ("1205", "2026-03-28 19:30", "+11:00", "watch party?",
         ["every wednesday after work 6pm at Liam's and mine, bring snacks. ps the new TRIM sorry i mean records "
          "thing at work ate my whole timesheet lol"]),
        ("1206", "2026-04-10 21:00", "+11:00", "sale",
         ["selling my border collie plushie + 3 nendoroids, pickup only"]),
    ],
}
