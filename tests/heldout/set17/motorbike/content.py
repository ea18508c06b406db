"""Dean Kowalczyk, 52, Border Force officer at the Port of Mackay and Hay Point; a motorbike touring blog (FICTIONAL: every person, handle, number and address is invented)."""
import sys

NAME = "Dean Kowalczyk"
BLOG = {'path': 'blog',
 'title': 'Two Wheels North',
 'card_note': 'Touring the Queensland coast on a tired old Tiger 800. Mackay based.',
 'posts': [('andergrove-to-eungella',
            '2026-02-07 17:00',
            '+10:00',
            'Andergrove to Eungella and back',
            ['Left the driveway in Andergrove at 6 with Gazza (Gary Ferrante) on his GS. Up the range to Eungella, '
             'platypus spotted, pie at the top.',
             "The missus, Bernadette, says I'm having a midlife crisis. I'm 52, Bern, it's a late-life crisis."],
            ['rides'],
            (-21.094, 149.179)),
           ('roster-and-rides',
            '2026-02-21 19:00',
            '+10:00',
            'Fitting rides around the roster',
            ['People ask how I tour so much. Border Force roster at Hay Point is 7 on 7 off, 12-hour days on the '
             'coal terminal, so every second week is mine.',
             "We're meant to be four per shift boarding the bulk carriers but we've been running at two since "
             "Christmas. Two blokes to clear a 200-metre coal ship's crew. Management doesn't care."],
            ['work'],
            None),
           ('sarina-loop',
            '2026-03-06 16:00',
            '+10:00',
            'Sarina loop, wet',
            ['Rained the whole way. Bike needs a chain.'],
            ['rides'],
            None),
           ('what-i-cant-say',
            '2026-03-19 20:00',
            '+10:00',
            'The week that was',
            ['Long week. We boarded a Panamax at Hay Point berth 3 and found two crew with undeclared cash, near 90 '
             "grand in a ceiling panel in the galley. Matter's with the AFP now so that's all I'll say.",
             'Thank God for the Tiger. Rode to Cape Hillsborough after, sat on the sand till dark.'],
            ['work', 'rides'],
            None),
           ('bike-loan',
            '2026-04-02 18:00',
            '+10:00',
            'The bike loan and me',
            ['Honest post. The new Tiger was on a personal loan at 14 percent and the pokies at the Northern Beaches '
             "tavern have been eating the repayments. Bern doesn't know. Writing it here so I stop."],
            ['life'],
            None),
           ('every-sunday',
            '2026-04-15 17:00',
            '+10:00',
            'Sunday coffee ride',
            ['Standing invite: every Sunday my week off, 7am at the servo on Mackay-Bucasia Rd, then coffee at '
             'Bucasia. Bring your own bike, Gazza brings the jokes. Ring me at the Hay Point office on 07 5550 3381 '
             'on my week on if you want in.'],
            ['rides'],
            None)]}
