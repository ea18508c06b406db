"""Nadia Keane: Border Force supervisor, Port of Newcastle; formal LinkedIn-ish account (FICTIONAL). Every name, handle, number and address is invented."""
NAME = "Nadia Keane"
ACTIVITYPUB = {'handle': 'nadiakeane',
 'summary': '<p>Supervisor, Maritime Operations, Australian Border Force (Port of Newcastle). Leadership | '
            'Trade facilitation | Teams. Enquiries: 02 5550 2291 (desk).</p>',
 'fields': [('Work', 'nadia.keane@abf.gov.au')],
 'notes': [(901,
            '2026-05-11 09:00',
            '+10:00',
            'Privileged to lead a dedicated team at the Newcastle Customs House office. Congratulations to '
            'my 2IC, Priyanka Lal, on her promotion.',
            {}),
           (902,
            '2026-06-04 08:00',
            '+10:00',
            'Reflections on resilience: lessons from ten years in frontline roles.',
            {}),
           (903,
            '2026-06-20 07:00',
            '+10:00',
            'Saturday 7am Merewether ocean baths swim, rain or shine. Discipline is freedom.',
            {})]}
