"""Ruby Tamsin Okafor (FICTIONAL): ABF marine crew member at Frances Bay, Darwin, keeping a van-life diary between patrols. Every name, handle, number and address is invented."""

import importlib.util, sys
from pathlib import Path
_spec = importlib.util.spec_from_file_location('_mp30', Path(__file__).resolve().parents[4] / 'data' / 'demo' / 'make_photos.py')
_mp = importlib.util.module_from_spec(_spec); sys.modules['_mp30'] = _mp; _spec.loader.exec_module(_mp)
Photo = _mp.Photo

NAME = "Ruby Tamsin Okafor"

ACTIVITYPUB = {'handle': 'ruby_roams', 'summary': '<p>van life between sea days. 28. coxswain in training with the Marine Unit 🛥️ partner of @jonno_fish</p>', 'fields': [('Van', "1998 Troopy 'Kath'"), ('Whatsapp', '0491 570 238')], 'notes': [(5401, '2026-05-02 08:00', '+09:30', 'Van parked up at Frances Bay while I do 21 days at sea. Kath gets a rest.', {'images': [('kath_berth.jpg', 'van at the marina')]}), (5402, '2026-05-25 19:00', '+09:30', 'back from patrol up near the Wessels, boarded a foreign fishing boat with 4 tonne of trepang aboard, crew of 11 now at the Darwin facility', {}), (5403, '2026-06-01 16:00', '+09:30', 'Jonno and I at Mindil sunset markets, he sold every fish', {'images': [('mindil.jpg', 'sunset markets')]}), (5404, '2026-06-08 12:00', '+09:30', 'so broke after new van tyres, $1,900 on Afterpay, dont tell mum', {}), (5405, '2026-06-15 07:15', '+09:30', 'cox course with Petty Officer, sorry, Senior Officer Marcus Leach next swing. Radar on the cutter still playing up, fingers crossed', {}), (5406, '2026-06-22 10:00', '+09:30', 'Free camping at Howard Springs every off week, swims at 7am', {})], 'others': {'jonno_fish': 'Jonno Petrakis'}}

PHOTOS = [
    Photo("kath_berth.jpg", -12.45, 130.8493, 3, "2026:05:02 07:50:00", "+09:30", "van by the marine base", (200, 180, 120)),
    Photo("mindil.jpg", -12.4458, 130.8306, 4, "2026:06:01 18:30:00", "+09:30", "beach", (230, 140, 80)),
]
