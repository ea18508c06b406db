"""Tina Chen (FICTIONAL): APS trainee at the Home Affairs Hobart office, living in Glenorchy; posts mixing Mandarin
and English, two photos at home. Everything is invented."""
import sys

_mp = sys.modules["_demo_make_photos"]
Photo, near = _mp.Photo, _mp._near

NAME = "Tina Chen"
HOME = (-42.83150, 147.27620)   # a residential street in Glenorchy, rounded

ACTIVITYPUB = {
    "handle": "tinachen_tas",
    "display_name": "Tina 陈雨桐",
    "summary": "<p>APS trainee @ Home Affairs 🐨 | 格林诺奇 Glenorchy | 奶茶 addict</p>",
    "fields": [("WeChat", "tinachen_tas_wx")],
    "notes": [
        (8301, "2026-02-06 18:20", "+11:00",
         "First week done!! 哈哈 so many acronyms. My buddy Simon Tafa showed me the Green Screen (the old mainframe "
         "visa system). My login took 3 weeks because the security pass and the token came on different days 😅", {}),
        (8302, "2026-02-12 07:25", "+11:00",
         "Bus from Glenorchy at 7:20, in at the Hobart office by 7:55. 早上好 Hobart, so cold in February??", {}),
        (8303, "2026-02-26 17:50", "+11:00",
         "Today I sat in with the student visa team. 900 applications waiting and half from one agent they think "
         "is dodgy 🤫 好有意思", {}),
        (8304, "2026-03-08 13:00", "+11:00",
         "包饺子 at home with 妈妈! Mum (Li Hua) flew in from Shenzhen for a month 🥟",
         {"images": [("dumplings.jpg", "making dumplings at home")]}),
        (8306, "2026-04-03 19:10", "+11:00",
         "Boba after work with my 好朋友 from uni. We walked past the department store and bought nothing 😂", {}),
        (8307, "2026-04-11 16:00", "+10:00",
         "Mum's last weekend here, hotpot on the back step 😭",
         {"images": [("hotpot.jpg", "hotpot on the back step")]}),
    ],
}

PHOTOS = [
    Photo("dumplings.jpg", *near(HOME, 4, 7), 40.0, "2026:03:08 12:41:09", "+11:00", "making dumplings at home", (230, 220, 200)),
    Photo("hotpot.jpg", *near(HOME, -9, -4), 40.0, "2026:04:11 15:30:55", "+10:00", "hotpot on the back step", (200, 60, 40)),
]
