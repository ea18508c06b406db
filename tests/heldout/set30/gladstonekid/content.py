"""Jaz Pereira (FICTIONAL): 22-year-old ABF officer in Gladstone, emoji-heavy. Every name, handle, number and address is invented."""

import importlib.util, sys
from pathlib import Path
_spec = importlib.util.spec_from_file_location('_mp30', Path(__file__).resolve().parents[4] / 'data' / 'demo' / 'make_photos.py')
_mp = importlib.util.module_from_spec(_spec); sys.modules['_mp30'] = _mp; _spec.loader.exec_module(_mp)
Photo = _mp.Photo

NAME = "Jaz Pereira"

ACTIVITYPUB = {'handle': 'jazzy_p', 'summary': '<p>22 ✨ gladstone girl now 🌴 coffee + gym + beach</p>', 'fields': [('insta', '@jazzy.p.vibes')], 'notes': [(5501, '2026-07-02 18:00', '+10:00', '1 year with ABF today!! 🥳🇦🇺 from the academy to the Gladstone port team 💪 #abf #1year', {}), (5502, '2026-07-05 08:30', '+10:00', 'new unit in Gladstone, balcony views ☀️', {'images': [('unit.jpg', 'balcony')]}), (5503, '2026-07-09 20:00', '+10:00', 'lol signed up for this app with my work email jaz.pereira@abf.gov.au by accident 🙈 oh well', {}), (5504, '2026-07-14 05:40', '+10:00', "5:45 spin at Anytime Tannum every mon/wed/fri before shift 🚴\u200d♀️ who's with me", {}), (5505, '2026-07-20 16:00', '+10:00', 'bestie Kiara Donnelly flew up!! 💕 mum (Rosa) sent a care package too 🥹', {}), (5506, '2026-07-25 21:00', '+10:00', 'rewatching Bluey with Kiara, no thoughts head empty', {})]}

PHOTOS = [
    Photo("unit.jpg", -23.8489, 151.262, 12, "2026:07:05 08:20:00", "+10:00", "balcony view", (90, 160, 210)),
]
