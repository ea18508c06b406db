"""Dev rows for round 6's people classes, in our own words (never from held-out texts).

Associates met in a pastime (on the water, birding, sailing crews, online games by @handle, a team-mate's
milestone, a club's captain or skipper); family named by a spouse, in-law or step title straight before the
given name in emoji-heavy posts; colleagues from a club page in the third person ("fellow <agency>
officer"), and a manager named by a work title the subject owns. A club's page about the subject in the
third person (opening on her name, then "she") is read as the subject's own. Near misses: sports stars on
the telly, a friend's friend, a shop's owner, a flight's captain, a pet, a film's director, someone else's
"she". Appended by build_devset.py after every older row, with their own id prefix ("r6p"), so ids stay put.
"""
from __future__ import annotations

ROUND6_PEOPLE_POSTS: list[tuple] = [
    # --- associates: company in a pastime
    ("ap", "Dawn patrol on the tinnie with Corey Palaszczuk, reckon we landed every flathead in the bay 🎣",
     "associate=corey palaszczuk"),
    ("he", "Fenella Drummond and I spent the arvo sailing her little sloop on the Swan, not a breath of wind",
     "associate=fenella drummond"),
    ("rss", "Stoked with third on line honours. Ruairi Tobin crewed for me the whole way down the coast, flawless on the jib.",
     "associate=ruairi tobin"),
    ("ap", "my twitching buddy Pim and i finally got the painted honeyeater after three trips 🐦", "associate=pim"),
    ("he", "Odette Ferreira talked me into the 5am shorebird count and honestly worth it, 40 godwits", "associate=odette ferreira"),
    ("ap", "@kez_plays dragged us through ranked again 😤 we're Plat now", "associate=kez_plays",
     {"mentions": ["kez_plays"]}),
    ("rss", "Huge congrats to our keeper Odile Brannigan on 200 games for the Wanderers tonight!!",
     "associate=odile brannigan"),
    ("he", "So proud of Hettie Larkspur, 150 games for the Bombers netball side and still the loudest on court 🥹",
     "associate=hettie larkspur"),
    ("ap", "Big day on the water with my birding companion Lachlan Sowerby, 64 species before lunch",
     "associate=lachlan sowerby"),
    # associate near misses
    ("rss", "So proud of Ellyse Perry, 300 games for Australia on telly tonight, what a legend", ""),
    ("ap", "Toby from the tackle shop sold me a rod I didn't need 🙃", ""),
    ("he", "The captain told us over the PA we'd be circling Melbourne for twenty minutes.", ""),
    ("rss", "Our spoodle Frankie crewed for me on the kayak, by which I mean sat there", ""),
    ("ap", "Watching the Test, Marnus carried us through the middle session", ""),
    ("he", "My sister's mate Jonah came fishing with us, nice bloke", ""),
    # --- family: a spouse, in-law or step title straight before the name, emoji all round
    ("ap", "Hubby Rafferty assembled the trampoline without the instructions 😂😂🙈", "family=rafferty"),
    ("he", "✨🎂 MIL Yolande turned 70 and out-danced everyone 💃", "family=yolande"),
    ("rss", "lol wifey Saoirse has claimed the whole doona again 🥶", "family=saoirse"),
    ("ap", "Step-dad Lionel taught the boys to cast a line 🎣❤️", "family=lionel"),
    ("he", "Sister-in-law Ottilie did the flowers for the christening 🌸🌸", "family=ottilie"),
    ("rss", "Brekkie run 🥐☕ FIL Bernard paid, miracles happen 🙏", "family=bernard"),
    # family near misses
    ("ap", "My neighbour's hubby Clive fixed our fence 🙏", ""),
    ("he", "MIL visiting again 🙄 that's three weekends straight", ""),
    ("rss", "Reading a thriller where the stepdad Roland turns out to be the killer 😱", ""),
    # --- colleagues: a club's page in the third person; a manager by the subject's own work title
    ("he", "Alex teams up with fellow Border Force officer Quentin Harlow at centre back, with skipper Mireille Daoud marshalling the defence.",
     "colleague=quentin harlow | associate=mireille daoud | employer=australian border force"),
    ("ap", "our new director Bettina Kowalczyk wants the whole section hot-desking by Easter, kill me",
     "colleague=bettina kowalczyk"),
    ("rss", "My branch manager Horatio Ngata signed off the leave, finally", "colleague=horatio ngata"),
    # colleague near misses
    ("ap", "Our choir director Yvonne had us singing till 10, my voice is gone", "associate=yvonne"),
    ("he", "Fellow Swiftie Jaz Hooper got us tickets for the Sydney show 😭", ""),
    # --- third-person club pages: "she" is the subject
    ("rss", "Lexi joined the Marrickville Magpies in 2021 and has played 60 games alongside her brother Barnaby.",
     "family=barnaby"),
    ("he", "Alex keeps goal for the Inner West Owls. She and teammate Dagny Rahim share the defensive end.",
     "associate=dagny rahim"),
    ("ap", "Mel Tran is our wing defence. She and her sister Bree carpool to every game.", ""),
    # --- a role without a name, then the post's only name spoken to
    ("he", "hubby sorted the whole birthday party on his own 🎈 love u Tobias", "family=tobias"),
    ("rss", "BIL drove four hours to fix our hot water system. legend, cheers Magnus 🔧", "family=magnus"),
    ("ap", "my 2IC swapped onto my Saturday so I could make the wedding, owe u one Declan", "colleague=declan"),
    ("he", "the missus is at her book club so it's me and the kelpie tonight. love you Biscuit", ""),
    # --- groups, nicknames, lower case, a farewell after years somewhere
    ("rss", "big thanks to the sunday morning paddle crew, Ingrid, Mateo and Priya, for the birthday pancakes 🥞",
     "associate=ingrid | associate=mateo | associate=priya | routine=sunday paddle"),
    ("ap", "Spud (Raymond Quill) finally got the old outboard running, dinner's on me", "associate=raymond quill"),
    ("he", "my mate robbo is flogging his tinnie if anyone wants it, give us a yell", "associate=robbo"),
    ("rss", "Retirement lunch for Noreen Balfour today, 31 years at the wharf and never a sick day",
     "colleague=noreen balfour"),
    ("ap", "Farewell drinks for Uncle Desmond tonight, 40 years at the brickworks", "family=desmond"),
]
