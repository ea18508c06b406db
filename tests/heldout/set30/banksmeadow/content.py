"""Corey Vukovic (FICTIONAL): container examination officer at Banksmeadow, fantasy-football tragic, on the punt. Every name, handle, number and address is invented."""

import importlib.util, sys
from pathlib import Path
_spec = importlib.util.spec_from_file_location('_mp30', Path(__file__).resolve().parents[4] / 'data' / 'demo' / 'make_photos.py')
_mp = importlib.util.module_from_spec(_spec); sys.modules['_mp30'] = _mp; _spec.loader.exec_module(_mp)
Photo = _mp.Photo

NAME = "Corey Vukovic"

ACTIVITYPUB = {'handle': 'vuka_fc', 'display_name': 'Vuka 🏆', 'summary': '<p>Commish of the Botany Bogans fantasy league. Dad. Sharks till I die. Cargo exams for the Force, Banksmeadow 🚢</p>', 'fields': [('League chat', 'signal: vuka.91'), ('Email', 'corey.vuka@mailbox.example')], 'notes': [(5101, '2026-02-07 21:10', '+11:00', 'ROUND 1 RESULTS. Dingo got 114 off his bench again, stop it. Trade window opens Tuesday lads', {}), (5102, '2026-02-13 06:20', '+11:00', '4 on 4 off means I miss the draft night AGAIN. earlies start 0600 at the CEF, someone auto-draft for me pls @dingo_mck', {'mentions': ['dingo_mck']}), (5103, '2026-02-20 19:45', '+11:00', 'had a 5 leg multi up to the last leg and the Sharks blew it. thats $600 gone, and the Zip bill is due friday. cooked 💀', {}), (5104, '2026-02-27 17:05', '+11:00', 'big day, we pulled 38 kilos of ice out of the wall cavities of two reefers today. the dog went nuts before the x-ray even finished. cant say more lol', {}), (5105, '2026-03-06 20:30', '+11:00', "Mason's first game for the Kurnell Stingrays under 9s tomorrow, proud dad. the missus Tahnee has the oranges sorted", {}), (5106, '2026-03-14 13:00', '+11:00', 'new container scanner is finally live, the old Nuctech kept dropping images and the CCMS link goes down every arvo at 3 like clockwork', {}), (5107, '2026-03-21 10:15', '+11:00', 'Backyard on our street in Banksmeadow, finally got the shed up', {'images': [('vuka_shed.jpg', 'the shed')]}), (5108, '2026-03-28 18:40', '+11:00', 'farewell beers for Gav Ortiz from the exam shed, 22 years in the Force. the team leader cried haha', {}), (5109, '2026-04-04 22:00', '+11:00', 'watching Border Security reruns with a beer, those guys at Sydney airport have it easy', {}), (5110, '2026-04-11 09:00', '+10:00', 'payday loan paid off, only the credit card and the bookie to go. swore off the punt (again)', {})], 'others': {'dingo_mck': 'Dingo'}}

PHOTOS = [
    Photo("vuka_shed.jpg", -33.949, 151.2085, 6, "2026:03:21 10:10:00", "+11:00", "backyard shed", (120, 110, 90)),
]
