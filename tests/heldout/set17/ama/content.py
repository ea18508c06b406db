"""Farid Haddad, 33, Border Force container examination officer, Port Botany; an 'ask me anything' forum thread (FICTIONAL: every person, handle, number and address is invented)."""
import sys

NAME = "Farid Haddad"
FORUM = {'site': 'Sydney Locals Board',
 'user': 'botanybox',
 'path': '/forum/u/botanybox/',
 'inline': False,
 'about': ['Farid. Marrickville. Container guy. Ask away. Reach me on Signal: @faridh.33'],
 'posts': [(4201,
            '2026-03-01 20:00',
            '+11:00',
            'AMA: I x-ray shipping containers for Border Force at Port Botany',
            ['Been at the container examination facility at Botany 6 years. Ask me anything (within reason lol).',
             "Q: what's the wildest thing? A: last month 60kg of cocaine in the hollowed-out legs of flat-pack "
             'tables. We found it because the density on the scan was off in every third leg.']),
           (4202,
            '2026-03-01 20:30',
            '+11:00',
            'RE: AMA - how many containers do you check?',
            ['Q: How many do you actually open? A: Honestly? Maybe 1 in 200 gets a full unpack. On a weekend swing '
             "there's 4 of us and one working x-ray, the other's been broken since Feb. Crooks would love to know "
             'that ha.']),
           (4203,
            '2026-03-01 21:00',
            '+11:00',
            'RE: AMA - how do you pick them?',
            ['Q: How do you choose? A: The profile comes through ICS and the targeting tool flags it, then we can '
             "look up the importer's history, previous holds, the broker. I can pretty much see everything about a "
             "consignment. Password's on a sticky note at the x-ray desk cos it expires every 30 days lmao."]),
           (4204,
            '2026-03-01 21:40',
            '+11:00',
            'RE: AMA - shifts?',
            ['Q: What are the hours? A: Swing is 2 till midnight, earlies 6 till 2. I drive down General Holmes '
             'Drive and park in the staff lot behind the facility. Home by 12.30 on swing.']),
           (4205,
            '2026-03-01 22:10',
            '+11:00',
            'RE: AMA - is the pay good?',
            ["Q: Pay? A: It's ok but not Sydney-rent ok. Me and my wife Rania are on one income since the twins came "
             "and I'm $18k deep on two credit cards. Not gonna lie it's stressful."]),
           (4206,
            '2026-03-01 22:30',
            '+11:00',
            'RE: AMA - who do you work with?',
            ['Q: Best coworker? A: My offsider Brendan Tuiasosopo, 20 years on the job, ex-Customs. Knows every '
             'broker at Botany by their first name.']),
           (4207,
            '2026-03-08 18:00',
            '+11:00',
            'Best falafel in the inner west?',
            ['Off topic. Our local is the falafel joint on Illawarra Rd, two doors from our street. Fight me. My '
             "brother-in-law reckons Lakemba is better. He's wrong."]),
           (4208,
            '2026-03-14 09:00',
            '+11:00',
            'Weekend plans',
            ['Twins Layla and Yusuf have their first Saturday swimming lesson at 8am at Marrickville pool. Then '
             'sleep.']),
           (4209,
            '2026-03-20 19:00',
            '+11:00',
            'Watched the new doco',
            ['Watched that port security doco on SBS. The guys at the private terminal gate are DP World not us, '
             'people always mix that up.'])]}
