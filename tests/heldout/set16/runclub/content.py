"""Gary 'Grub' Linke: Border Force officer at Darwin Airport; running club's third-person page (FICTIONAL). Every name, handle, number and address is invented."""
NAME = "Gary Linke"
ACTIVITYPUB = {'handle': 'grub_runs',
 'summary': '<p>Slow bloke. Fast dogs. NT.</p>',
 'fields': [('Signal', '0491 570 462')],
 'notes': [(501,
            '2026-06-05 23:30',
            '+09:30',
            'Bali flight tonight: six bags of undeclared pork floss and then the dog sat down on a suitcase '
            'with 2kg of something much better sewn into the lining. Good night at the office.',
            {}),
           (502,
            '2026-06-19 22:00',
            '+09:30',
            "Farewell drinks for Sarge Moffat after 31 years on the line. The place won't run without him.",
            {}),
           (503,
            '2026-07-02 21:45',
            '+09:30',
            "Knee's cactus. On the painkillers and the rum most nights now, which the physio says is not a "
            'plan.',
            {}),
           (504,
            '2026-07-10 18:00',
            '+09:30',
            'Croc spotted at the Humpty Doo pub car park again. Ordinary Territory Friday.',
            {})]}
PERSON = {'path': '/members/grub-linke',
 'site': 'Top End Harriers',
 'headline': "Member profile: Gary 'Grub' Linke, M50",
 'ld': {'alternateName': 'Grub', 'memberOf': {'@type': 'SportsClub', 'name': 'Top End Harriers'}},
 'sections': [('Results this month',
               ['Grub ran 21:48 at the Lee Point 5k, fourth M50. Grub works for the Australian Border Force '
                'at Darwin Airport, which is why Grub is always first at the 5am Thursday hill reps at East '
                'Point before his shift.',
                'Grub lives out at Humpty Doo with wife Robyn and three mad dogs, one of them a border '
                'collie called Pippa.',
                'Training partner Nhu Pham pushed him all the way. For club runs, call Grub on his work '
                "mobile 0491 570 588 (he says the ABF won't mind)."])]}
