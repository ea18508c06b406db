"""Sinead Farrelly, 34, Border Force officer at Melbourne Airport, captain of a women's cricket side in Craigieburn; club updates (FICTIONAL: every person, handle, number and address is invented)."""
import sys

NAME = "Sinead Farrelly"
ACTIVITYPUB = {'handle': 'sfarrelly',
 'summary': "<p>Skipper, Craigieburn Women's 1st XI 🏏 | Border Force @ Tulla | Dublin ➡️ Melbourne's north</p>",
 'fields': [['club', 'Craigieburn Cricket Club'],
            ['email', 'shiv.bowls.fast@coverdrive.example'],
            ['fixtures (work mob, text only)', '0491 570 902']],
 'notes': [(7701,
            '2026-02-04 21:00',
            '+11:00',
            'Training tonight was 🔥 Tues & Thurs 6pm at the Highlands Reserve nets, all welcome! Huge shout out to '
            '@meglowry for the new bowling machine',
            {'mentions': ['meglowry']}),
           (7702,
            '2026-02-08 18:30',
            '+11:00',
            'WIN by 40 runs 🏆 5-fer for our keeper-turned-spinner, and Priya Nanda (who I also work with at Tulla, '
            'Border Force represent 🛃) with 62 not out #CraigieburnCC',
            {}),
           (7703,
            '2026-02-17 05:20',
            '+11:00',
            'earlies at T2 again, 0500 to 1300 this roster block. see you at training zombies',
            {}),
           (7704,
            '2026-02-25 20:00',
            '+11:00',
            'Long one at work. Lad tried to walk 40 cartons of smokes through the green channel at T2 in a '
            'false-bottom suitcase. 8 of us on arrivals for three flights, it was a circus',
            {}),
           (7705,
            '2026-03-05 19:00',
            '+11:00',
            "Mam's visiting from Dublin next week! Mam (Nuala) you're coming to the final whether you like it or not "
            '💚',
            {}),
           (7706, '2026-03-14 17:00', '+11:00', 'Grand final day. Lost. Gutted. Drinks at the club.', {}),
           (7707,
            '2026-03-22 12:00',
            '+11:00',
            "Our flat in Craigieburn is 5 min from the ground, which is why I'm always first there 😂",
            {'location': ('Craigieburn', -37.599, 144.942)}),
           (7708,
            '2026-04-10 10:00',
            '+10:00',
            "Sorry that's duty free border crossing joke from the quiz night lol you had to be there",
            {})]}
