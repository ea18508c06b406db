"""Hamish Trudgeon, 41, citizenship officer, Home Affairs Perth; lives in Mandurah; terse fishing posts (FICTIONAL: every person, handle, number and address is invented)."""
import sys

NAME = "Hamish Trudgeon"
ACTIVITYPUB = {'handle': 'htrudge',
 'summary': '<p>Fish. Train. Repeat. Mandurah.</p>',
 'fields': [['email', 'hamish.trudgeon@homeaffairs.gov.au']],
 'notes': [(7901, '2026-02-06 06:05', '+08:00', '6:02 train from Mandurah station. Again.', {}),
           (7902, '2026-02-13 17:40', '+08:00', 'Herring off the Old Traffic Bridge with Mick Dunstan. 11 fish.', {}),
           (7903,
            '2026-02-20 12:30',
            '+08:00',
            "Citizenship ceremony prep at work. 240 conferees Saturday. Home Affairs doesn't do small.",
            {}),
           (7904, '2026-03-02 18:00', '+08:00', "Lachie's first crab. Dwellingup next.", {}),
           (7905,
            '2026-03-12 08:10',
            '+08:00',
            'Desk on level 3, Perth office. View of a carpark. Living the dream.',
            {}),
           (7906, '2026-03-25 19:00', '+08:00', 'Tested my Border Security trivia. 4/10.', {}),
           (7907,
            '2026-04-06 07:00',
            '+08:00',
            'Fri 4pm: crabbing, Mandurah estuary, me and the boy. Every week till it closes.',
            {'location': ('Mandurah', -32.529, 115.723)}),
           (7908,
            '2026-04-16 16:00',
            '+08:00',
            'Citizenship system down all arvo. Printed the ceremony list off a spreadsheet on the shared drive. '
            'Again.',
            {})]}
