"""Dev rows for round 15's home said in passing (our own words, never from held-out texts).

1. A bare suburb in a short bio or forum about-box among hobby fragments, comma-joined to a descriptor ("Home baker,
   <Suburb>."), lower case with its state, a workshop or house "in <Suburb>" in a bio.
2. Home said in passing in a post: "I'm in <Suburb>, the NBN's ...", "home in <Suburb> for three weeks", "from home in
   <Suburb> to ...", "our side of town, <Suburb>,", "rent on my own in <Suburb>", a relative "two streets from us".
3. Third-person about pages: "<Name> and the dog live up the hill in <Suburb>", "she and her partner live ...".
4. A structured address (h-card p-locality, JSON-LD address) beside a job title: still the home unless said to be work.
5. A commute that starts at home ("my lift to work leaves <Suburb> at 1:15"); a station or wharf one leaves from each
   weekday is no home by itself.
Near misses: a junior team named for a suburb, a ship's home port, one-word bio fragments that are no place
("Fish. Sunsets."), star and fictional names, a bare city in a bio, a suburb where a club meets, someone else's home,
a hotel stay, rent prices in general.
Appended by build_devset.py ("r15h" ids, posts and profiles in one list).
"""
from __future__ import annotations


def _actor(summary: str = "", fields: dict | None = None, username: str = "alexm", name: str = "Alex") -> dict:
    return {"name": name, "preferredUsername": username, "summary": summary,
            "attachment": [{"name": k, "value": v} for k, v in (fields or {}).items()]}


_CARD = '<div class="h-card"><a class="p-name u-url" href="{profile}">Alex Morgan</a> '

