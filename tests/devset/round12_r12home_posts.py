"""Dev rows for round 12's home said in passing, in our own words (never from held-out texts).

Home told by how far it is from something ("ten minutes up the road in X", "the X tennis courts around the corner
from ours", "we live three streets back" with the suburb named elsewhere in the post); a home said plainly in an
odd frame ("I'm in a granny flat in X", a profile's third person without a name, "calls X home"); a bio's suburb in
slang ("X girl born n bred", "b&b", a suburb's local short name alone at the end of a list, "<suburb>, <city's
nickname>"); the start of a regular commute said without "every day" ("the 6:42 out of X is late again", "platform
3 at X at 6:50 ... the train to the city", the second-person "you know you're a ... when"); near misses: a trip, a
mate's or a parent's place, a one-off train, someone else's commute, a child's school the parent only visits.
Appended by build_devset.py after every older row ("r12h" ids, posts and profiles in one list).
"""
from __future__ import annotations


def _actor(summary: str = "", fields: dict | None = None, username: str = "alexm", name: str = "Alex") -> dict:
    return {"name": name, "preferredUsername": username, "summary": summary,
            "attachment": [{"name": k, "value": v} for k, v in (fields or {}).items()]}


ROUND12_R12HOME_ROWS: list[tuple] = [
    # --- a. home told by distance
    ("ap", "we're only ten mins away in Lalor Park so I'll bring the urn and the trestles for the working bee",
     "home_location=place:lalor park nsw"),
    ("he", "lol I live like 2 minutes from the Glenroy pool and I still haven't been in once this summer",
     "home_location=place:glenroy vic"),
    ("rss", "We live three streets back from the water. Walked the dog down to the Wynnum jetty at sunset, pelicans everywhere.",
     "home_location=place:wynnum qld"),
    ("ap", "the Rosanna tennis courts are literally around the corner from ours and I still lose to the 70 year olds",
     "home_location=place:rosanna vic"),
    ("he", "I'm a 5 min walk from Ferny Grove station which is the only reason I said yes to this job",
     "home_location=place:ferny grove qld"),
    ("rss", "Being a short stroll from the Padstow shops means I buy bread three times a day. No regrets.",
     "home_location=place:padstow nsw"),
    ("ap", "we're just up the hill in Lesmurdie, so when the power goes it goes for everyone",
     "home_location=place:lesmurdie wa"),
    ("he", "I live four doors down, other side of the reserve. Dad's old workshop in Oatley still smells of sawdust.",
     "home_location=place:oatley nsw"),
    ("ap", "ten minutes on the bike to the Bentleigh East cricket nets from my front door, no excuses this season",
     "home_location=place:bentleigh east vic"),
    ("rss", "Tip for new neighbours: we're two streets over from the Kelmscott library and the magpies there are brutal.",
     "home_location=place:kelmscott wa"),
    # near misses: a distance to somewhere one only visits
    ("ap", "The hotel was two minutes from the Glenelg tram, handy for the conference", ""),
    ("he", "My sister lives ten mins away in Menai so the cousins are always at each other's", ""),
    ("rss", "We were parked five minutes from the Berowra station waiting for the rail replacement bus", ""),
    # --- b. living said plainly in an odd frame
    ("ap", "im in a granny flat in Kingsgrove for now, after the split it was this or mum's spare room",
     "home_location=place:kingsgrove nsw | vulnerability=vulnerability:relationship"),
    ("he", "we're in a little rental in Bexley now, the landlord is lovely, the carpet is not",
     "home_location=place:bexley nsw"),
    ("rss", "Currently in a two-bedder in Footscray with a housemate and a very loud cat",
     "home_location=place:footscray vic"),
    ("ap", "Calls Mundaring home with two rescue greyhounds and far too many bikes.",
     "home_location=place:mundaring wa"),
    ("ap-actor", _actor("Lives in Jannali, where she swims the Jannali baths most mornings. Reads crime novels.", {}),
     "home_location=place:jannali nsw"),
    ("ap-actor", _actor("Retired sparky. Now living in Ashburton. Grandkids, garden, golf.", {}),
     "home_location=place:ashburton vic"),
    ("he", "About the author: lives in Tarragindi with a partner, a toddler and a vegetable patch that mostly feeds possums.",
     "home_location=place:tarragindi qld"),
    # near misses: somewhere that is not the subject's home
    ("ap", "Mum's in a rental in Bexley now and she hates the carpet", ""),
    ("rss", "Lives in Jannali? The council wants your say on the new car park.", ""),
    ("he", "in a hotel in Ballina for the week, the pool is freezing", ""),
    # --- c. a bio's suburb in slang
    ("ap-actor", _actor("Tuggerah girl born n bred 🌊 nurse, netball, nachos", {}), "home_location=place:tuggerah nsw"),
    ("ap-actor", _actor("Mornington lad, born & raised. Footy, fishing, flat whites.", {}), "home_location=place:mornington vic"),
    ("ap-actor", _actor("Kurri Kurri b&b. Sparky. Dad of three.", {}), "home_location=place:kurri kurri nsw"),
    ("ap-actor", _actor("bikes, bread, birdwatching, bad puns, belco.", {}), "home_location=place:belconnen act"),
    ("ap-actor", _actor("tea > coffee. knitting. true crime podcasts. paddo.", {}), "home_location=place:paddington nsw"),
    ("ap-actor", _actor("Jo is a youth worker and weekend baker from Carina Heights, Brisvegas.", {}, name="Jo"),
     "home_location=place:carina heights qld"),
    ("ap-actor", _actor("Nurse | Narangba, Brissie | cake decorator", {}), "home_location=place:narangba qld"),
    # near misses: a holiday spot, a team, a city alone
    ("ap-actor", _actor("Bali girl at heart. Nurse. Netball.", {}), ""),
    ("ap-actor", _actor("coffee, cricket, kayaks, Brisbane.", {}), ""),
    # --- d. the start of a regular commute
    ("ap", "the 6:42 out of Mittagong is late AGAIN, third time this week", ""),
    ("he", "A quiet morning on the 6:05 from Emu Plains, thermos of tea, half a crossword.",
     ""),
    ("rss", "You know you're a Werribee line lifer when you're on platform 1 at Hoppers Crossing at 6:58 every weekday "
            "and you know which door lines up with the stairs at Southern Cross.",
     "routine=routine:weekday 06:58"),
    ("ap", "my 7:10 bus from Kallangur never actually comes at 7:10, it's more of a suggestion",
     "routine=routine:07:10"),
    ("he", "The 5:50 out of Gosford always smells of bacon rolls and diesel, and I love it",
     ""),
    ("rss", "Left Redbank Plains at 5:20 as usual and the Centenary was already a car park",
     "home_location=place:redbank plains qld"),
    ("ap", "my usual 6:30 ferry from Manly was cancelled, chaos at the wharf", "routine=routine:06:30"),
    # near misses: a one-off, someone else's, the evening leg
    ("he", "Caught the 9:40 from Central to Newcastle for the weekend, sunburnt already", ""),
    ("rss", "Dave from cricket swears by the early train from Bowral, reads the whole paper on it", ""),
    ("ap", "the 5:15 from Town Hall home every night is a sardine tin", "routine=routine:05:15"),
    # --- f. a child's school the parent only passes through
    ("ap", "school pickup at Runcorn State School for my daughter then straight back to the office", ""),
    ("rss", "Dropping my son at Carnegie Primary on the way to work, then the tram into the city", ""),
    # --- more of each class, other registers
    ("ap", "hot tip: the Coogee rock pool is a 4 minute stroll from ours and nobody knows about it at 6am",
     "home_location=place:coogee nsw"),
    ("he", "The twins and I are in a townhouse in Mernda now, new start, new carpet, new neighbours",
     "home_location=place:mernda vic"),
    ("rss", "A true Ipswich boy born and bred, never lived anywhere else and never will", "home_location=place:ipswich qld"),
    ("ap", "the 5:58 from Campbelltown, carriage 3, the only place I get to read my book",
     ""),
    ("he", "my daily jog down to the Bulimba ferry wharf and back is the only exercise I get",
     "home_location=place:bulimba qld"),
    ("rss", "standing on platform 4 at Woy Woy at 5:40 every single weekday since 2019, someone give me a medal",
     "routine=routine:weekday 05:40"),
    ("ap", "Home these days is a tiny worker's cottage in Kurri Kurri and I wouldn't swap it", "home_location=place:kurri kurri nsw"),
    ("he", "The Bulli bakery sells out of vanilla slice by 9. We live three streets back from the beach and I still can't surf.",
     "home_location=place:bulli nsw"),
    # near misses
    ("rss", "the 6:20 from Flinders Street home was packed again tonight", "routine=routine:06:20"),
    ("ap", "My brother and his kids are in a townhouse in Mernda now", ""),
    ("he", "Waiting at Roma Street station for the 3:40 to the Gold Coast, see you soon Nan", ""),
]
