"""Mick Harland: Border Force Marine Unit crewman, Cairns; terse photo captions (FICTIONAL). Every name, handle, number and address is invented."""
NAME = "Mick Harland"
import sys as _sys
from pathlib import Path as _Path
if "_demo_make_photos" in _sys.modules:
    Photo = _sys.modules["_demo_make_photos"].Photo
else:
    import importlib.util as _u
    _p = _Path(__file__).resolve().parents[4] / "data" / "demo" / "make_photos.py"
    _s = _u.spec_from_file_location("_demo_make_photos", _p)
    _m = _u.module_from_spec(_s)
    _sys.modules["_demo_make_photos"] = _m
    _s.loader.exec_module(_m)
    Photo = _m.Photo

PHOTOS = [
    Photo("deck-beer.jpg", -16.90262, 145.74538, 20.0, "2026:06:02 18:10:00", "+10:00", "back deck at home", (90, 110, 70)),
    Photo("yard.jpg", -16.90241, 145.7457, 20.0, "2026:07:19 09:30:00", "+10:00", "backyard, Sunday", (90, 110, 70)),
    Photo("wharf.jpg", -16.93712, 145.7701, 20.0, "2026:06:30 06:05:00", "+10:00", "the wharf at dawn", (90, 110, 70)),
]
ACTIVITYPUB = {'handle': 'mickh_fnq',
 'display_name': 'Mick H',
 'summary': '<p>FNQ. Boats. Barra. ABF Marine. 28 on 28 off. Opinions mine.</p>',
 'fields': [('Text', '0491 570 118')],
 'notes': [(101,
            '2026-06-02 18:12',
            '+10:00',
            'Home. Deck. Cold one. 🍺',
            {'images': [('deck-beer.jpg', 'beer on the deck')]}),
           (102,
            '2026-06-09 07:00',
            '+10:00',
            "Jaxon's first game for the Edge Hill Tigers U8s 🏉 kid's a weapon",
            {}),
           (103,
            '2026-06-18 19:40',
            '+10:00',
            'Mrs H (Leanne) says the boat stays on the trailer till the gutters are done. Fair.',
            {}),
           (104,
            '2026-06-30 06:07',
            '+10:00',
            'Portsmith 0600. Back on in 2 days. 28 on starts Thurs. ☕',
            {'images': [('wharf.jpg', 'the wharf')]}),
           (105,
            '2026-07-04 21:00',
            '+10:00',
            "3 dories turned round off Saibai today, 11 on each. XO Brendan Tully says best boarding he's "
            "seen. Tully doesn't say that. #ABF",
            {}),
           (106,
            '2026-07-11 22:15',
            '+10:00',
            "Next run north kicks off the 14th, Torres Strait, 2 boats only cos the other one's still on the "
            'slip. Tight.',
            {}),
           (107,
            '2026-07-19 09:35',
            '+10:00',
            'Yard done. Gutters done. Boat time. @reef_rory you in?',
            {'images': [('yard.jpg', 'the yard')], 'mentions': ['reef_rory']}),
           (108,
            '2026-07-25 23:50',
            '+10:00',
            "Sportsbet multi died on the last leg again. Down 2k this swing. Next one's the one 🙃",
            {}),
           (109,
            '2026-08-01 17:00',
            '+10:00',
            'Watching Border Security reruns on the telly. Not a patch on the real thing lol',
            {}),
           (110,
            '2026-08-03 12:00',
            '+10:00',
            'Barra on the fly with Rory Quill up the Barron. 78cm. Legend.',
            {})],
 'others': {'reef_rory': 'Rory Quill'}}
