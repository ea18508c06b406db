"""Dr Hannah Whitcombe: university researcher on migration statistics, Canberra. NEGATIVE CONTROL (FICTIONAL). Every name, handle, number and address is invented."""
NAME = "Dr Hannah Whitcombe"
BLOG = {'path': 'notes',
 'title': 'Counting People',
 'card_note': 'Notes on migration numbers. Personal blog.',
 'posts': [('detention-numbers',
            '2026-05-12 20:00',
            '+10:00',
            "What the detention statistics don't say",
            ['The monthly immigration detention statistics are out. Average days held are up again; read the '
             'footnotes.'],
            ['data'],
            None),
           ('ainslie',
            '2026-06-01 18:00',
            '+10:00',
            'Weekend',
            ['Our street in Ainslie is all autumn leaves. My wife Jo made quince paste; our son Alfie ate it '
             'with a spoon.',
             'Every Saturday 8am parkrun by the lake with my colleague-turned-friend Dev Rao.'],
            ['life'],
            None),
           ('visa-grants',
            '2026-06-15 19:00',
            '+10:00',
            'Visa grants by stream',
            ['Skilled visa grants fell 8% on the published Border Force and Home Affairs figures.'],
            ['data'],
            None)]}
PERSON = {'path': '/people/hannah-whitcombe',
 'site': 'School of Demography',
 'headline': 'Senior Lecturer, migration statistics',
 'ld': {'jobTitle': 'Senior Lecturer',
        'worksFor': {'@type': 'CollegeOrUniversity', 'name': 'Molonglo University (fictional)'},
        'email': 'mailto:h.whitcombe@molonglo.example'},
 'sections': [('Research',
               ['Hannah analyses published Department of Home Affairs data on visa grants, arrivals and '
                'immigration detention statistics.'])]}
