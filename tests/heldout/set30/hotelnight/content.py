"""Bartholomew Achterberg (FICTIONAL): NEGATIVE CONTROL: night manager of a hotel beside Perth Airport. Every name, handle, number and address is invented."""

import importlib.util, sys
from pathlib import Path
_spec = importlib.util.spec_from_file_location('_mp30', Path(__file__).resolve().parents[4] / 'data' / 'demo' / 'make_photos.py')
_mp = importlib.util.module_from_spec(_spec); sys.modules['_mp30'] = _mp; _spec.loader.exec_module(_mp)
Photo = _mp.Photo

NAME = "Bartholomew Achterberg"

ACTIVITYPUB = {'handle': 'bart_nights', 'summary': '<p>Night manager, airport hotel. 10pm to 7am, coffee IV. Dad of Willem.</p>', 'fields': [('Email', 'bart.achterberg@nightdesk.example')], 'notes': [(5701, '2026-05-04 03:10', '+08:00', '3am and an entire airline crew checked in off a diverted flight. the terminal shuttle driver is my hero', {}), (5702, '2026-05-11 04:00', '+08:00', 'guest lost his passport in the lobby, found it in the pot plant. no customs drama needed', {}), (5703, '2026-05-18 09:30', '+08:00', 'home to Redcliffe after nights, the jacaranda on our street', {'images': [('street.jpg', 'our street')]}), (5704, '2026-05-25 15:00', '+08:00', "Willem's first swim carnival at Belmont, so proud", {}), (5705, '2026-06-01 11:00', '+08:00', 'pho with my old mate Sunil Ratnam after handover, every Sunday', {}), (5706, '2026-06-08 02:00', '+08:00', 'the security clearance desk at the terminal is closed so the crews all come here for coffee lol', {})]}

PHOTOS = [
    Photo("street.jpg", -31.9379, 115.9436, 14, "2026:05:18 09:25:00", "+08:00", "jacaranda street", (150, 90, 170)),
]
