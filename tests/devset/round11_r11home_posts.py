"""Dev rows for round 11's home said informally, in our own words (never from held-out texts).

Home in a profile's structured fields (an ActivityPub field named for where one lives or is from, a schema.org
Person's address, a username that is a suburb and a person word); a terse bio or about line (a suburb among short
fragments, lower case, "<Town> born and bred", "<Town> based", a suburb's short local name); home told by a landmark
near it, by an aside about the flat or the street, third person on a club page; the start of a daily ride or drive.
Near misses: a bare city as the whole bio, a team named for a suburb in a field, a workplace field, a trip, a mate's
place, a landmark one is only at right now. Appended by build_devset.py after every older row ("r11h" ids).
"""
from __future__ import annotations


def _actor(summary: str = "", fields: dict | None = None, username: str = "alexm", name: str = "Alex") -> dict:
    return {"name": name, "preferredUsername": username, "summary": summary,
            "attachment": [{"name": k, "value": v} for k, v in (fields or {}).items()]}


ROUND11_R11HOME_PROFILES: list[tuple] = [
    # --- structured fields named for home
    ("ap-actor", _actor("Tinkerer. Bad at gardening.", {"Lives": "Kalamunda, WA"}), "home_location=place:kalamunda wa"),
    ("ap-actor", _actor("", {"Home": "Sandgate QLD", "Pronouns": "she/her"}), "home_location=place:sandgate qld"),
    ("ap-actor", _actor("Birds, bikes, bread.", {"Based": "Mount Lawley"}), "home_location=place:mount lawley wa"),
    ("ap-actor", _actor("", {"📍": "Croydon Park, NSW"}), "home_location=place:croydon park nsw"),
    ("ap-actor", _actor("", {"Hood": "Northcote"}), "home_location=place:northcote vic"),
    ("ap-actor", _actor("", {"Living in": "Woden Valley ACT"}), "home_location=place:woden valley act"),
    ("ap-actor", _actor("", {"Where": "Belconnen, Canberra"}), "home_location=place:belconnen act"),
    ("jsonld", {"name": "Alex Morgan", "address": {"@type": "PostalAddress", "addressLocality": "Toowong",
                                                    "addressRegion": "QLD"}}, "home_location=place:toowong qld"),
    ("jsonld", {"name": "Alex Morgan", "homeLocation": {"@type": "Place", "name": "Glenelg, SA"}},
     "home_location=place:glenelg sa"),
    # a username that is a suburb and a person word
    ("ap-actor", _actor("mum of three, tired", {}, username="kogarahmum3"), "home_location=place:kogarah nsw"),
    ("ap-actor", _actor("", {}, username="werribee_dad"), "home_location=place:werribee vic"),
    # --- terse bios and about lines
    ("ap-actor", _actor("Deb. Mandurah. Crane driver. DMs open."), "home_location=place:mandurah wa"),
    ("ap-actor", _actor("Stafford Heights born and bred. Diesel, dogs and dad jokes."), "home_location=place:stafford heights qld"),
    ("ap-actor", _actor("Ulladulla based photographer, mostly of fish"), "home_location=place:ulladulla nsw"),
    ("ap-actor", _actor("dad of 2 | braddon | coffee & bikes | opinions mine"), "home_location=place:braddon act"),
    ("ap-actor", _actor("woolloongabba. night shift brain. will talk footy"), "home_location=place:woolloongabba qld"),
    ("ap-actor", _actor("Bankstown boy through and through. Bulldogs till I die."), "home_location=place:bankstown nsw"),
    ("ap-actor", _actor("Freo local. Boats, beer, bad puns."), "home_location=place:fremantle wa"),
    # near misses: a bare city, a team, a workplace, a birthplace elsewhere, a trip
    ("ap-actor", _actor("Brisbane."), ""),
    ("ap-actor", _actor("Melbourne"), ""),
    ("ap-actor", _actor("", {"Team": "Penrith Panthers"}), ""),
    ("ap-actor", _actor("", {"Work": "Port of Fremantle"}), "work_location=place:fremantle port"),
    ("ap-actor", _actor("Two weeks in Broome. Sunburnt. Happy."), ""),
    # more fields and bios, other registers
    ("ap-actor", _actor("", {"Neighbourhood": "Lyneham", "Pronouns": "he/him"}), "home_location=place:lyneham act"),
    ("ap-actor", _actor("", {"🏡": "Mt Gravatt"}), "home_location=place:mount gravatt qld"),
    ("jsonld", {"name": "Alex Morgan", "jobTitle": "Barista", "homeLocation": {"@type": "Place", "address": {
        "@type": "PostalAddress", "addressLocality": "Ringwood", "addressRegion": "VIC"}}}, "home_location=place:ringwood vic"),
    ("ap-actor", _actor("👋 Shepp local. Dairy farmer's wife. Tea > coffee."), "home_location=place:shepparton vic"),
    ("ap-actor", _actor("MORPHETT VALE BORN AND BRED. Loud. Proud. Tired."), "home_location=place:morphett vale sa"),
    # near misses: a city alone, a team in the username, a holiday in the bio
    ("ap-actor", _actor("Perth, WA."), ""),
    ("ap-actor", _actor("Up up Cronulla! Sharks tragic since 1999", {}, username="cronullasharks"), ""),
    ("ap-actor", _actor("coffee | bikes | dad jokes | northern lights chaser"), ""),
    ("ap-actor", _actor("Geelong."), ""),
    ("ap-actor", _actor("Wollongong"), ""),
]

