"""Ken Oduya: Home Affairs ICT sysadmin, Canberra; gamers' forum in lowercase (FICTIONAL). Every name, handle, number and address is invented."""
NAME = "Ken Oduya"
FORUM = {'site': 'The Lag Room',
 'user': 'packetloss_ken',
 'path': '/board/members/packetloss_ken/',
 'inline': True,
 'about': ['sysadmin at home affairs by day, cs2 by night. braddon. discord: packetloss_ken',
           'acct is under my dha email from before i knew better lmao'],
 'posts': [(601,
            '2026-05-06 23:10',
            '+10:00',
            'raid night',
            ['raid night every wed 8pm still on? housemate jono is finally joining, pls be nice']),
           (602,
            '2026-05-14 01:20',
            '+10:00',
            'work rant dont read',
            ['the visa processing platform runs on a 2011 oracle cluster and patching is 14 months behind. '
             "my team lead bryce says 'next FY'. it was next FY last FY",
             'also everyone in ops shares the one break-glass admin account and the password is on a post-it '
             'on the rack at the hume data centre. im not even joking']),
           (603,
            '2026-05-29 22:45',
            '+10:00',
            'skins',
            ['lost like 3k on skins cases this month. im fine. probably. anyone want to buy a knife skin '
             'lol']),
           (604, '2026-06-11 20:00', '+10:00', 'monitor recs', ['27 inch 165hz under 400? asking for me']),
           (605,
            '2026-06-25 23:55',
            '+10:00',
            'bit flat',
            ['everyone went home for the break and braddon is dead. just me and the cat talking to the '
             'server fans. anyway gg'])]}
