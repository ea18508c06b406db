"""Tahlia Vettori (FICTIONAL): 22, phone operator at a Home Affairs contact centre in Brisbane; emoji, hashtags, a place-tagged post."""
import sys
_p = sys.modules["_demo_make_photos"]
Photo, near = _p.Photo, _p._near

NAME = "Tahlia Vettori"

ACTIVITYPUB = {'handle': 'tahliav',
 'display_name': 'tahls 💅',
 'summary': '<p>22 🌸 on the phones for Home Affairs 📞 by day, pilates girlie by night 🧘\u200d♀️ #bne</p>',
 'fields': [['email', 'tahlia.vettori@homeaffairs.gov.au'], ['insta', 'closed sorry x']],
 'notes': [(601, '2026-05-01 08:00', '+10:00', 'friyay 💃', {}),
           (602,
            '2026-05-05 12:40',
            '+10:00',
            'lunch in the sun outside the contact centre on Ann St 🌞🥗 #cbdlife',
            {}),
           (603,
            '2026-05-11 18:10',
            '+10:00',
            "200 calls today abt visa delays 😵 we have to say 'processing times vary' even when the file's "
            'been sitting 14 months 🙃🙃 #callcentrelife',
            {}),
           (604,
            '2026-05-18 19:30',
            '+10:00',
            "lowkey wild that i can see someone's whole visa history on my screen lol. and half the floor "
            'still uses Welcome1 as the password 💀',
            {}),
           (605,
            '2026-05-25 17:20',
            '+10:00',
            'my TL Grant Mabbott brought in donuts 🍩 best TL ever ngl',
            {}),
           (606,
            '2026-06-01 20:00',
            '+10:00',
            'RDO every second friday 🙌 + pilates 6pm tuesdays at Studio Flow in Paddington = my whole '
            'personality 🧘\u200d♀️✨',
            {}),
           (607,
            '2026-06-09 21:15',
            '+10:00',
            'new candles in our flat 🕯️ stones corner cosy szn',
            {'location': ['Stones Corner', -27.4983, 153.0468]}),
           (608,
            '2026-06-16 22:00',
            '+10:00',
            "my little bro Jesse's year 12 formal at Coorparoo Secondary 🥹🕺 where did the time go",
            {}),
           (609, '2026-06-23 19:40', '+10:00', 'bestie Ellie aka Elz turned 23 🎂🥂 ily', {}),
           (610,
            '2026-06-30 21:30',
            '+10:00',
            'rent went up $80 a week 😭 payday loan to cover it this month #brokegirl era',
            {}),
           (611, '2026-07-07 20:00', '+10:00', 'mum watching Border Security reruns again 😂', {}),
           (612,
            '2026-07-14 18:00',
            '+10:00',
            "picking up Elz from the airport, she's cabin crew now ✈️💖",
            {})]}

PHOTOS = [
]
