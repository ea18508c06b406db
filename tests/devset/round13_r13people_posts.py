"""Dev rows for round 13's people work (branch r13people), in our own words (never from held-out texts).

Family, friends and co-workers stated the short ways: a relation written in brackets or clipped after or before
the name ("Tamsin (gf)", "my bf Kieran", "my sup Renata Okoye", "the 2IC, Odette Farrah"), in lower case; a
nickname glossed with the full name and a role ("Stretch (Nigel Ambrose, my mate since uni)"), in the third person
of a club or band page; the relation and the name in neighbouring sentences ("Miss you Dad. Reginald Hollis, ..."),
a relation told by what is done together (an anniversary of marriage, a house moved into, a partner who left, a
daycare drop, a junior side in brackets) and a friend by a routine of years. Near misses sit beside them: an
honorary uncle who is a mate, "gf" for gluten free, "sup" as a greeting or a supplement, a TL;DR, a film star
called a future husband, a parcel on a work line, an unnamed "somebody".
Appended by build_devset.py after every older row, ids "r13p", base index 6200. Every person is fictional.
The subject of the dev set is Alex Morgan (aliases alexm, Lexi).
"""
from __future__ import annotations

ROUND13_PEOPLE_POSTS: list[tuple] = [
    # --- family (a): a relation in brackets or clipped, before or after the name
    ("ap", "Tamsin (gf) has claimed the whole couch again, send reinforcements", "family=tamsin"),
    ("he", "Callum (bf) says we're doing Bali in June, who am I to argue", "family=callum"),
    ("ap", "sunday roast done, Rosalind (MIL) made enough for twenty people", "family=rosalind"),
    ("rss", "Big congrats to Marisol (SIL) on the new job at the hospital!", "family=marisol"),
    ("ap", "arvo at the beach w my bf Kieran, sunburnt already", "family=kieran"),
    ("he", "my gf @noor.b (Noor Bashir) won the pub trivia single-handed", "family=noor bashir"),
    ("ap", "my bf jarrah is cooking tonight thank god, i can't face the stove", "family=jarrah"),
    ("rss", "Declan (cuz) is up from Wagga this weekend so the spare room is taken", "family=declan"),
    ("ap", "Priscilla (wifey) booked us a cabin for the long weekend 🏕️", "family=priscilla"),
    ("he", "Movie night: me, my gf Ebony and far too much popcorn", "family=ebony"),
    ("ap", "- Partner: Leopold (bf, 3 yrs)\n- Dog: Waffles", "family=leopold"),
    # --- colleagues (a): a clipped work role
    ("ap", "my sup Renata Okoye let me leave early for the school concert, legend", "colleague=renata okoye"),
    ("he", "happy bday to my sup jules who always sorts the roster mess", "colleague=jules"),
    ("ap", "the boss at work, Fenella Croft, finally signed off my transfer", "colleague=fenella croft"),
    ("rss", "My mate from work Dimitri Vlahos ran his first marathon on Sunday", "colleague=dimitri vlahos"),
    ("ap", "Our shift sup, Dario Mencken, is retiring after 30 years", "colleague=dario mencken"),
    ("he", "the 2IC, Odette Farrah, ran the briefing today and it actually finished on time", "colleague=odette farrah"),
    ("ap", "Sarge (Wiremu Tane) shouted the whole shift pizza after the double", "colleague=wiremu tane"),
    ("rss", "new TL started today, Brigitte Osei, seems switched on", "colleague=brigitte osei"),
    # --- friends (a): a nickname glossed with the full name and a role, first and third person
    ("ap", "Stretch (Nigel Ambrose, my mate since uni) got engaged!!", "associate=nigel ambrose"),
    ("he", "Happy 60th to Blue (Colin Parry), my fishing mate of twenty years", "associate=colin parry"),
    ("rss", "Alex's best man, Dutchy (Pieter van Dam), kept the rings safe all day", "associate=pieter van dam"),
    ("ap", "The Saltbush Ramblers are Alex Morgan on fiddle and drummer Casey Loughlin, playing pubs since 2019",
     "associate=casey loughlin"),
    ("he", "Alex's third for the last eight seasons, Mouse (Gwen Tully), retires from pennants this year",
     "associate=gwen tully"),
    # the honorary uncle is a mate, not family
    ("ap", "Uncle Stevo (Steve Kalnins, my mate since TAFE) taught the kids to fish", "associate=steve kalnins"),
    # --- family (b): the relation and the name in neighbouring sentences
    ("rss", "Miss you Dad. Reginald Hollis, finest carpenter in Bendigo, 1948-2024.", "family=reginald hollis"),
    ("ap", "Ezra's got his Ps! My eldest, the new terror of the roundabouts.", "family=ezra"),
    ("he", "Ottilie (9) made dinner tonight. My girl is growing up too fast", "family=ottilie"),
    ("ap", "Rowan got his L plates today. Lord help the other drivers, my boy is behind the wheel", "family=rowan"),
    ("rss", "RIP Grandad. Clement Ashby, 1931-2025, fought fires and grew tomatoes.", "family=clement ashby"),
    ("ap", "Happy birthday Mum. Gwendolyn Price, best scone maker in Toowoomba, 70 today", "family=gwendolyn price"),
    # --- family (c): told by what is done together
    ("he", "Beatrix and I, twenty-five years married today and she still laughs at my jokes", "family=beatrix"),
    ("ap", "Horace and me, 40 years wed this Saturday", "family=horace"),
    ("ap", "Soren planted the lemon tree the week we moved in", "family=soren"),
    ("rss", "Imogen and I got the keys to our first place today!!", "family=imogen"),
    ("ap", "House is too quiet since Bettina left", "family=bettina"),
    ("he", "Carlos moved out and took the telly, the dog stayed with me", "family=carlos | vulnerability=relationship"),
    ("ap", "daycare pickup for Wren then straight to swimming", "family=wren"),
    ("he", "Kindy drop-off for Alfie, he didn't even look back", "family=alfie"),
    ("ap", "school run for Matilda and Georgie, then the gym", "family=matilda | family=georgie"),
    ("rss", "Our two Bulldogs, Ziggy (U11s) and Pia (U8s), both won this morning", "family=ziggy | family=pia"),
    # --- friends (d): a routine of years, a tag in the third person
    ("ap", "Ran the Tan with Priyanka Desai, as we do every Thursday for the past six years", "associate=priyanka desai"),
    ("he", "Saturday parkrun with Ollie Brandt as always, 7 years running", "associate=ollie brandt"),
    ("ap", "lexi and @bec_t (Rebecca Tan) at the lake for the long weekend", "associate=rebecca tan"),
    ("rss", "our weekly coffee, me and Delphine Roux, same table every Friday", "associate=delphine roux"),
    # --- near misses
    ("ap", "My husband swims the same route as me: Coogee to Gordons Bay", ""),
    ("he", "Somebody (bf) ate all the Tim Tams and will not confess", ""),
    ("ap", "Parcel on our line came off the belt torn open again, third time this week", ""),
    ("rss", "Tried the new gf bakery on Crown St, the brownies are unreal", ""),
    ("ap", "sup nerds, Jordie here with another vlog about budget camping", ""),
    ("he", "The TL;DR: Ryan Fisher was right about the roof", ""),
    ("ap", "Dex Harlan (future hubby 😍) in the new superhero trailer", ""),
    ("he", "my sup stack these days: creatine, fish oil, magnesium", ""),
    ("ap", "bf material checklist: likes dogs, owns a ute, can cook", ""),
    # --- later additions: a relation label, the bf after "the", a relative's 90th, a child past an aside
    ("he", "- Bf: Oliver, 29, chef\n- Star sign: Leo", "family=oliver"),
    ("ap", "Me & the bf (Lorcan) off to Tassie for a week 🌲", "family=lorcan"),
    ("rss", "Gran's 90th! Merle Fitzgerald, the toughest woman in Mildura", "family=merle fitzgerald"),
    ("ap", "Cas has his Ls! Lord help us. My son behind the wheel", "family=cas"),
    # a relative with no name placed at a named workplace; the subject's own job and someone else's relative are not
    ("he", "hubby's first week at Coates Hire, fingers crossed he likes it", "family=husband"),
    ("ap", "My wife started at Canberra Hospital this week, so proud", "family=wife"),
    ("rss", "my job at Kmart Belconnen was the best part of uni", ""),
    ("ap", "her husband works at Qantas so they fly for nothing, lucky", ""),
    ("he", "My brother just started at the Ballarat office of his accounting firm", ""),
]