ROUND11_R11HOME_POSTS: list[tuple] = [
    # --- home by a landmark or an aside
    ("ap", "lol i'm literally across the road from Kelvin Grove State College, i hear every single bell",
     "home_location=place:kelvin grove qld"),
    ("he", "Our street backs onto the Bayswater Golf Course so the odd ball ends up in the pool",
     "home_location=place:bayswater vic"),
    ("rss", "We're up the hill in Lenah Valley now, walking distance to the bush tracks, bliss.",
     "home_location=place:lenah valley tas"),
    ("ap", "the flat near Fairfield station is so quiet after the old place, I actually sleep now",
     "home_location=place:fairfield nsw"),
    ("he", "Club profile: Alex Morgan lives out at Gisborne with wife Priya and two very loud kelpies, and has "
           "not missed a Tuesday in six years.", "home_location=place:gisborne vic | family=family:priya"),
    ("rss", "Meet our new treasurer. Lexi is a five-minute walk from the clubrooms, her place is near Lake Ginninderra "
            "in Belconnen.", "home_location=place:belconnen act"),
    ("ap", "our backyard literally runs into Mullum Mullum Creek reserve out here in Donvale, possums galore",
     "home_location=place:donvale vic"),
    ("he", "Three doors down from the Wavell Heights shops and I STILL forget the milk", "home_location=place:wavell heights qld"),
    ("rss", "Taglish na lang: ang init sa unit namin sa Blacktown, walang aircon, grabe",
     "home_location=place:blacktown nsw"),
    ("ap", "AMA: yes I live next to the Warwick Farm racecourse. no I don't bet. ask away",
     "home_location=place:warwick farm nsw"),
    # --- the start of a daily ride or drive
    ("he", "I ride from Coorparoo to the depot every weekday, out the door at 4:10 with the possums",
     "home_location=place:coorparoo qld | routine=routine:weekday 04:10 coorparoo"),
    ("ap", "Parra to the city and back, five days a week, same carriage same faces",
     "home_location=place:parramatta nsw"),
    ("rss", "Out the door at 5:15 most mornings, Kurri Kurri to the mine site in 40 if the roos behave.",
     "home_location=place:kurri kurri nsw | routine=routine:05:15"),
    ("he", "WALKING FROM MARRICKVILLE TO THE STATION EVERY MORNING IN THIS HEAT IS CHARACTER BUILDING",
     "home_location=place:marrickville nsw"),
    ("ap", "Pt Cook to Docklands on the 7:02, every weekday, send snacks",
     "home_location=place:point cook vic | routine=routine:weekday 07:02"),
    # a child's local club named for the suburb
    ("he", "Miss 6 has her first game with the Kedron Hornets on Saturday 🐝 cannot cope with the cuteness",
     "home_location=place:kedron qld"),
    ("rss", "Mr 10 bagged three goals for Ashgrove Juniors this morning and hasn't stopped talking since",
     "home_location=place:ashgrove qld"),
    # third person, by name and alias
    ("ap", "Committee news: Lexi lives way out at Wallan these days, so she's always last to the barbecue",
     "home_location=place:wallan vic"),
    ("he", "ANYONE ELSE IN CABOOLTURE LOSE POWER?? OUR WHOLE STREET IS PITCH BLACK", "home_location=place:caboolture qld"),
    # a forum about line read as text: lower case, a comma list
    ("ap", "about me: hilux tragic. narrabundah. two kids, one dog, zero sleep", "home_location=place:narrabundah act"),
    ("he", "Wanniassa, dad of two, bad golfer. AMA", "home_location=place:wanniassa act"),
    # how long, a neighbour, living here, the heater, backing onto a trail
    ("ap", "been in Frankston nine years now and the pier still smells the same", "home_location=place:frankston vic"),
    ("he", "Our neighbour in Mitcham has a rooster. At 4am. Every day. Send help.", "home_location=place:mitcham vic"),
    ("rss", "Raised in Dubbo, studied in Wagga, living in Orange now and finally own a decent coat",
     "home_location=place:orange nsw"),
    ("ap", "lit the fire and cranked the heater, Katoomba is doing its best Antarctica impression",
     "home_location=place:katoomba nsw"),
    ("he", "We back onto the Cooks River path in Earlwood, so the dog thinks he owns it", "home_location=place:earlwood nsw"),
    # who the writer is by their suburb, home as what it is, an AMA answer
    ("ap", "just a Kallangur mum trying to keep three teenagers fed", "home_location=place:kallangur qld"),
    ("rss", "Home is a tiny fibro shack in Lakes Entrance with a view of the boat ramp", "home_location=place:lakes entrance vic"),
    ("he", "AMA! Q: whereabouts do you live? A: Scullin, ten minutes from the lake. Next question.",
     "home_location=place:scullin act"),
    # near misses
    ("ap", "She's a Kallangur mum too, we met at swimming lessons", ""),
    ("he", "where do you live these days? asking for a friend", ""),
    ("he", "I lived in Darwin for ten years before the move south, miss the storms", ""),
    ("ap", "Been in Adelaide all week for the conference, can't wait to get home", ""),
    ("rss", "My old neighbour in Ryde still sends a Christmas card every year", ""),
    ("rss", "Ran through Kambah, Wanniassa, Oxley this morning, 14 km and the magpies were out", ""),
    ("ap", "i'm across the road from Central station, where are you? meet at the clock", ""),
    ("he", "the Kedron Hornets beat our boys again, they were gutted", ""),
    ("rss", "Took the kids to watch the Ipswich Jets on Saturday, what a game", ""),
    ("ap", "Pt Cook to the airport tomorrow for my flight, ugh", ""),
    ("he", "Big Kev has been our groundsman for twenty years and lives out at Wallan with his missus", ""),
    ("he", "Rode from Manly to Palm Beach on Sunday, 60 km of hills", ""),
    ("rss", "My brother's flat near Ashfield station is tiny but he loves it", ""),
    ("ap", "Stayed at a motel near Lake Burley Griffin for the conference, walking distance to everything", ""),
    ("he", "Dropped the car at the Dandenong dealership this morning, bus back was fine", ""),
    ("rss", "Jono's coaching out at Sunbury this season, poor bloke", ""),
]