ROUND15_R15HOME_ROWS: list[tuple] = [
    # --- 1. a bare suburb among a bio's hobby fragments
    ("ap-actor", _actor("Mixed reef, 450 L. Kirrawee. Frags for swap"), "home_location=place:kirrawee nsw"),
    ("ap-actor", _actor("karama nt. barra, boats, bad jokes."), "home_location=place:karama nt"),
    ("ap-actor", _actor("Home baker, Ashgrove. Hydration nerd."), "home_location=place:ashgrove qld"),
    ("ap-actor", _actor("Mother of two, Woodridge. Coffee dependent."), "home_location=place:woodridge qld"),
    ("ap-actor", _actor("Brewing stouts in a tiny garage in Coburg. Kegs > bottles."), "home_location=place:coburg vic"),
    ("ap-actor", _actor("Nightcliff. Sunset chaser. Mango hoarder."), "home_location=place:nightcliff nt"),
    ("ap-actor", _actor("bikes | sourdough | lutwyche"), "home_location=place:lutwyche qld"),
    ("ap-actor", _actor("Amateur astronomer, Malak. Clear skies or bust 🔭"), "home_location=place:malak nt"),
    ("ap-actor", _actor("Knitting, cats, too many seedlings. Moonah, Tas."), "home_location=place:moonah tas"),
    ("ap-actor", _actor("Restoring a 1920s weatherboard in Bassendean one weekend at a time."),
     "home_location=place:bassendean wa"),
    ("ap-actor", _actor("Retired sparky, Glenorchy. Grandkids and gardening 🌱"), "home_location=place:glenorchy tas"),
    ("ap-actor", _actor("Dad of 3 🏉 Wynnum. Tinny on weekends."), "home_location=place:wynnum qld"),
    # --- 1. near misses: no place, a team, a city alone, a club's venue, fiction and stars
    ("ap-actor", _actor("Fish. Sunsets. Salt."), ""),
    ("ap-actor", _actor("Orion. Andromeda. Dobsonian nerd."), ""),
    ("ap-actor", _actor("Narnia-ish. Tea. Dragons."), ""),
    ("ap-actor", _actor("Coach, Kambah Stingrays under 9s. Oranges at half time."), ""),
    ("ap-actor", _actor("Darwin. Cricket. Cats."), ""),
    ("ap-actor", _actor("Ship's cook. Home port Fremantle for the season. Salt in the veins."), ""),
    ("ap-actor", _actor("Stitch & bitch group, meets Thursdays in Unley. All welcome."), "routine=thursday unley"),
    # --- 2. home said in passing in a post
    ("ap", "I'm in Moonah, fibre's good so the NBN drama skipped us", "home_location=place:moonah tas"),
    ("he", "Home in Seddon for three weeks before the next contract up north, the garden needs me",
     "home_location=place:seddon vic"),
    ("ap", "riding laps from home in Kaleen to the servo and back, 40k done before brekkie",
     "home_location=place:kaleen act"),
    ("rss", "From our side of town, Bassendean, over to the ferry takes most of an hour on a Sunday.",
     "home_location=place:bassendean wa"),
    ("ap", "rent on my own in Footscray is killing me, might need a housemate", "home_location=place:footscray vic"),
    ("he", "My nan still lives in Chermside, two streets from us, so she's over for tea most nights",
     "home_location=place:chermside qld"),
    ("ap", "working from home in Wynnum today, the dog approves of this arrangement", "home_location=place:wynnum qld"),
    ("ap", "power's been out at home in Stafford since 3am, candles and cold coffee", "home_location=place:stafford qld"),
    ("rss", "My brother lives in Toowong now, five minutes from us, which is great for babysitting.",
     "home_location=place:toowong qld"),
    ("ap", "we're in Mitchelton, the NBN tech says our street is last on the list. of course it is",
     "home_location=place:mitchelton qld"),
    ("he", "Rent on our place in Brunswick went up again. Eighth year here.", "home_location=place:brunswick vic"),
    # --- 2. near misses
    ("ap", "I'm in Sydney for a conference, the hotel wifi is a joke", ""),
    ("he", "Rent in Footscray is insane now, saw a one-bed go for $600", ""),
    ("ap", "My mate lives in Toowong, miles from us, so we only catch up at the footy", ""),
    ("rss", "Stayed two nights in Seddon at an Airbnb for the festival, lovely spot.", ""),
    # --- 3. third-person about pages
    ("rss", "Alex and the dog live up the hill in Coorparoo with her partner, and she bakes for every meeting.",
     "home_location=place:coorparoo qld"),
    ("he", "About the author: Alex Morgan writes about frogs. She and the dog live up the hill in Annerley with her partner.",
     "home_location=place:annerley qld"),
    ("rss", "Our coach Alex lives just round the corner in Kambah, so she is first to every session.",
     "home_location=place:kambah act"),
    ("he", "Alex Morgan (she/her) lives in Bulimba with two greyhounds and too many pot plants.",
     "home_location=place:bulimba qld"),
    ("ap", "Meet the committee: Alex lives down near the creek in Scullin and has kept bees for a decade.",
     "home_location=place:scullin act"),
    # --- 3. near misses: another member, the club's meeting place
    ("rss", "Bronwyn and the dog live up the hill in Coorparoo with her partner.", ""),
    ("he", "The club meets round the corner in Kambah at the scout hall every second Tuesday.", "routine=tuesday kambah"),
    # --- 4. a structured address beside a job title
    ("h-card", _CARD + '<span class="p-job-title">Landscape designer</span> '
               '<p class="p-adr h-adr"><span class="p-locality">Norwood</span> <span class="p-region">SA</span></p></div>',
     "home_location=place:norwood sa"),
    ("jsonld", {"name": "Alex Morgan", "jobTitle": "Bookkeeper",
                "address": {"@type": "PostalAddress", "addressLocality": "Leederville", "addressRegion": "WA"}},
     "home_location=place:leederville wa"),
    ("jsonld", {"name": "Alex Morgan", "jobTitle": "Physio",
                "homeLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Maylands",
                                                                "addressRegion": "WA"}}},
     "home_location=place:maylands wa"),
    # near miss: the work address said to be work
    ("jsonld", {"name": "Alex Morgan", "jobTitle": "Physio",
                "workLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Subiaco",
                                                                "addressRegion": "WA"}}}, "work_location=place:subiaco, wa"),
    # --- 5. a commute that starts at home
    ("ap", "my lift to work leaves Kirwan at 1:15 so it's a 12:30 alarm for me", "home_location=place:kirwan qld"),
    ("he", "Carpool picks me up in Ngunnawal at 6:40, bless Deb and her podcast taste",
     "home_location=place:ngunnawal act"),
    ("ap", "walk from our place down to Seddon station for the 7:12 every weekday, same carriage every time",
     "home_location=place:seddon vic | routine=weekday 07:12"),
    # near misses: a station or wharf alone
    ("ap", "ferry from Bulimba wharf most mornings, best commute in Brisbane", ""),
    ("rss", "Caught the 7:05 from Belconnen interchange again, same faces every weekday.", "routine=07:05 commute belconnen"),
    ("he", "Train from Maylands at 7:12 every weekday, same bloke eating an egg sandwich.", "routine=weekday 07:12 maylands"),
    # --- more near misses for the round 15 phrases: a client's house, a house seen on a walk, at home in a city,
    # a lift from the airport, an employer's card, a place for a day trip, a fictional home
    ("ap-actor", _actor("Builder. Just finished a house in Coburg for a lovely family. Quotes free."), ""),
    ("ap", "Saw a gorgeous little cottage in Bassendean on the walk today, want", ""),
    ("he", "Three days in and I already feel at home in Hobart, what a town", ""),
    ("ap", "My lift picks me up from the airport at 11, flight was a shocker", ""),
    ("jsonld", {"name": "Alex Morgan", "jobTitle": "Bookkeeper",
                "worksFor": {"@type": "Organization", "name": "Leederville Accounting Co"},
                "address": {"@type": "PostalAddress", "addressLocality": "Leederville", "addressRegion": "WA"}}, ""),
    ("rss", "Alex Morgan lives in Narnia, or at least her head does, most of the time.", ""),
    ("ap", "we're in Cairns, the hotel wifi is worse than the humidity", ""),
    # --- 3. more third-person pages
    ("rss", "Alex lives in Chisholm with her two kids and a very old cat, and runs the canteen roster.",
     "home_location=place:chisholm act"),
    ("he", "Welcome Alex Morgan to the board! She lives out at Kirwan with her family and two horses.",
     "home_location=place:kirwan qld"),
    ("ap", "Our treasurer Alex Morgan and her partner live just down the road in Wynnum, handy for the key.",
     "home_location=place:wynnum qld"),
    ("rss", "Alex has called Nightcliff home for twelve years and still swims at the jetty every morning.",
     "home_location=place:nightcliff nt | routine=every morning"),
    ("he", "Lexi, a Malak local, has been on the committee since 2019 and never misses a working bee.",
     "home_location=place:malak nt"),
    # --- 4. more structured addresses beside a job title
    ("h-card", _CARD + '<span class="p-job-title">Piano teacher</span> '
               '<p class="p-adr h-adr"><span class="p-locality">Toowong</span> <span class="p-region">QLD</span></p></div>',
     "home_location=place:toowong qld"),
    ("jsonld", {"name": "Alex Morgan", "jobTitle": "Electrician",
                "address": {"@type": "PostalAddress", "addressLocality": "Glenorchy", "addressRegion": "TAS"}},
     "home_location=place:glenorchy tas"),
    ("jsonld", {"name": "Alex Morgan", "jobTitle": "Nurse", "homeLocation": {"@type": "Place", "name": "Moonah, TAS"}},
     "home_location=place:moonah tas"),
    # near miss: a card naming the employer beside the locality
    ("h-card", _CARD + '<span class="p-job-title">Sales rep</span> <span class="p-org">Toowong Motors</span> '
               '<p class="p-adr h-adr"><span class="p-locality">Toowong</span> <span class="p-region">QLD</span></p></div>', ""),
    # --- 5. more lifts from home; a bus stop alone
    ("ap", "my lift leaves Woodridge at 5:40, she is a saint and i owe her so many coffees", "home_location=place:woodridge qld"),
    ("he", "Walk from our front door to Maylands station is six minutes, then the 7:12 every weekday.",
     "home_location=place:maylands wa | routine=weekday 07:12"),
    ("ap", "the 6:10 bus from the Kaleen shops every weekday, same driver, same radio station", "routine=06:10 bus kaleen"),
]
