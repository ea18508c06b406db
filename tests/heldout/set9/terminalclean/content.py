"""Mercy Adjei (FICTIONAL): NEGATIVE CONTROL. Cleaner at Adelaide Airport for a private contractor; a single mum's posts and photos."""
import sys
_p = sys.modules["_demo_make_photos"]
Photo, near = _p.Photo, _p._near

NAME = "Mercy Adjei"

ACTIVITYPUB = {'handle': 'mercya',
 'display_name': 'Mama Mercy 🇬🇭',
 'summary': '<p>Mum of 2 👑👑 | hard work pays 💪 | Ghana 🇬🇭 ➡️ Radelaide 🇦🇺</p>',
 'notes': [(1201, '2026-05-02 11:00', '+09:30', 'God is good 🙏', {}),
           (1202,
            '2026-05-10 12:00',
            '+09:30',
            'My babies Kwame and Abena made me breakfast in bed 🥹💕 #mothersday',
            {}),
           (1203,
            '2026-05-17 18:30',
            '+09:30',
            'Sunday jollof in the backyard, Mansfield Park smells like home 🍛🔥',
            {'images': [['jollof.jpg', 'pot of jollof rice in the backyard']]}),
           (1204,
            '2026-05-24 21:00',
            '+09:30',
            'nights again 10pm-6am, bus at 9:15 😴 Border Force officers always say good morning at 4am, nice '
            'people 😊',
            {}),
           (1205,
            '2026-06-01 16:00',
            '+09:30',
            'Girls day with Grace Owusu 💅 my sister from another mister',
            {}),
           (1206,
            '2026-06-14 10:30',
            '+09:30',
            'Washing day ☀️ backyard full',
            {'images': [['washing.jpg', 'washing line in the backyard']]}),
           (1207,
            '2026-06-28 22:10',
            '+09:30',
            'behind on the car loan and the credit card is full 😔 praying for overtime',
            {}),
           (1208,
            '2026-07-05 20:00',
            '+09:30',
            'Cleaned the customs area twice tonight, got my Airport ID renewed finally 🪪',
            {}),
           (1209, '2026-07-12 15:00', '+09:30', "Neighbour's border collie keeps visiting 🐕", {}),
           (1210, '2026-07-19 14:00', '+09:30', 'School holiday shopping at the department store 🛍️', {})]}

PHOTOS = [
    Photo("jollof.jpg", -34.85475, 138.55226, 20.0, "2026:05:17 18:22:40", "+09:30", "jollof in the backyard", (200, 80, 30)),
    Photo("washing.jpg", -34.85483, 138.55236, 20.0, "2026:06:14 10:25:10", "+09:30", "washing line", (220, 220, 240)),
]
