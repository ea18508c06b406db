"""Wade Pollock, 39, WA Department of Justice prison officer, Kwinana area (NEGATIVE CONTROL) (FICTIONAL: every person, handle, number and address is invented)."""
import sys

NAME = "Wade Pollock"
ACTIVITYPUB = {'handle': 'wadep',
 'summary': '<p>Prison officer, WA Dept of Justice. Dad. Dockers tragic. Rockingham.</p>',
 'fields': [],
 'notes': [(8101,
            '2026-02-03 20:00',
            '+08:00',
            'Lockdown on the unit today, found a phone in a hollowed-out Bible. The department wants another '
            'contraband review, great.',
            {}),
           (8102,
            '2026-02-14 18:00',
            '+08:00',
            "Valentine's brekkie with the wife Donna at the Rockingham foreshore ❤️",
            {}),
           (8103,
            '2026-02-22 09:00',
            '+08:00',
            'We had an immigration detainee held at our place for a night before Border Force picked him up for the '
            "detention centre. Weirdest paperwork I've seen.",
            {}),
           (8104,
            '2026-03-08 16:00',
            '+08:00',
            "Coaching Jayden's under-11s at Rockingham Junior Footy, Sundays 9am. Go the Rams!",
            {}),
           (8105,
            '2026-03-18 21:00',
            '+08:00',
            "My officer mate Tony Castellano from the academy days got his senior stripes 👏 (he's Justice too, not "
            'federal)',
            {}),
           (8106, '2026-04-01 19:00', '+08:00', 'Border collie pup arrived. Named her Freo.', {})]}
