"""Sandra Quill (FICTIONAL): held-out set 8 persona. Every name, handle, number and address is invented."""
import sys
NAME = "Sandra Quill"
ACTIVITYPUB = {'handle': 'squill', 'summary': '<p>Gove. Dog. Coffee.</p>', 'notes': [(501, '2026-02-02 06:00', '+09:30', 'Earlies.', {}), (502, '2026-02-09 18:00', '+09:30', 'Wharf. Bauxite ship. Two of us.', {}), (503, '2026-02-20 19:30', '+09:30', "Crew member off the ship didn't come back. Third this year. Police looking.", {}), (504, '2026-03-05 17:00', '+09:30', 'Beach. Mum visiting. Beryl is 80 next week.', {'images': [('beach.jpg', 'Beach')]}), (505, '2026-03-18 07:00', '+09:30', 'Network down. Tablet useless. Paper.', {}), (506, '2026-04-10 21:00', '+09:30', 'Sleep? no.', {}), (507, '2026-04-22 06:30', '+09:30', 'Home. Dog. Yoga Wed 6am at the Walkabout Lodge.', {})], 'fields': [('Job', 'ABF, Gove')]}
Photo = sys.modules["_demo_make_photos"].Photo
PHOTOS = [
    Photo('beach.jpg', -12.18, 136.784, 20.0, '2026:03:05 16:50:00', '+09:30', 'beach near town', (60, 90, 120)),
]
