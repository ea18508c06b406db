"""Kane Sorensen (FICTIONAL): 29, Border Force escort officer on removals, Melbourne; gym selfies and footy bets."""
import sys
_p = sys.modules["_demo_make_photos"]
Photo, near = _p.Photo, _p._near

NAME = "Kane Sorensen"

ACTIVITYPUB = {'handle': 'kanesorensen',
 'display_name': 'Kane 🏋️',
 'summary': '<p>Border Force 🇦🇺 | escorts ✈️ | lift heavy 🏋️ | Bombers tragic ❤️🖤</p>',
 'notes': [(501, '2026-05-02 09:00', '+10:00', 'leg day 🦵🔥', {}),
           (502,
            '2026-05-07 15:30',
            '+10:00',
            'back at Tulla after 3 days in the air ✈️😴 ops office smells like old coffee and regret',
            {}),
           (503,
            '2026-05-12 21:40',
            '+10:00',
            "escorting two removees to Colombo on thursday's flight, 3 of us + a medic. long one 😮\u200d💨 "
            '#escortlife',
            {}),
           (504, '2026-05-19 20:00', '+10:00', 'charter next month, 40+ going. big one. keep it quiet 🤐', {}),
           (505,
            '2026-05-29 23:30',
            '+10:00',
            'farewell drinks for Gaz Wellings 🍻 30 yrs in. taught me everything. legend 🫡',
            {}),
           (506, '2026-06-03 05:20', '+10:00', '5:30am Mon/Wed/Fri no excuses 💪 #grind', {}),
           (507,
            '2026-06-08 16:10',
            '+10:00',
            "ute finally washed 🚙✨ Niddrie's cleanest driveway",
            {'images': [['ute.jpg', 'ute in the driveway']]}),
           (508, '2026-06-14 19:00', '+10:00', '12 months til I marry this one 💍 love you Sofia ❤️', {}),
           (509,
            '2026-06-21 22:10',
            '+10:00',
            "@benny_t said yes to best man 🤝 god help us at the buck's",
            {'mentions': ['benny_t']}),
           (510,
            '2026-06-27 11:00',
            '+10:00',
            'meet Ziggy 🐶 our new border collie x kelpie, already ate a thong',
            {'images': [['pup.jpg', 'puppy on the lawn']]}),
           (511,
            '2026-07-05 22:50',
            '+10:00',
            'down 3k on the footy this month 😬 chasing it back this weekend, trust the process',
            {}),
           (512,
            '2026-07-12 20:20',
            '+10:00',
            'wedding on a personal loan at 19% 😬 love is expensive lads',
            {}),
           (513, '2026-07-19 14:00', '+10:00', 'new customs exhaust on the ute sounds filthy 🔊', {})]}

PHOTOS = [
    Photo("ute.jpg", -37.73475, 144.88754, 70.0, "2026:06:08 16:02:30", "+10:00", "ute in the driveway", (60, 60, 70)),
    Photo("pup.jpg", -37.73484, 144.88744, 70.0, "2026:06:27 10:55:12", "+10:00", "puppy on the lawn", (90, 150, 60)),
]
