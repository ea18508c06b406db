"""Marguerite Osei-Bonsu, 55, Assistant Director, Home Affairs, Melbourne; a LinkedIn-style profile in the third person (FICTIONAL: every person, handle, number and address is invented)."""
import sys

NAME = "Marguerite Osei-Bonsu"
ACTIVITYPUB = {'handle': 'maggieob',
 'summary': '<p>Alto. Walker. Public servant. Views my own.</p>',
 'fields': [],
 'notes': [(7801,
            '2026-02-15 16:00',
            '+11:00',
            "Such a privilege to present the integrity team's work to the Deputy Secretary this week. Proud of every "
            'one of you. #publicservice',
            {}),
           (7802, '2026-03-01 10:00', '+11:00', 'Brahms rehearsal tonight. Altos, we must count.', {}),
           (7803,
            '2026-03-20 09:00',
            '+11:00',
            'Grateful for 30 years with Kwame. Anniversary lunch in Lygon St.',
            {}),
           (7804, '2026-04-11 14:00', '+10:00', 'Reading a novel called The Border. Recommended.', {})]}
PERSON = {'path': '/people/marguerite-osei-bonsu',
 'site': 'Profile',
 'headline': 'Assistant Director, Onshore Visa Integrity | Department of Home Affairs | Melbourne',
 'ld': {'jobTitle': 'Assistant Director, Onshore Visa Integrity',
        'worksFor': {'@type': 'GovernmentOrganization', 'name': 'Department of Home Affairs'},
        'email': 'mailto:marguerite.osei-bonsu@homeaffairs.gov.au',
        'telephone': '+61 3 5550 2714',
        'address': {'@type': 'PostalAddress', 'addressLocality': 'Coburg', 'addressRegion': 'VIC'}},
 'sections': [('Summary',
               ['Marguerite is a values-driven public sector leader with 22 years across immigration and '
                "citizenship. She leads a team of 19 at the Department's Melbourne office on Casselden Place, where "
                'her integrity unit reviews onshore student and partner visa applications.',
                'Marguerite and her deputy, Hamish Tredinnick, recently delivered a risk-tiering model that lets '
                'officers fast-track low-risk student visas.',
                'Marguerite can be reached on marguerite.osei-bonsu@homeaffairs.gov.au or 03 5550 2714.']),
              ('Beyond work',
               ['Outside work, Marguerite sings alto with the Coburg Community Choir every Wednesday at 7.30pm, and '
                'walks the Merri Creek trail most mornings with her husband, Kwame.'])]}
