"""Dev rows for round 14's home said once in an aside, home from photos, and home false alarms (our own words, never
from held-out texts).

a. A suburb said once beside a home cue, in many registers: a work-time phrase in the same sentence ("before work",
   "after the late shift"), a suburb's shops, oval or servo in a sentence about the writer's home, the start of a trip in
   ("the 6:50 bus from the <Suburb> shops", "cycled in from <Suburb>"), a business run from home, a forum member card's
   "Location:" field, suburbs named like people or words ("Thornton", "Holt", "Kirwan") after a home phrase.
b. A post with a place whose caption names a part of a home only a home has (the washing on the line, the side fence,
   the kids' cubby).
c. Near misses: a school's P&C notice, "<nickname> boy" alone, a mate's or a parent's room, a tradie's job for a
   client, a hotel balcony, a suburb's oval in a sentence about a game, a bus from a suburb on a one-off trip.
Appended by build_devset.py after every older row ("r14h" ids, posts and profiles in one list).
"""
from __future__ import annotations


def _actor(summary: str = "", fields: dict | None = None, username: str = "alexm", name: str = "Alex") -> dict:
    return {"name": name, "preferredUsername": username, "summary": summary,
            "attachment": [{"name": k, "value": v} for k, v in (fields or {}).items()]}


def _at(lat: float, lon: float, name: str = "") -> dict:
    return {"location": {"type": "Place", "latitude": lat, "longitude": lon, **({"name": name} if name else {})}}


def _geo(lat: float, lon: float) -> str:
    return f"geotag=geotag:{lat:.4f},{lon:.4f}"


