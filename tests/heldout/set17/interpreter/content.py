"""Zarmina Sadozai, 36, Dari and Pashto interpreter contracted to a public hospital in Melbourne's north through a private language agency (NEGATIVE CONTROL) (FICTIONAL: every person, handle, number and address is invented)."""
import sys

NAME = "Zarmina Sadozai"
ACTIVITYPUB = {'handle': 'zsadozai',
 'summary': '<p>Interpreter. Words are a bridge. Views my own.</p>',
 'fields': [],
 'notes': [(8301,
            '2026-02-10 19:00',
            '+11:00',
            'Today I interpreted for a patient brought from immigration detention, with two Border Force escorts '
            'waiting outside the ward. The escorts were kind. The patient was frightened. I am still thinking about '
            'it.',
            {}),
           (8302,
            '2026-03-03 20:00',
            '+11:00',
            "Ethics reminder for new interpreters: you are not the patient's advocate and not the department's "
            'voice. You are the words, complete and accurate.',
            {}),
           (8303,
            '2026-03-24 18:00',
            '+11:00',
            'Watched a documentary about Border Force at the airport. The interpreter on screen was on speakerphone. '
            'That is not how it should be done.',
            {}),
           (8304, '2026-04-14 21:00', '+10:00', 'Twelve-hour day, two births, one grief meeting. Tea and bed.', {})]}
PERSON = {'path': '/interpreters/zarmina-sadozai',
 'site': 'Northside Language Partners',
 'headline': 'NAATI-certified Interpreter, Dari and Pashto | Northside Language Partners',
 'ld': {'jobTitle': 'Certified Interpreter (Dari, Pashto)',
        'worksFor': {'@type': 'Organization', 'name': 'Northside Language Partners'},
        'telephone': '+61 491 570 733',
        'knowsAbout': ['medical interpreting', 'mental health', 'maternity']},
 'sections': [('About',
               ["Zarmina interprets for patients at a public hospital in Melbourne's north, mostly maternity and "
                'mental health.',
                'Before hospital work she interpreted at visa interviews for a migration law practice.',
                'Bookings through the agency, or on 0491 570 733.'])]}
