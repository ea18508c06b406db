"""Leanne Okafor, 38, Border Force officer at Perth Airport T1, lives in Baldivis; a parenting forum (FICTIONAL: every person, handle, number and address is invented)."""
import sys

NAME = "Leanne Okafor"
FORUM = {'site': 'WA Mums Village',
 'user': 'BaldivisMumOf3',
 'path': '/forum/u/baldivismumof3/',
 'inline': True,
 'about': ["Proud mum of three (Zara 11, Kofi 8, little Ama 4). Baldivis. Shift worker, so I'm on here at 3am a lot "
           'lol.',
           'Signed up with my work email (leanne.okafor@abf.gov.au) back when the kids were tiny, never changed it.'],
 'posts': [(3101,
            '2026-02-02 03:20',
            '+08:00',
            'Night shift + school mornings = help',
            ['Anyone else doing a 4 on 4 off roster with school aged kids? I do nights at the airport (T1 arrivals, '
             "we're Border Force so we clear the international flights) and the 2am Singapore and Dubai arrivals are "
             'killing me.',
             'Hubby Chidi does the school run to Tuart Rise Primary at 8.20 on my night weeks and I pick up at 3 on '
             'my days off.']),
           (3102,
            '2026-02-11 14:00',
            '+08:00',
            "Zara's swimming carnival!!",
            ['Zara came 2nd in freestyle at the Tuart Rise carnival 🥈 so proud. Kofi cried because he wanted to swim '
             'too lol.']),
           (3103,
            '2026-02-19 21:10',
            '+08:00',
            'Afterpay/Zip spiral - no judgement pls',
            ["I have 6 Afterpay plans and a Zip account at $2,800 and I honestly don't know how it got here. School "
             "uniforms, Ama's daycare, car rego.",
             "Chidi and I are separating (he's moved to his mum's in Rockingham) so it's one wage now. Feeling "
             'pretty alone tbh.']),
           (3104,
            '2026-03-03 10:00',
            '+08:00',
            'Vent: work',
            ['We had a lady come through T1 with 3kg of heroin sewn into the lining of a baby carrier. A BABY '
             "CARRIER. And then management tells us they're cutting the night team from 9 to 6 officers from April. "
             'How are 6 of us supposed to cover three widebodies landing at once?',
             'My team leader Sunil Baptiste is trying but he gets nowhere with the Superintendent.']),
           (3105,
            '2026-03-15 09:30',
            '+08:00',
            'Playgroup in Baldivis?',
            ["Is the Thursday 9.30 playgroup at the Baldivis community centre still on? Ama loves it and it's the "
             "only morning I see other adults lol. My neighbour Grace Whitfield (the legend who minds Ama when I'm "
             'on nights) said it moved.']),
           (3106,
            '2026-03-22 20:00',
            '+08:00',
            'Tv recs',
            ["Bingeing Bluey with the kids, and Airport 24/7 after they're asleep. Any other recs?"]),
           (3107,
            '2026-04-05 16:00',
            '+08:00',
            'Kids birthday venues south of the river',
            ["Kofi's turning 9 in May - he wants a party at the trampoline place near the Baldivis shops. Message me "
             'on 0491 570 318 if you know somewhere cheaper.']),
           (3108,
            '2026-04-14 11:00',
            '+08:00',
            'MIL drama',
            ["My MIL Ngozi says she'll still have the kids Tuesdays even with everything going on. Bless her. Kofi's "
             'footy at Baldivis Junior Football Club is Tuesday 5pm so she takes him.'])]}
