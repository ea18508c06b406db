"""Grant "Gilly" Pearce (FICTIONAL): a Border Force Marine Unit engineer from Tannum Sands, near Gladstone.

A cricket club's member page about him in the third person (schema.org Person), and his own
short posts between swings on a patrol boat out of Darwin. Every name, club and number is
invented.
"""
NAME = "Grant Pearce"

PERSON = {
    "path": "/club/members/gilly-pearce",
    "site": "Tannum Sands Sharks Cricket Club",
    "headline": "A-grade opening bowler, club life member, canteen's best customer",
    "ld": {
        "alternateName": "Gilly",
        "memberOf": {"@type": "SportsTeam", "name": "Tannum Sands Sharks Cricket Club"},
        "homeLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Tannum Sands",
                                                        "addressRegion": "QLD"}},
    },
    "sections": [
        ("Meet Gilly", [
            "Gilly has opened the bowling for the Sharks A-grade since 2014 and took his 300th club wicket against "
            "Boyne Island in November. He's a Tannum Sands local through and through.",
            "When he's not at the club Gilly is down in the engine room of a Border Force patrol boat out of Darwin, "
            "four weeks on the boat and four weeks home, so he misses every second month of the season and we "
            "miss him. When he's home you'll find him at training Tuesdays and Thursdays from 4:30pm at the oval.",
            "Gilly's wife Kirsty runs our canteen (best sausage rolls in the competition) and their son Cooper opens "
            "the batting for the Under 13s.",
            "Club captain Matt 'Ollie' Olsen says: 'Ollie's rule: if Gilly's home, Gilly bowls the first over.'"]),
    ],
}

ACTIVITYPUB = {
    "handle": "gillysharks",
    "summary": "<p>Marine engineer. Sharks cricket. Tannum when I'm home, somewhere north of Darwin when I'm not.</p>",
    "notes": [
        (7301, "2026-02-10 20:15", "+10:00",
         "Back on the boat tomorrow. Four weeks out of Darwin. Catch ya Sharks, bowl straight.", {}),
        (7302, "2026-03-02 18:40", "+10:00",
         "Port main engine on our boat's been limping since last winter, half this patrol we ran on one generator, "
         "and the new radar drops out every time it rains. Whoever bought this gear never had to fix it at sea.", {}),
        (7303, "2026-03-05 21:05", "+10:00",
         "Escorted a fishing boat into Darwin today, caught 60 nautical miles inside the line off the Wessels. "
         "11 crew, the boat gets burnt. Felt sorry for the young blokes honestly.", {}),
        (7304, "2026-04-18 17:30", "+10:00",
         "Chief engineer Bluey Hendricks retired today after 30 years on the boats. Taught me everything I know "
         "about diesels and half of what I know about swearing. Legend.", {}),
        (7305, "2026-05-16 14:00", "+10:00",
         "Home. Cooper made 38 not out in the under 13s and Kirsty made me watch the whole video. Worth it.", {}),
        (7306, "2026-06-20 19:45", "+10:00",
         "Watching Border Security on the boat's telly with the lads. We heckle. Every time.", {}),
    ],
}
