"""Tevita Fifita: Border Force officer at Brisbane Airport; church youth group leader page (FICTIONAL). Every name, handle, number and address is invented."""
NAME = "Tevita Fifita"
ACTIVITYPUB = {'handle': 'tevita_f',
 'summary': '<p>Husband. Dad x2. Youth leader. Blessed 🙏</p>',
 'notes': [(301,
            '2026-05-08 21:00',
            '+10:00',
            'Long one. 3 flights landed inside 20 mins and only 4 of us on the primary line. God is good but '
            'my feet are not 😅',
            {}),
           (302,
            '2026-05-15 09:00',
            '+10:00',
            'SmartGates fell over at 0600 again. Manual processing for 2 hrs, queue out past the duty free.',
            {}),
           (303,
            '2026-05-22 19:00',
            '+10:00',
            'Shout out to my supervisor Inspector Meg Doran for covering so I could make youth tonight 🙌',
            {}),
           (304,
            '2026-06-01 22:30',
            '+10:00',
            'Tithe on top of the car loan on top of rent. Praying over the numbers this month. He provides.',
            {}),
           (305,
            '2026-06-06 16:00',
            '+10:00',
            "Mele's first communion. Salote did her hair for an hour 💛",
            {}),
           (306,
            '2026-06-12 20:00',
            '+10:00',
            'Friend at the airport (works for the cleaning contractor) brought donuts to youth. Legend.',
            {})]}
PERSON = {'path': '/youth/leaders/tevita',
 'site': 'Grace Hill Youth',
 'headline': 'Youth Leader, Grace Hill Community Church',
 'ld': {'jobTitle': 'Youth Leader (volunteer)',
        'email': 'mailto:tevita.f@gracehill.example',
        'telephone': '+61 491 570 347',
        'memberOf': {'@type': 'Organization', 'name': 'Grace Hill Community Church'}},
 'sections': [('Meet Tevita',
               ['Tevita has led our Friday youth group for six years. By day he is a Border Force officer at '
                'Brisbane Airport, mostly in the international terminal, so if he turns up in uniform that '
                'is why!',
                'Youth group is every Friday 6:30pm in the church hall, and Tevita comes straight from his '
                'early shift.',
                'He lives just around the corner in Wavell Heights with his wife Salote and their girls Mele '
                'and Ana.',
                'Co-leading with him is Josh Penitani, who runs the worship band.',
                'Parents can reach Tevita on the youth phone, 0491 570 347, or '
                'tevita.f@gracehill.example.'])]}
