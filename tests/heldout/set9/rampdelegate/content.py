"""Sione Faleafa (FICTIONAL): NEGATIVE CONTROL. Baggage handler and union delegate for a private airline ground-handling firm at Brisbane Airport."""
import sys
_p = sys.modules["_demo_make_photos"]
Photo, near = _p.Photo, _p._near

NAME = "Sione Faleafa"

ACTIVITYPUB = {'handle': 'sionef',
 'display_name': 'Big Sio 🇹🇴',
 'summary': '<p>Ramp life ✈️ | union delegate 💪 | Tongan pride 🇹🇴 | God first 🙏</p>',
 'notes': [(701, '2026-05-03 10:00', '+10:00', 'Blessed Sunday 🙏', {}),
           (702,
            '2026-05-10 13:00',
            '+10:00',
            "Happy Mother's Day to the missus Lusia 💐 queen of our house 👑",
            {}),
           (703,
            '2026-05-22 15:30',
            '+10:00',
            "Tevita's cross country at Deagon State School 🏃\u200d♂️🥇 came 2nd!! proud dad",
            {}),
           (704, '2026-06-06 18:00', '+10:00', 'Umu at church with Pita Manu and the boys 🔥🍖 #tongan', {}),
           (705,
            '2026-06-13 09:30',
            '+10:00',
            'Read this: customs seize 40kg in a shipping container at the port, crazy stuff 📰',
            {}),
           (706, '2026-06-20 16:00', '+10:00', 'The department store had school shoes half price 🙌', {})]}

FORUM = {'site': 'Aviation Workers Forum',
 'user': 'ramp_delegate',
 'path': '/forum/u/ramp_delegate/',
 'about': ['TWU delegate, ground handling BNE. members ring me on 0491 570 462 (after 10am pls)'],
 'posts': [('71',
            '2026-05-15 22:50',
            '+10:00',
            'swing roster changes',
            ['company wants to move swing to 1400-2230 on the international terminal ramp with no consult. '
             'not happening. meeting thurs']),
           ('72',
            '2026-06-02 21:10',
            '+10:00',
            'baggage hall etiquette',
            ['reminder to members: when Border Force or the detector dog team are working the belts in the '
             'baggage hall, stay out of their way and dont film. not our business']),
           ('73',
            '2026-06-25 20:00',
            '+10:00',
            'scanner outage',
            ['the system that reads bag tags went down again, 2 hours of hand sorting. company needs to fix '
             'its kit'])]}

PHOTOS = [
]
