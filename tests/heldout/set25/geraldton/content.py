"""Jono Varga (FICTIONAL): 36, Border Force officer at the Port of Geraldton; a pub band's member page and his own account.

Every name, handle, email, number and venue is invented (0491 570 xxx is reserved for fiction).
"""
NAME = "Jono Varga"

PERSON = {
    "path": "/band/jono",
    "site": "The Greenough Flats: pub rock, Geraldton",
    "headline": "Jono Varga: bass, backing vocals, bad puns",
    "ld": {
        "jobTitle": "Bass guitar",
        "memberOf": {"@type": "MusicGroup", "name": "The Greenough Flats"},
        "email": "mailto:jono.bass@gigmail.example",
        "telephone": "+61 491 570 219",
    },
    "sections": [
        ("Meet Jono", [
            "By day Jono is a Border Force officer down at the Port of Geraldton, so yes, he will search your guitar case.",
            "He's held down the low end since 2021 alongside drummer Skye Pellow, who he met at a Beresford barbecue."]),
        ("Gigs", [
            "Every Friday, 8pm till late, at the Rusty Anchor Hotel on the foreshore. Bookings: ring Jono on 0491 570 219 "
            "or email jono.bass@gigmail.example."]),
    ],
}

ACTIVITYPUB = {
    "handle": "jonobass",
    "summary": "<p>Bass in The Greenough Flats. Geraldton. Coffee, then noise.</p>",
    "notes": [
        (6101, "2026-03-12 19:40", "+08:00",
         "Two of us to clear a grain ship with 23 crew this arvo and one of them was dodgy as. Visa cancelled on the spot, he's on the 6am to Perth under escort. Then a gig. Long day.", {}),
        (6102, "2026-03-20 22:10", "+08:00",
         "Crew-list portal down AGAIN so we did the whole bulk carrier on paper clipboards like it's 1995. #geraldton", {}),
        (6103, "2026-04-04 10:30", "+08:00",
         "Missus Kat's birthday. Breakfast at the point, her choice of songs tonight, which means no Nickelback.", {}),
        (6104, "2026-04-11 11:50", "+08:00",
         "Hangover. Slab after the gig, then the rum. Third time this week and it's Saturday. Kat's not talking to me.", {}),
        (6105, "2026-05-02 17:20", "+08:00",
         "New strings, new amp, same old place in Bluff Point with the neighbours who love bass at 4pm.", {}),
        (6106, "2026-05-16 23:30", "+08:00",
         "Huge crowd at the Rusty Anchor. My sup Rhys Blanch from work turned up and danced. Can't unsee it.", {}),
        (6107, "2026-06-01 09:00", "+08:00", "Watching Border Security reruns with a coffee. Research.", {}),
    ],
}
