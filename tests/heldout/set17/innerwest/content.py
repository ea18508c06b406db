"""Tom Hadley, 44, Home Affairs ICT systems engineer supporting SmartGate kiosks at Sydney Airport; Leichhardt; a reflective blog (FICTIONAL: every person, handle, number and address is invented)."""
import sys

NAME = "Tom Hadley"
BLOG = {'path': 'blog',
 'title': 'Slow Light',
 'card_note': 'Notes from Leichhardt. Film cameras, cycling, and being forty-four.',
 'author_email': 'tom.hadley@homeaffairs.gov.au',
 'posts': [('the-kiosks',
            '2026-02-10 21:00',
            '+11:00',
            'What the kiosks taught me',
            ['I have spent nine years at Home Affairs keeping the arrivals kiosks at Sydney Airport alive. You learn '
             'patience from machines that fail at 5am when three A380s land.',
             'The February outage was ours: a certificate expired on the gate controllers and every SmartGate in T1 '
             'went dark for two hours. We had a vendor engineer from the kiosk contractor on the phone from Lisbon. '
             'The fix was a manual certificate push from a laptop in the comms room.'],
            ['work'],
            None),
           ('what-we-lose',
            '2026-02-28 20:00',
            '+11:00',
            'On being outsourced',
            ["It isn't announced yet, but our whole kiosk support team of 14 is being outsourced to the vendor from "
             'July. My manager, Anjali Rao, told us in a room with no windows.',
             'Nine years. I am angrier than I thought I could be.'],
            ['work'],
            None),
           ('sunday-ride',
            '2026-03-08 18:00',
            '+11:00',
            'Bay Run, Sunday',
            ['Every Sunday at 7 I ride the Bay Run from our terrace off Norton Street, two laps, coffee at the '
             'boatshed. My neighbour Col Brennan joins when his knee allows.'],
            ['cycling'],
            None),
           ('film',
            '2026-03-21 19:00',
            '+11:00',
            'Portra 400',
            ['Shot a roll of Portra on the light rail. Nothing good.'],
            ['film'],
            None),
           ('the-house',
            '2026-04-04 22:30',
            '+11:00',
            'The house',
            ['Claire and I are selling the terrace. Eleven years married. Our boy Ollie will split weeks between us. '
             "I drink more than I should on the weeks without them, and the mortgage on the place I'm renting in "
             'Annandale after the sale will be most of my pay.'],
            ['life'],
            None),
           ('commute',
            '2026-04-14 08:00',
            '+10:00',
            'The 6:10 bus',
            ['The 6:10 from Norton St to the airport, then the staff gate at T1 by 7. I know the driver by now.'],
            ['life'],
            None)]}
