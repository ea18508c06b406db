"""Barry Kowalski-Reid (FICTIONAL): 66, Border Force officer at Adelaide Airport; lowercase pigeon-racing forum posts."""
import sys
_p = sys.modules["_demo_make_photos"]
Photo, near = _p.Photo, _p._near

NAME = "Barry Kowalski-Reid"

FORUM = {'site': 'SA Racing Pigeon Talk',
 'user': 'seaton_lofts',
 'path': '/forum/u/seaton_lofts/',
 'about': ['flying since 1971. 40 odd birds in the loft. Seaton SA. no spam pls'],
 'posts': [('811',
            '2026-05-04 21:10',
            '+09:30',
            'back from the dead',
            ['sorry been quiet, 38 yrs with customs now border force and they still got me on the line at '
             'adelaide airport. 2 years to go god willing.']),
           ('812',
            '2026-05-12 19:40',
            '+09:30',
            'who can clock my birds sat',
            ['cant make sat im on 4 on 4 off and the nights start 1800 thurs. anyone able to clock for me '
             'ill shout a carton']),
           ('813',
            '2026-05-20 20:05',
            '+09:30',
            'hawk again',
            ['bloody hawk took two off the loft roof again here in Seaton. the boss at home (Glenys) says im '
             'spending more on birds than on her lol. she aint wrong']),
           ('814',
            '2026-05-27 18:20',
            '+09:30',
            'proud pop',
            ['off topic but young Harrison kicked 3 goals for the under 12s sat. his dad says he gets it '
             'from his nan not me']),
           ('815',
            '2026-06-02 20:30',
            '+09:30',
            'banding squeakers',
            ['Col Penhaligon come round and helped me band this years squeakers. Col u legend, owe u a '
             'feed']),
           ('816',
            '2026-06-10 08:15',
            '+09:30',
            'tired',
            ['worked all night with my 2IC Dimitri Raptis, only 3 of us on the desk for the 2am doha arrival '
             'and one on the bags. 400 off one plane. they wonder why blokes go on stress leave']),
           ('817',
            '2026-06-18 09:00',
            '+09:30',
            'rant',
            ['the smartgates went down for a hour and a half last night and we done 300 by hand. no one from '
             'IT answered till 4. anyway back to birds']),
           ('818',
            '2026-06-25 22:40',
            '+09:30',
            'rough week',
            ["got passed over for the acting super job again, give it to a kid with 4 yrs in. they're "
             'pushing us oldies out mate. few more tinnies than i shoud tonight. the birds dont care at '
             'least']),
           ('819',
            '2026-07-03 19:10',
            '+09:30',
            'birds for sale',
            ['got 6 young cocks spare, good port augusta lines. ring me on 0491 570 213 if u want some '
             'birds, seaton pick up']),
           ('820',
            '2026-07-12 17:00',
            '+09:30',
            'NZ import',
            ['anyone done the paperwork to bring a bird over from NZ? customs and biosecurity want a permit '
             'and 30 days quarantine, seems mad'])]}

PHOTOS = [
]
