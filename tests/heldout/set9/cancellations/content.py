"""Lachlan Farquharson (FICTIONAL): 61, character cancellation officer, Home Affairs, Brisbane; long reflective blog prose."""
import sys
_p = sys.modules["_demo_make_photos"]
Photo, near = _p.Photo, _p._near

NAME = "Lachlan Farquharson"

ACTIVITYPUB = {'handle': 'lachiefarq',
 'summary': '<p>Fisherman. Grandfather-in-waiting. Peninsula.</p>',
 'notes': [(901, '2026-06-01 07:00', '+10:00', 'Two bream and a sunrise.', {}),
           (902,
            '2026-06-12 20:00',
            '+10:00',
            'Proud of our Hamish, three years a nurse at Redcliffe Hospital this week.',
            {}),
           (903,
            '2026-06-26 21:00',
            '+10:00',
            'Dolphins player off to the tribunal again. Ridiculous tackle.',
            {})]}

BLOG = {'path': 'blog',
 'title': 'Notes from the Peninsula',
 'card_note': 'Thirty years of paper, and the water at the end of it.',
 'card_job': 'Senior case officer',
 'card_org': 'Home Affairs',
 'card_tel': '02 5550 4471 (work)',
 'locality': 'Redcliffe',
 'region': 'Queensland',
 'rel_me': [['Mastodon', '/social/@lachiefarq']],
 'posts': [('thirty-years',
            '2026-05-09 16:00',
            '+10:00',
            'Thirty years',
            ['Thirty years in the Department of Home Affairs and its earlier names this month, the last '
             'eight of them in character cancellations, in the Brisbane office on Eagle Street.',
             'I will admit I resent the restructure that put me under a director half my age. One learns to '
             "keep one's face still."],
            ['work'],
            None),
           ('jetty',
            '2026-05-30 09:00',
            '+10:00',
            'The jetty at five',
            ['Every Saturday at 5am I am on Woody Point jetty with Trev Galloway, who has fished it since '
             'before the new railings. Deb says I come home smelling of bait and contentment.',
             'The regulars have their customs: nobody speaks before the first bite. Redcliffe at dawn asks '
             'nothing of you.'],
            ['fishing'],
            None),
           ('tribunal',
            '2026-06-20 15:00',
            '+10:00',
            'Waiting on a tribunal',
            ['A matter I decided last year is before the Administrative Review Tribunal next week. I expect '
             'it to be set aside, because the family evidence is stronger than the file showed me, and I '
             'find I do not mind.'],
            ['work'],
            None),
           ('winter',
            '2026-07-11 15:00',
            '+10:00',
            'Winter light',
            ['Winter on the peninsula is mostly light and wind. Nothing else to report.'],
            ['life'],
            None)]}

PHOTOS = [
]
