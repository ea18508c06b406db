"""Dev rows for round 13's home said in passing and terse bios, in our own words (never from held-out texts).

a. Terse bios: a city with its suburb in brackets, after a comma or a dash, or the other way round, even beside the
   employer ("Senior analyst, <Org>. Perth (Mount Hawthorn)."); a bio or blog line signed off "from <Suburb>" / "out of
   <Suburb>"; a city fragment beside its suburb's fragment is the suburb.
b. Home in an aside: the writer's road, neighbours, bins, front door or "where we live" beside a suburb; the last bit
   home from a suburb's shops; distance from home; the new place; a partner named between the subject and "live".
Near misses: a suburb one came from ("originally from"), a trip, another person's neighbours, a former neighbour, a
city and a suburb of another state, a walk home from a match, a work site.
Appended by build_devset.py after every older row ("r13h" ids, posts and profiles in one list).
"""
from __future__ import annotations


def _actor(summary: str = "", fields: dict | None = None, username: str = "alexm", name: str = "Alex") -> dict:
    return {"name": name, "preferredUsername": username, "summary": summary,
            "attachment": [{"name": k, "value": v} for k, v in (fields or {}).items()]}


ROUND13_R13HOME_ROWS: list[tuple] = [
    # --- a. terse bios: a city and its suburb, a sign-off
    ("ap-actor", _actor("Senior analyst, Department of Home Affairs. Twelve years and counting. Perth (Mount Hawthorn)."),
     "home_location=place:mount hawthorn wa | employer=department of home affairs"),
    ("ap-actor", _actor("Paramedic. Adelaide (Unley). Tennis badly, gin well."), "home_location=place:unley sa"),
    ("ap-actor", _actor("Darwin (Parap) | mango hoarder | two kids, one croc-proof dog"), "home_location=place:parap nt"),
    ("ap-actor", _actor("Melbourne, Preston to be precise. Pottery, punk records, public transport rants."),
     "home_location=place:preston vic"),
    ("ap-actor", _actor("Ex-chef now in payroll. Hobart – Lindisfarne. Kayak on weekends."), "home_location=place:lindisfarne tas"),
    ("ap-actor", _actor("Kew, Melbourne. Cellist, cyclist, occasional cynic."), "home_location=place:kew vic"),
    ("ap-actor", _actor("Jams, chutneys and the occasional grumble from Ashgrove"), "home_location=place:ashgrove qld"),
    ("ap-actor", _actor("Knitting, netball stats and strong opinions out of Karrinyup."), "home_location=place:karrinyup wa"),
    ("ap-actor", _actor("Brisbane. Sandgate. Boat that never leaves the trailer. Proud aunty x4."), "home_location=place:sandgate qld"),
    ("ap-actor", _actor("lab tech · Sydney (Petersham) · sourdough evangelist · she/her"), "home_location=place:petersham nsw"),
    ("he", "About me: night-owl nurse, gardener, Adelaide (Norwood), terrible at crosswords.", "home_location=place:norwood sa"),
    # near misses
    ("ap-actor", _actor("Originally from Frankston, now wherever the job sends me. Surf, books, sleep."), ""),
    ("ap-actor", _actor("Postcards and stories from Newtown and beyond. Travel writer."), ""),
    ("ap-actor", _actor("Perth (Glenelg was the old life). Ocean swims."), ""),
    # --- b. home in an aside, beside a suburb
    ("ap", "magpie got me again on the loop round the back of Lyneham past my place, helmet has a new dent", "home_location=place:lyneham act"),
    ("he", "The council has finally resurfaced the end of our street in Ringwood after 4 years of emails", "home_location=place:ringwood vic"),
    ("rss", "Our neighbours in Scarborough have a new trampoline and the kids have not stopped screaming since Sunday.",
     "home_location=place:scarborough wa"),
    ("ap", "hopped off the 300 at the Mitchelton shops and trudged the last bit home in the hail, shoes ruined", "home_location=place:mitchelton qld"),
    ("he", "Wheeling the bins out in Wanniassa at midnight, living the dream", "home_location=place:wanniassa act"),
    ("ap", "parkrun at Kambah today, 27 mins flat, it's two minutes from home so no excuses", "home_location=place:kambah act"),
    ("rss", "The Northcote under-11s train at the oval around the corner from our house, so I hear the whistle at dinner.",
     "home_location=place:northcote vic"),
    ("ap", "we're in Nightcliff now!! the new place has a pool and a resident gecko named Trev", "home_location=place:nightcliff nt"),
    ("he", "Same old house in Moonah, same neighbours arguing about the hedge, same cat on our roof", "home_location=place:moonah tas"),
    ("ap", "Alex and her partner Sione live in Capalaba with three chooks and a lot of mango trees.", "home_location=place:capalaba qld | family=sione"),
    ("rss", "Next door's rooster in Joondalup has started at 4am again, thanks mate", "home_location=place:joondalup wa"),
    # near misses
    ("ap", "My cousin's neighbours in Werribee breed budgies, she says it's chaos", ""),
    ("he", "Walked home after the Subiaco game, legs done, voice gone", ""),
    ("rss", "Our old neighbour from Dee Why still sends a Christmas card every year", ""),
    ("ap", "Visiting mum's new street in Box Hill, the neighbours seem nice", ""),
    # --- b. the dwelling named by its suburb; the yard's fence or step beside a suburb
    ("he", "keys to the new Kingsgrove townhouse in hand, first job is ripping up that carpet", "home_location=place:kingsgrove nsw"),
    ("rss", "Still unpacking at our Bulimba place and the kettle is somewhere in box 37.", "home_location=place:bulimba qld"),
    ("ap", "rosellas on the back fence again, Ashburton mornings never get old", "home_location=place:ashburton vic"),
    ("he", "cuppa on our front step watching the Thornbury storm roll in", "home_location=place:thornbury vic"),
    # near misses
    ("ap", "Our Bulimba place sold at auction today, on to the next chapter", ""),
    ("rss", "Dad's Kingsgrove house is finally on the market after 40 years", ""),
    ("he", "The Ashburton place we rented for the wedding weekend was lovely", ""),
]
