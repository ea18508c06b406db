"""Renee Kapoor: Home Affairs detention health liaison at BITA, Pinkenba; terse captions (FICTIONAL). Every name, handle, number and address is invented."""
NAME = "Renee Kapoor"
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
    Photo("carpark-sunrise.jpg", -27.42805, 153.10495, 20.0, "2026:06:08 05:52:00", "+10:00", "car park at sunrise", (90, 110, 70)),
]
ACTIVITYPUB = {'handle': 'renee_k_bne',
 'summary': '<p>Detention health liaison, Home Affairs. Nurse by trade. Brisbane northside. Lions forever '
            '🦁</p>',
 'notes': [(1301,
            '2026-06-08 05:55',
            '+10:00',
            'Car park sunrise before handover at BITA 🌅',
            {'images': [('carpark-sunrise.jpg', 'sunrise over the car park')]}),
           (1302,
            '2026-06-10 21:10',
            '+10:00',
            'IHMS portal down since Monday. Med charts back on paper and fax. Yes, fax. In 2026.',
            {}),
           (1303,
            '2026-06-13 22:40',
            '+10:00',
            'Two food refusals on the go in Compound B, day 9 for one of them. Heavy week. Tea. Bed.',
            {}),
           (1304, '2026-06-20 15:00', '+10:00', 'Lions by 30 at the Gabba. No notes.', {}),
           (1305, '2026-06-27 09:00', '+10:00', 'Pinkenba boat ramp, pelicans, nothing else. Nice.', {})]}
