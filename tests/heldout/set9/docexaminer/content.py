"""Terence Moorcroft (FICTIONAL): 64, senior document examiner, Border Force, Melbourne; a formal society profile and a stamp blog."""
import sys
_p = sys.modules["_demo_make_photos"]
Photo, near = _p.Photo, _p._near

NAME = "Terence Moorcroft"

BLOG = {'path': 'blog',
 'title': 'Perforations and Provenance',
 'card_note': 'Notes on Australian Commonwealth issues by a retired-in-waiting collector.',
 'locality': 'Box Hill North',
 'region': 'Victoria',
 'author_email': 'terence.moorcroft@abf.gov.au',
 'posts': [('penny-black',
            '2026-05-03 20:00',
            '+10:00',
            'A forgery at the fair',
            ['At the stamp fair in the old Customs House I was shown a forgery of a Kangaroo and Map issue, '
             'competently done but the watermark is wrong.'],
            ['forgeries'],
            None),
           ('perforations',
            '2026-05-24 19:30',
            '+10:00',
            'On gauging perforations',
            ['Heather tolerates the gauges on the dining table, within limits. My fellow collector Stan '
             'Kowalczyk lent me his Instanta gauge, which settled a long argument between us.'],
            ['technique'],
            None),
           ('laminates',
            '2026-06-14 21:00',
            '+10:00',
            'What security printing teaches',
            ['My day work and my hobby meet in the laminate. Last month we detected 14 fraudulent passports, '
             'mostly from one printing source; the tell was the same misregistered guilloche under the '
             'laminate.',
             'Our video spectral comparator units are now networked to a shared image database, which is a '
             'great improvement, though the login still times out every ten minutes.'],
            ['security printing'],
            None),
           ('auction',
            '2026-07-05 18:00',
            '+10:00',
            'Auction season',
            ['Prices for pre-decimal blocks remain firm. I was outbid twice and went home content.'],
            ['market'],
            None)]}

PERSON = {'path': '/members/terence-moorcroft',
 'site': 'Eastern Suburbs Philatelic Society',
 'headline': 'Senior Document Examiner, Australian Border Force. Society Vice-President.',
 'ld': {'jobTitle': 'Senior Document Examiner',
        'worksFor': {'@type': 'GovernmentOrganization', 'name': 'Australian Border Force'},
        'email': 'mailto:terence.moorcroft@abf.gov.au',
        'telephone': '02 5550 7714',
        'knowsAbout': ['philately', 'security printing', 'perforation gauges']},
 'sections': [('Profile',
               ['Mr Moorcroft is a Senior Document Examiner with the Australian Border Force, based at the '
                'Lonsdale Street office in Melbourne, where he has worked since 1994.',
                'He may be contacted at terence.moorcroft@abf.gov.au or on 02 5550 7714 regarding society '
                'valuations.']),
              ('Meetings',
               ['The Society meets on the second Wednesday of each month at 7:30pm at the Box Hill community '
                'hall. Mr Moorcroft chairs the Commonwealth study circle.'])]}

PHOTOS = [
]
