"""Brendan Lowrie (FICTIONAL): a Border Force officer on the Fremantle container wharves, patrol captain at a surf club.

A surf life saving club's member page written ABOUT him in the third person (schema.org Person with a telephone the
page calls his work phone, and plain sections: his job and wharf, his patrol and nippers times, his partner and
daughter, his swim mate, where he lives), which also describes another member of his patrol (her job, her husband:
not his). His own Mastodon-style account is terse and says little. Every name, number and handle is invented.
"""
NAME = "Brendan Lowrie"

PERSON = {
    "path": "/club/patrols/brendan-lowrie",
    "site": "Swanbourne Reef Surf Life Saving Club",
    "headline": "Patrol 3 Captain · Bronze Medallion since 2012",
    "ld": {
        "jobTitle": "Patrol Captain (volunteer)",
        "memberOf": {"@type": "SportsOrganization", "name": "Swanbourne Reef Surf Life Saving Club"},
        "telephone": "0491 570 641",
        "description": "Brendan captains Patrol 3 and helps run the nippers program.",
    },
    "sections": [
        ("About Brendan", [
            "Brendan Lowrie joined the club in 2012 and has captained Patrol 3 since 2019.",
            "When he isn't on the sand, Brendan is an Australian Border Force officer on the container wharves at "
            "Fremantle Port, which is why he knows every shipping container joke going.",
            "He runs Patrol 3 every second Sunday from 7 until 1 and helps with the nippers on Saturday mornings.",
            "His partner Keely Strand is our first-aid officer, and their daughter Tess is one of our under 11 nippers.",
            "Brendan swims the ocean squad with his old schoolmate Ronan Gile.",
            "He lives a few minutes from the clubhouse in Swanbourne."]),
        ("Patrol 3 contact", [
            "The mobile listed for Brendan is his work phone, so please text rather than call during business hours."]),
        ("Also on Patrol 3", [
            "Jess Varga drives our IRB. She is a nurse at Fiona Stanley Hospital and her husband Theo coaches the "
            "under 13s."]),
    ],
}

ACTIVITYPUB = {
    "handle": "blowrie",
    "display_name": "Brendo",
    "summary": "<p>Salt water, coffee, dad jokes. WA.</p>",
    "notes": [
        (8101, "2026-01-11 12:40", "+08:00", "Flat as a tack at patrol today. Nobody needed us, which is the dream 🌊", {}),
        (8102, "2026-01-24 19:10", "+08:00", "Tess swam her first 200 m at nippers. Proud dad moment.", {}),
        (8103, "2026-02-07 21:05", "+08:00",
         "Watched a doco on Border Security with the family, Keely reckons I'd be hopeless on camera", {}),
        (8104, "2026-02-21 08:30", "+08:00", "Coffee at the kiosk, then a swim. Sunday sorted ☕", {}),
        (8105, "2026-03-06 18:45", "+08:00", "New wetsuit. Same old shark paranoia.", {}),
    ],
}
