"""Dale Whitcombe (FICTIONAL): Border Force officer, Broome, 50; a community radio presenter's show notes.

The show notes of his Saturday breakfast programme as a microformats2 blog with RSS (playlists, shout-outs,
asides), and a Mastodon-style account. Every name, station, handle and number is invented.
"""
NAME = "Dale Whitcombe"

BLOG = {
    "path": "shownotes",
    "title": "Doc's Saturday Breakfast: Show Notes",
    "card_note": "Saturday Breakfast, 7 to 9 on Pindan FM. Old country, new country, and a lot of talking. Presented by Doc.",
    "posts": [
        ("ep-112", "2026-01-24 10:00", "+08:00", "Ep 112: Slim, Smoky and the wet",
         ["Playlist: Slim Dusty, Kasey Chambers, Troy Cassar-Daley, three from the new Kimberley compilation.",
          "Shout out to Kylie Brennan down at the caravan park for the mangoes, and happy 84th to my old man Ron, "
          "who listens on a transistor older than me.",
          "Quiet weekend at home in Cable Beach, the roof held up to the storm, mostly."],
         ["playlist"], None),
        ("ep-115", "2026-02-14 10:05", "+08:00", "Ep 115: love songs, under protest",
         ["By request of my offsider at work, Jacinta, an hour of love songs. I have never been so ashamed on air.",
          "For the newcomers: my day job with Border Force keeps me at Broome port Monday to Friday, so this show "
          "is my weekend sanity."],
         ["playlist", "requests"], None),
        ("ep-118", "2026-03-07 10:00", "+08:00", "Ep 118: no show next week",
         ["No show next Saturday, folks. I'm on the boat out to the Rowley Shoals for a week on a patrol from "
          "Tuesday, so Ron's mate Bluey will fill in with his jazz records. Brace yourselves.",
          "Requests for when I'm back: text my mobile 0491 570 745."],
         ["notices"], None),
        ("ep-121", "2026-03-28 10:00", "+08:00", "Ep 121: community notices",
         ["Community notices: the lost-pet desk asked me to read this one. And to the listener who keeps asking "
          "about the Border Force office hours for boat clearances: it's a weekday thing, ring 02 5550 7731 and "
          "ask for the duty officer, don't ring the studio."],
         ["notices"], None),
        ("ep-124", "2026-04-18 10:00", "+08:00", "Ep 124: all killer",
         ["Playlist only this week. No talking. You're welcome."],
         ["playlist"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "docbreakfast",
    "summary": "<p>Saturday Breakfast presenter. Country music tragic. The Kimberley.</p>",
    "notes": [
        (9101, "2026-02-21 06:40", "+08:00", "Warming up the desk. 20 minutes to air. Coffee #3. 📻 #communityradio", {}),
        (9102, "2026-03-21 18:00", "+08:00", "Back from the sea. Legs still think they're on a deck.", {}),
        (9103, "2026-04-25 09:00", "+08:00", "Staircase to the Moon tonight. Get down to Town Beach early.", {}),
    ],
}
