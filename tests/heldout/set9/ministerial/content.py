"""Rhys Tamblyn (FICTIONAL): 26, APS5 in a ministerial and parliamentary unit in Canberra; terse posts and a gaming forum."""
import sys
_p = sys.modules["_demo_make_photos"]
Photo, near = _p.Photo, _p._near

NAME = "Rhys Tamblyn"

ACTIVITYPUB = {'handle': 'rhyst',
 'display_name': 'rhys',
 'summary': '<p>APS5 @ Home Affairs (min &amp; parl). views mine. frisbee. cbr.</p>',
 'notes': [(401, '2026-05-04 08:10', '+10:00', 'Monday.', {}),
           (402, '2026-05-06 18:40', '+10:00', 'Chan St lift broken again. 6 floors. Belconnen glamour.', {}),
           (403,
            '2026-05-13 22:15',
            '+10:00',
            'Estimates prep. 140 QoNs on detention costs due Fri. MO wants the numbers softened. cool cool '
            'cool',
            {}),
           (404,
            '2026-05-15 17:55',
            '+10:00',
            'Bronwyn Achterberg (my EL1) bought the whole team pizza for surviving estimates. icon.',
            {}),
           (405,
            '2026-05-20 07:30',
            '+10:00',
            "R1 at 7:52 from Gungahlin, every day, same seat. then frisbee Wednesdays 6pm at Dickson. that's "
            'the whole personality',
            {}),
           (406,
            '2026-05-28 21:00',
            '+10:00',
            'housemate Tash (Natasha Viljoen) made lasagne. 10/10. marry me (no)',
            {}),
           (407, '2026-06-04 16:45', '+10:00', 'passed over for the 6. again. merit my arse.', {}),
           (408, '2026-06-11 20:30', '+10:00', 'The Hollowmen is a documentary', {}),
           (409, '2026-06-20 12:00', '+10:00', 'cold.', {})]}

FORUM = {'site': 'Strat Games AU',
 'user': 'tambo_rhys',
 'path': '/forum/u/tambo_rhys/',
 'about': ['cbr. 4X and grand strategy. discord: tambo_rhys',
           '(signed up with my work email lol rhys.tamblyn@homeaffairs.gov.au dont judge)'],
 'posts': [('91',
            '2026-06-08 23:10',
            '+10:00',
            'off topic: restructure rumours',
            ['not announced yet but our branch gets merged with comms in feb, 6 positions gone. guess whos '
             'on a non-ongoing lol']),
           ('92',
            '2026-06-15 22:40',
            '+10:00',
            'work pc potato',
            ['PDMS runs on what i swear is a 2015 server. and i can see every ministerial in the system incl '
             'ones marked sensitive. game runs better than it does']),
           ('93',
            '2026-06-22 21:00',
            '+10:00',
            'ministerial council meta',
            ['the ministerial council mechanic in this patch is broken, stack diplomacy and ignore it'])]}

PHOTOS = [
]
