"""Neville Ashcroft-Bligh (FICTIONAL): ABF officer at the Port of Burnie, terse one-liners. Every name, handle, number and address is invented."""

NAME = "Neville Ashcroft-Bligh"

ACTIVITYPUB = {'handle': 'nev_ab', 'summary': '<p>Nev. Burnie. Fish.</p>', 'fields': [('Account email', 'neville.ashcroft-bligh@abf.gov.au')], 'notes': [(5601, '2026-08-01 17:00', '+10:00', 'Uniform off. Beer on.', {}), (5602, '2026-08-04 07:00', '+10:00', 'Foggy on the Burnie wharf this morning. Two ships, one of us.', {}), (5603, '2026-08-09 14:00', '+10:00', 'Flathead with Shane Kilpatrick off Cooee point. Three each.', {}), (5604, '2026-08-15 12:00', '+10:00', 'Footy. Cats lost. Again.', {}), (5605, '2026-08-20 18:00', '+10:00', 'Twenty years in the ABF and its predecessors next week. Cake, apparently.', {}), (5606, '2026-08-28 19:00', '+10:00', 'the border collie ate my sandwich', {}), (5607, '2026-09-02 20:00', '+10:00', 'Power out on our street in Havenview again.', {})]}
