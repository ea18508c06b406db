"""Dev rows for round 8's home classes (r8places), in our own words (never from held-out texts).

Home said informally: the start of a daily commute, a room or yard of the home named beside the suburb, a home
near a local landmark, a child's local school in a parent's post, a third-person club or about page ("She lives
in <suburb>"), a bio "<suburb> girl/boy/lass" with emoji. Near misses: a holiday town, a work suburb, a
restaurant elsewhere, a train from the city, a friend's or sister's suburb, an away game, a school the subject
teaches at or visits, an evening commute from work.
Appended by build_devset.py after every older row (ids r8plNNN posts, r8plpNNN profiles), so ids stay put.
"""
from __future__ import annotations

ROUND8_PLACES_POSTS: list[tuple] = [
    # --- the start of a daily commute
    ("ap", "get the 6:58 out of Mount Druitt every weekday, same carriage, same grumpy bloke opposite",
     "routine=06:58 mount druitt"),
    ("he", "Ferry from Neutral Bay at 7:10 most mornings, honestly the best way to start a workday ⛴️",
     "routine=07:10 ferry"),
    ("rss", "40 mins on the 412 from Kingsgrove every morning, podcasts are the only thing keeping me sane",
     "routine=412 bus"),
    ("ap", "my train leaves hornsby 6.47am daily lol someone send coffee", "routine=06:47 train"),
    ("he", "Daily grind: 7:15 bus from Marsden Park, flat white in hand, same seat up the back",
     "routine=07:15 bus"),
    ("rss", "Five years on the Frankston line from Seaford every morning, 80 books read on it so far",
     "home_location=place:seaford | routine=frankston line"),
    # near misses: the evening leg from work, a one-off trip from the city, a holiday bus, someone else's commute
    ("ap", "the 5:30 from Town Hall every night is a sardine tin, I swear", "routine=05:30 town hall"),
    ("he", "Caught the train from Central to the cricket, what a day", ""),
    ("rss", "Bus from Byron to the airport at 7am, holiday over, back to reality", ""),
    ("ap", "my brother commutes from Penrith to the city, he's mad", ""),
    # --- a room or yard of the home named beside the suburb
    ("he", "fairy lights up on the verandah, Dulwich Hill doing cosy season right 🕯️", "home_location=place:dulwich hill nsw"),
    ("ap", "new cushions for our flat, coburg winter mode engaged", "home_location=place:coburg vic"),
    ("rss", "Snags on the barbie in the backyard, Woonona smells like summer", "home_location=place:woonona"),
    ("he", "home to Toowoomba at last, the dog going mental at the gate", "home_location=place:toowoomba qld"),
    ("ap", "Jasmine's out along our back fence again, spring in Ashgrove is the best", "home_location=place:ashgrove"),
    ("rss", "From the back garden on Pindari Crescent this morning, two king parrots on the feeder",
     "home_location=address:pindari crescent"),
    ("he", "Mowed the lawn, cleaned the gutters, Sunday arvo in Kellyville sorted", "home_location=place:kellyville nsw"),
    # near misses: a sister's yard, a holiday rental's verandah, a restaurant's courtyard, a hotel balcony
    ("ap", "backyard cricket at my sister's in Penrith, she's got the bigger yard", ""),
    ("he", "lovely verandah at our Airbnb in Daylesford, back to reality tomorrow", ""),
    ("rss", "The courtyard at Bistro Lune in Fitzroy does a cracking risotto", ""),
    ("ap", "our hotel balcony in Noosa has a view for days", ""),
    # --- near a local landmark
    ("he", "we're on Walters Road near the Blacktown showground, the kids can walk to school",
     "home_location=address:walters road | home_location=place:blacktown nsw"),
    ("ap", "live two streets back from the Cronulla surf club, hear the waves from bed", "home_location=place:cronulla nsw"),
    ("rss", "i'm just off Victoria Rd near the Gladesville shops, traffic noise 24/7 but the kids can walk to school",
     "home_location=place:gladesville nsw"),
    # near misses: stuck in traffic on a road, an away game at a ground
    ("he", "we're on Parramatta Road stuck in traffic near the Auburn ground, footy at 3", ""),
    ("ap", "Away game at the Penrith showground, we got smashed 6-nil", ""),
    # --- a child's local school in a proud-parent post
    ("rss", "So proud of Matilda, 3rd in the cross country at Kedron State School today 🏃‍♀️",
     "home_location=place:kedron | family=matilda"),
    ("he", "Miss 6 lost her first tooth at Oatley Public today and the tooth fairy is broke", "home_location=place:oatley nsw"),
    ("ap", "our eldest starts at Mount Gravatt High next year, where did the time go", "home_location=place:mount gravatt"),
    ("rss", "swimming carnival at Ngunnawal Primary, Hugo came 2nd in freestyle and I cried",
     "home_location=place:ngunnawal act | family=hugo"),
    ("he", "Beecroft Public fete on Saturday and I'm on the cake stall again, send help", "home_location=place:beecroft nsw"),
    # near misses: the school the subject teaches at, a visit as a speaker, their own old school
    ("ap", "I've taught Year 9 maths at Penrith High for eleven years and they still surprise me", ""),
    ("he", "Guest speaker at Randwick Boys High careers day, the kids asked great questions", ""),
    ("rss", "Remembering my own days at Lismore High, 1998 was a wild year", ""),
    # --- a third-person club or about page
    ("ap", "Alex has played with the Wests Masters since 2012. He lives in Weetangera with wife Priya and two spoodles.",
     "home_location=place:weetangera | family=priya"),
    ("he", "Meet our treasurer, Alex Morgan! She calls Ainslie home and never misses a sausage sizzle.",
     "home_location=place:ainslie"),
    ("rss", "Alex Morgan, vice-captain. Originally from Dubbo, these days she's settled in Gungahlin with her partner and three chooks.",
     "home_location=place:gungahlin act"),
    # near misses: a teammate's home, a brother's suburb, an away leg
    ("ap", "Alex's teammate Josh lives in Belconnen with his wife and twin boys", ""),
    # (round 9: the brother's suburb stays a near miss; coaching the juniors every Saturday is the subject's routine)
    ("he", "Alex coaches the juniors on Saturdays. His brother lives in Florey.", "routine=saturday"),
    ("rss", "The Masters travel to Goulburn on Saturday for the away leg, bus leaves at 7", ""),
    # --- a Sunday out with the family: alone, not a home
    ("ap", "Sunday lunch in Kiama with my wife and our daughter, then a walk on the headland", ""),
]

ROUND8_PLACES_PROFILES: list[tuple] = [
    # --- a bio "<suburb> girl/boy/local" with emoji, a bio "Lives in"
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Cronulla girl 🌊 coffee, salt hair, no regrets",
                  "attachment": []}, "home_location=place:cronulla nsw"),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Proud Mackay boy 🐊 dad of two, terrible golfer",
                  "attachment": []}, "home_location=place:mackay qld"),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "🌏 Northcote local ☕ plant hoarder",
                  "attachment": []}, "home_location=place:northcote vic"),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Bundaberg lass 🍍 tea, crosswords, grandkids",
                  "attachment": []}, "home_location=place:bundaberg qld"),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm",
                  "summary": "Keen cyclist and terrible cook. Lives in Bonython with the family.", "attachment": []},
     "home_location=place:bonython"),
    # near misses: not a place, a footy club, a dream
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Country girl at heart 🐴 city girl by necessity",
                  "attachment": []}, ""),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Bali girl 🌺 in my dreams. Spreadsheets by day.",
                  "attachment": []}, ""),
]
