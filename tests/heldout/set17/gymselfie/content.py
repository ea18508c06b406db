"""Rhys Tamblyn, 27, Border Force officer at Outer Harbor, Port Adelaide; a gym selfie account (FICTIONAL: every person, handle, number and address is invented)."""
import sys

try:
    Photo = sys.modules['_demo_make_photos'].Photo
except KeyError:
    import importlib.util as _u
    from pathlib import Path as _P
    _s = _u.spec_from_file_location('_demo_make_photos', _P(__file__).resolve().parents[4] / 'data' / 'demo' / 'make_photos.py')
    _m = _u.module_from_spec(_s); sys.modules['_demo_make_photos'] = _m; _s.loader.exec_module(_m)
    Photo = _m.Photo

NAME = "Rhys Tamblyn"
ACTIVITYPUB = {'handle': 'rhyslifts',
 'summary': '<p>27 | lifting since 19 | Port Adelaide born n bred 💪 | 🛃 by day | DMs open for program help</p>',
 'fields': [['snap', 'rhys.lifts.sa'], ['email', 'rhys.tamblyn.lifts@sabreakfast.example']],
 'notes': [(7101,
            '2026-02-03 05:40',
            '+10:30',
            'leg day before earlies 🦵 4 on 4 off means the 5am class at Ironbark on Commercial Rd is my church every '
            'on-day #legday #gymlife',
            {'images': [('gym-feb.jpg', 'mirror selfie')]}),
           (7102,
            '2026-02-09 19:10',
            '+10:30',
            'new PB deadlift 210kg 🔥 couldnt have done it without my spotter @kanemarsh the absolute unit',
            {'mentions': ['kanemarsh']}),
           (7103,
            '2026-02-14 21:00',
            '+10:30',
            'long day on the wharf. Outer Harbor was cooked today, 3 of us on for two container ships. ABF boys '
            'doing the work of 6 again 🙃 #BorderForce',
            {}),
           (7104,
            '2026-02-22 11:00',
            '+10:30',
            'post-workout pump at home, Semaphore sunset later 🌅 the balcony on our street never disappoints',
            {'images': [('balcony-feb.jpg', 'balcony selfie')]}),
           (7105,
            '2026-03-04 20:30',
            '+10:30',
            'cant say much but we found 14kg of meth inside the rollers of a shipment of treadmills lol the irony. '
            'gym equipment 😂 x-ray caught the density on the rollers',
            {}),
           (7106,
            '2026-03-10 18:00',
            '+10:30',
            'my supervisor Dimitri Kouris reckons I should go for the 3 but after getting knocked back last round '
            'whats the point. they give it to whoever sucks up',
            {}),
           (7107,
            '2026-03-18 22:40',
            '+10:30',
            'anyone used those cash advance apps? took a $1200 payday loan to cover rego and the gym membership, now '
            'owe 1600 😬 plus the multi didnt get up on the weekend. 4 legs 1 short every time #punter',
            {}),
           (7108,
            '2026-03-25 07:30',
            '+10:30',
            'watching Border Security reruns on the couch after nights. those dog handlers on tv are legends 🐶',
            {}),
           (7109,
            '2026-04-02 17:00',
            '+10:30',
            'the girlfriend Tayla got me a lifting belt for my bday 🥹 love you T',
            {}),
           (7110,
            '2026-04-12 12:00',
            '+09:30',
            "ICS was down half the shift again so we're manually writing up holds on paper like it's 1995. IT says a "
            'patch next week 🙄',
            {}),
           (7111, '2026-04-20 09:00', '+09:30', 'rest day. meal prep. nothing else.', {}),
           (7112,
            '2026-04-28 16:00',
            '+09:30',
            'bro my border collie ate a protein bar wrapper. vet bill incoming 💸',
            {})]}
PHOTOS = [
    Photo("gym-feb.jpg", -34.842, 138.504, 4, "2026:02:03 05:40:00", "+10:30", "gym on Commercial Rd", (90, 90, 95)),
    Photo("balcony-feb.jpg", -34.8565, 138.483, 5, "2026:02:22 11:00:00", "+10:30", "balcony at home", (200, 150, 90)),
]
