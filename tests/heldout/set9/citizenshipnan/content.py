"""Lorraine Vukovic (FICTIONAL): 63, Home Affairs citizenship officer in Hobart; a proud nan's emoji posts and garden photos."""
import sys
_p = sys.modules["_demo_make_photos"]
Photo, near = _p.Photo, _p._near

NAME = "Lorraine Vukovic"

ACTIVITYPUB = {'handle': 'lorrainev',
 'display_name': 'Lorraine 🌹',
 'summary': '<p>Nanna x2 💕 Gardener 🌹 Home Affairs 22 yrs 💙 Tassie born and bred</p>',
 'notes': [(301, '2026-05-02 10:00', '+10:00', 'Good morning everyone ☀️☕', {}),
           (302,
            '2026-05-06 17:30',
            '+10:00',
            'Lovely morning tea at the Hobart office for Harmony Week 🥮🌏 so many yummy plates!! #proud',
            {}),
           (303,
            '2026-05-14 19:45',
            '+10:00',
            "Ran the test room all week 📝 and 19 of 60 failed the test, the most I've seen 😮 then 42 new "
            'Aussies at the ceremony Friday 🇦🇺💙',
            {}),
           (304,
            '2026-05-21 20:10',
            '+10:00',
            "New booking system went live 🙄 my login locks after 3 goes so it's on a sticky note under the "
            'keyboard now 🙈 Priya Sandhu my team leader would have a fit 😂',
            {}),
           (305,
            '2026-05-30 18:00',
            '+10:00',
            '40 years today with my better half Des 💍❤️ still makes me a cuppa every morning',
            {}),
           (306,
            '2026-06-07 16:20',
            '+10:00',
            "Ollie's first goal for the Under 8s ⚽🥅 Nanna screamed the loudest 😂",
            {}),
           (307,
            '2026-06-19 20:30',
            '+10:00',
            "Mia's dance concert at Lenah Valley Primary 🩰✨ she was the best little snowflake ❄️",
            {}),
           (308,
            '2026-07-04 14:10',
            '+10:00',
            'Winter roses still going in our street in Lenah Valley 🌹 the garden is my happy place',
            {'images': [['roses.jpg', 'roses in the garden']]}),
           (309,
            '2026-07-18 07:40',
            '+10:00',
            'Frosty garden this morning brrrr 🥶',
            {'images': [['frost.jpg', 'frost on the garden']]}),
           (310,
            '2026-07-22 08:30',
            '+10:00',
            'Aqua aerobics Tuesday and Thursday 6:30am at the pool keeps these old knees going 💪😅',
            {}),
           (311, '2026-08-01 15:00', '+10:00', 'Bargains at the department store today 🛍️', {}),
           (312, '2026-08-09 11:20', '+10:00', 'Planted a border of lavender along the path 💜', {})]}

PHOTOS = [
    Photo("roses.jpg", -42.86016, 147.29545, 120.0, "2026:07:04 14:02:11", "+10:00", "roses in the garden", (180, 40, 60)),
    Photo("frost.jpg", -42.86025, 147.29556, 120.0, "2026:07:18 07:35:02", "+10:00", "frost on the garden", (200, 210, 220)),
]