ROUND14_R14HOME_ROWS: list[tuple] = [
    # --- a. a work-time phrase no longer hides the home sentence
    ("ap", "Took the pup round Kaleen before work, our street's a river after last night's storm",
     "home_location=place:kaleen act"),
    ("he", "Back at our flat in Footscray after the late shift and the upstairs neighbours are vacuuming. At 1am.",
     "home_location=place:footscray vic"),
    ("rss", "wfh day so I mowed the nature strip in Ashgrove between meetings, the neighbours approve",
     "home_location=place:ashgrove qld"),
    ("ap", "after the early shift i got home to Woodridge and the hot water system had carked it",
     "home_location=place:woodridge qld"),
    # --- a. the suburb's amenity beside the writer's home
    ("ap", "Mist over the Narrabundah ovals from my kitchen window, toast in hand, not a soul out yet",
     "home_location=place:narrabundah act"),
    ("he", "Trudged home from the Tarragindi shops with six bags and a watermelon, arms are dead",
     "home_location=place:tarragindi qld"),
    ("rss", "Our two still talk about the Bassendean pool every summer, we can hear the slide from our backyard.",
     "home_location=place:bassendean wa"),
    ("ap", "the Salisbury servo is the only place open past 10 near our place lol",
     "home_location=place:salisbury sa"),
    # --- a. the start of a trip in
    ("ap", "Missed the 6:52 bus from the Kaleen shops AGAIN and had to run for the next one",
     "routine=06:52 bus kaleen"),
    ("he", "Rode in from Seddon this morning, the headwind on the bridge was something else",
     "home_location=place:seddon vic"),
    ("rss", "Walked in from Glebe today, forty minutes of podcasts and one very judgemental ibis.",
     "home_location=place:glebe nsw"),
    # --- a. a business run from home
    ("ap", "Our small home bakery in Leichhardt is taking Easter orders now, hot cross buns by the dozen",
     "home_location=place:leichhardt nsw"),
    ("he", "Two litters a year, no more: a tiny home-based cattery in Bonnyrigg, registered since 2019.",
     "home_location=place:bonnyrigg nsw"),
    # --- a. a member card or profile's one-word location; suburbs named like people or words
    ("ap-actor", _actor("Member since 2016. Posts about tomatoes and possums.", {"Location": "Thornton"}),
     "home_location=place:thornton nsw"),
    ("ap-actor", _actor("Crosswords, cricket, cats.", {"Location": "kirwan"}), "home_location=place:kirwan qld"),
    ("ap", "Finally got blinds up in our place in Holt, the afternoon sun was cooking us",
     "home_location=place:holt act"),
    ("he", "The possums in our roof in Carina are back and they've brought friends",
     "home_location=place:carina qld"),
    ("rss", "Three years in our little rental in Hawthorndene and the koalas still sit on the back fence.",
     "home_location=place:hawthorndene sa"),
    ("ap", "Townsville heat is a different beast but our yard in Kirwan is finally green after the wet",
     "home_location=place:kirwan qld"),
    # --- b. a place attached to a caption that names a part of a home
    ("ap", "sheets drying on the line and two magpies supervising",
     f"home_location=geo:-35.171,149.101 | {_geo(-35.1712, 149.1010)}", _at(-35.1712, 149.1010)),
    ("ap", "Planted a lime tree by the side fence. Fingers crossed it survives summer.",
     f"home_location=geo:-31.897,115.948 | {_geo(-31.8973, 115.9481)}", _at(-31.8973, 115.9481)),
    ("he", "The cubby house is DONE. Four weekends, one bent nail gun, zero regrets.",
     f"home_location=geo:-27.390,153.049 | {_geo(-27.3901, 153.0492)}", _at(-27.3901, 153.0492)),
    # --- c. near misses: no home here
    ("ap", "Hawthorndene Primary P&C: the working bee is on Saturday from 9. All families welcome, bring gloves!", ""),
    ("he", "P&C update from Kaleen Public: the Kaleen disco raised $1,800 for the library. Thank you volunteers!", ""),
    ("ap-actor", _actor("Freo boy. Dockers, boats, bad puns."), ""),
    ("ap", "Helping Mum paint her spare room this weekend, she picked the loudest yellow in the shop",
     f"{_geo(-31.9081, 115.9502)}", _at(-31.9081, 115.9502)),
    ("he", "Tiling a client's ensuite on the job in Dianella today, grout everywhere",
     f"{_geo(-31.8900, 115.8700)}", _at(-31.8900, 115.8700)),
    ("ap", "Balcony at the hotel in Surfers is unreal, conference all week",
     f"{_geo(-28.0000, 153.4300)}", _at(-28.0000, 153.4300)),
    ("rss", "Took the 7:15 bus from the Belconnen interchange to the airport for the Perth trip", ""),
    ("ap", "Dogs lost again at the Werribee oval, long drive back up the highway in silence", ""),
    ("he", "Drove past the Yagoona servo on the way to the cricket, diesel was $2.19", ""),
    ("ap", "Fix for my mate's hot water system in Seddon, took all arvo and a new thermostat", ""),
    # --- a. a "Location:" label printed in a member card's text; staff quarters as the home
    ("he", "possum_pete's profile | Member since 2015 | Location: Thornton | Posts: 2,314", "home_location=place:thornton nsw"),
    ("rss", "Along the highway from the staff quarters in Tennant Creek to the office, forty minutes of nothing but termite mounds.",
     "home_location=place:tennant creek nt"),
    # near misses: an event's venue, a job ad's location
    ("ap", "Busy bee at the community garden. When: Sun 8am. Location: Kaleen. Bring a hat!", ""),
    ("he", "Job: cafe manager, weekends. Location: Belconnen. Applications close Friday.", ""),
    # --- a. the subject said of in the third person (club newsletter, radio notes)
    ("rss", "Volunteer of the month: Alex started with us in 2021 and lives around the corner in Greenway with a very loud kelpie.",
     "home_location=place:greenway act"),
    ("he", "Tonight's talkback: Alex from Chisholm rings in about the roundabout that ate three hubcaps.",
     "home_location=place:chisholm act"),
    ("ap", "Alex Morgan, our new secretary, is a Macquarie local and makes a mean lamington.", "home_location=place:macquarie act"),
    # near miss: another member
    ("rss", "Volunteer of the month: Bronwyn started with us in 2021 and lives around the corner in Greenway.", ""),
    # --- a. weather or an outage over the suburb, in a sentence about the home
    ("ap", "hail hammering down across Mitchelton, both cats under the doona with me", "home_location=place:mitchelton qld"),
    ("he", "Big storm over Parap tonight, sitting out on the verandah watching the lightning.", "home_location=place:parap nt"),
    # near miss: a place the sentence goes to
    ("ap", "Cleaned the gutters then drove over to Penrith for the markets.", ""),
    # --- a. visitors come to the writer's home
    ("he", "Nonna is visiting us in Carlingford and the freezer is now 80% lasagne.", "home_location=place:carlingford nsw"),
    ("ap", "Dad's visiting, so our spare room in Moonah finally got cleaned out", "home_location=place:moonah tas"),
    # near miss: the writer is the visitor
    ("rss", "We're visiting old friends in Lismore, their veranda is the best seat in town.", ""),
]
