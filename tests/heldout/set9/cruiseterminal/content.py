"""Jayde Karaitiana (FICTIONAL): 27, Border Force officer at the Brisbane cruise terminal; emoji and hashtags."""
import sys
_p = sys.modules["_demo_make_photos"]
Photo, near = _p.Photo, _p._near

NAME = "Jayde Karaitiana"

ACTIVITYPUB = {'handle': 'jaydek',
 'display_name': 'Jayde K 🌺',
 'summary': '<p>ABF officer 🛳️ | Wynnum girl 🌊 | multis + matcha | she/her</p>',
 'fields': [['snap', 'jaydek.27'], ['vibes', '☀️🌊🏉']],
 'notes': [(101,
            '2026-05-03 19:20',
            '+10:00',
            '3 ships in 4 days at BICT 😵\u200d💫 the cruise terminal at Luggage Point is WILD when the big '
            'one comes in. feet = dead #shiftlife #cruiseseason',
            {}),
           (102,
            '2026-05-05 04:58',
            '+10:00',
            'earlies this week 🥲 4:15 alarm, on the Port of Brisbane Mwy by 4:50, park in the staff lot '
            'behind the terminal and pray the coffee van is open ☕',
            {}),
           (103,
            '2026-05-09 22:40',
            '+10:00',
            'worked a double with Mitch Ngata today, absolute legend 🙌 carried me thru the afternoon ship '
            'lol #teamwork',
            {}),
           (104,
            '2026-05-14 17:05',
            '+10:00',
            'not me finding 6 kilos in the lining of her suitcase on the gangway 😳😳 dog sat down and that '
            'was that. cant say more but WOW #seizure #goodgirl',
            {}),
           (105,
            '2026-05-20 11:30',
            '+10:00',
            'passenger processing system dropped out for 40 mins again 🙃 manual referrals on paper like its '
            "1995. IT said 'known issue' 💀",
            {}),
           (106,
            '2026-05-26 20:15',
            '+10:00',
            "next tues we're doing a full crew muster check on the big ship and there's only 5 of us "
            'rostered lol pray for me 🙏',
            {}),
           (107,
            '2026-06-01 21:00',
            '+10:00',
            'afterpay + zip + the credit card all due the same week 💀💀 payday cant come quick enough '
            '#adulting',
            {}),
           (108,
            '2026-06-06 17:40',
            '+10:00',
            'wynnum sunsets from the balcony never miss 🧡',
            {'images': [['wynnum-sunset.jpg', 'sunset from the balcony']]}),
           (109,
            '2026-06-13 16:55',
            '+10:00',
            '$20 multi, 6 legs up and the LAST one lets me down 😭😭 going again sat obvs',
            {}),
           (110,
            '2026-06-20 12:10',
            '+10:00',
            'shout out to my mumma Rangi for her 60th 🎉 love you to the moon 🌙',
            {}),
           (111,
            '2026-06-27 18:30',
            '+10:00',
            'balcony wines with @kiri_b before the Seagulls game 🍷🏉',
            {'images': [['wynnum-balcony.jpg', 'two glasses on the balcony']]}),
           (112,
            '2026-07-02 21:10',
            '+10:00',
            'rewatching old Border Security eps and yelling at the tv 😂',
            {}),
           (113, '2026-07-05 09:00', '+10:00', 'sunday = matcha + nothing ✨', {})]}

PHOTOS = [
    Photo("wynnum-sunset.jpg", -27.44555, 153.1694, 9.0, "2026:06:06 17:38:10", "+10:00", "sunset from the balcony", (230, 120, 60)),
    Photo("wynnum-balcony.jpg", -27.44566, 153.16958, 9.0, "2026:06:27 18:25:44", "+10:00", "two wine glasses on the balcony", (120, 30, 60)),
]
