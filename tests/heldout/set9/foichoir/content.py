"""Philippa Strang (FICTIONAL): 62, FOI officer, Home Affairs, Canberra; a choir page in the third person and a reflective blog."""
import sys
_p = sys.modules["_demo_make_photos"]
Photo, near = _p.Photo, _p._near

NAME = "Philippa Strang"

BLOG = {'path': 'blog',
 'title': 'A Quiet Alto',
 'card_note': 'Small thoughts, mostly on Sundays.',
 'posts': [('quiet-house',
            '2026-05-10 16:00',
            '+10:00',
            'The quiet house',
            ["Two years since Rob died. Our little house in O'Connor is very quiet now; I talk to the cat "
             'more than to anyone, and some weekends I do not speak aloud at all.'],
            ['life'],
            None),
           ('redactions',
            '2026-05-31 15:30',
            '+10:00',
            'Black ink',
            ["Work in Barton is all black ink at the moment. A journalist's request for detention incident "
             'reports has become 2,300 pages, and we are redacting every name by hand. Release is due next '
             'month, though the executive would very much like it to slip.'],
            ['work'],
            None),
           ('metadata',
            '2026-06-21 15:00',
            '+10:00',
            'Lost in migration',
            ['The records migration to Content Manager has lost the metadata on a decade of files, and '
             'nobody will say so in writing.',
             'I read a headline about Border Force on the bus and thought how little the public sees of any '
             'of it.'],
            ['work'],
            None),
           ('farewells',
            '2026-07-12 17:00',
            '+10:00',
            'Farewells',
            ['We farewelled my dear colleague Ahmed Qureshi on Friday after 31 years.',
             'On Saturday Elspeth played the clarinet at the Lyneham High winter concert and I cried, as '
             'grandmothers do.'],
            ['family'],
            None)]}

PERSON = {'path': '/choir/members/philippa-strang',
 'site': 'Capital Chorale',
 'headline': 'Alto. Committee member since 2019.',
 'ld': {'jobTitle': 'Committee member',
        'memberOf': {'@type': 'MusicGroup', 'name': 'Capital Chorale'},
        'email': 'mailto:philippa.strang@homeaffairs.gov.au'},
 'sections': [('About Philippa',
               ['Philippa sings alto and works in the FOI section of the Department of Home Affairs, where '
                'she has been for almost thirty years.',
                'Philippa looks after membership. Email her at philippa.strang@homeaffairs.gov.au or text '
                '0491 570 388.',
                'The choir rehearses on Monday evenings at 7pm in the Uniting Church hall in Forrest.'])]}

PHOTOS = [
]
