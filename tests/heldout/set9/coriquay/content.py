"""Oskar Lindqvist (FICTIONAL): 28, Border Force maritime officer, Geelong; terse surf posts with hashtags."""
import sys
_p = sys.modules["_demo_make_photos"]
Photo, near = _p.Photo, _p._near

NAME = "Oskar Lindqvist"

ACTIVITYPUB = {'handle': 'oskl',
 'display_name': 'Osk 🏄',
 'summary': '<p>Maritime @ Border Force. Surf &gt; sleep. 🌊 #geelong</p>',
 'notes': [(1301, '2026-05-03 07:10', '+10:00', 'Glassy. 🌊 #surf', {}),
           (1302, '2026-05-11 19:00', '+10:00', 'Wind. Nope.', {}),
           (1303,
            '2026-05-19 17:45',
            '+10:00',
            'Boarding at Corio Quay all arvo. Hands smell like ship. 🚢🫠',
            {}),
           (1304,
            '2026-06-02 15:20',
            '+10:00',
            'Old quarantine station at Point Nepean, eerie as 👻 #dayoff',
            {}),
           (1305, '2026-06-16 08:00', '+10:00', 'Bells was pumping. Arms gone. 🏄\u200d♂️💀', {}),
           (1306, '2026-06-30 20:30', '+10:00', 'Pho. 🍜', {})]}

PHOTOS = [
]
