"""Ingrid Solheim (FICTIONAL): NEGATIVE CONTROL. Migration-law academic at a Melbourne university; a formal staff profile and a long-form blog."""
import sys
_p = sys.modules["_demo_make_photos"]
Photo, near = _p.Photo, _p._near

NAME = "Ingrid Solheim"

BLOG = {'path': 'notebook',
 'title': 'Border Notebook',
 'card_note': "An academic's working notes on migration law. Views my own.",
 'posts': [('detention',
            '2026-05-06 21:00',
            '+10:00',
            'What the detention numbers say',
            ["The Department of Home Affairs' published statistics show immigration detention populations "
             'rising again, and the median time held at over 700 days.',
             'My FOI request for the breakdown by facility was refused in part; I have appealed.'],
            ['research'],
            None),
           ('tram',
            '2026-05-27 20:30',
            '+10:00',
            'On commuting and thinking',
            ['I think best on the 96 tram, which I catch at 8:10 every weekday from the stop near our place '
             'in Brunswick East. Fridays I swim at 7am first. Anders laughs that I annotate drafts between '
             'stops.'],
            ['life'],
            None),
           ('fieldwork',
            '2026-06-17 19:00',
            '+10:00',
            'Fieldwork notes',
            ['Back from a week of interviews in Sydney with Marisol Echeverría, my collaborator and friend '
             'of twenty years. We visited Villawood as researchers and spoke with a former Border Force '
             'officer, who asked not to be named.'],
            ['research'],
            None),
           ('marking',
            '2026-07-08 22:00',
            '+10:00',
            'Marking season',
            ['Eighty-four essays on s501. Coffee.'],
            ['teaching'],
            None)]}

PERSON = {'path': '/staff/ingrid-solheim',
 'site': 'Faculty of Law staff directory',
 'headline': 'Associate Professor, Migration and Refugee Law',
 'ld': {'jobTitle': 'Associate Professor',
        'worksFor': {'@type': 'CollegeOrUniversity', 'name': 'Yarra Bend University'},
        'email': 'mailto:ingrid.solheim@fjordmail.example',
        'knowsAbout': ['visa cancellation', 'immigration detention', 'refugee law']},
 'sections': [('Research',
               ['Dr Solheim researches visa cancellation, immigration detention and the administrative law '
                'of the border.',
                'For media comment outside hours: ingrid.solheim@fjordmail.example.'])]}

PHOTOS = [
]
