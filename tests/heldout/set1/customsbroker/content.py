"""Dale Ferreira (FICTIONAL): a licensed customs broker near Port Botany, a negative control.

His trade lives beside Border Force: cargo entries, holds, x-rays and the
cargo system's outages, seen as a client. Mastodon and a plain sailing-club
forum profile. Every name and handle is invented.
"""
NAME = "Dale Ferreira"

ACTIVITYPUB = {
    "handle": "dalef",
    "summary": "<p>Licensed customs broker. Freight nerd. Sailor. Views mine.</p>",
    "notes": [
        (2201, "2026-02-04 16:30", "+11:00",
         "ICS down for every broker in the country this arvo. Twelve entries stuck, clients ringing nonstop. "
         "#customsbroker #freight", {}),
        (2202, "2026-02-18 12:10", "+11:00",
         "Border Force have held a client's container of outdoor furniture for x-ray at Port Botany. Third "
         "time this year. Storage fees are killing small importers.", {}),
        (2203, "2026-03-06 09:00", "+11:00",
         "Tariff classification quiz of the day: is a heated vest apparel or an appliance? Wrong answers only.", {}),
        (2204, "2026-03-19 19:20", "+11:00",
         "Customs duty on that? Anniversary dinner with Anita, 20 years. She still laughs at my jokes, mostly.", {}),
    ],
}

FORUM = {
    "site": "Botany Bay Sailing Forum",
    "user": "dale_f",
    "path": "/forum/u/dale_f/",
    "about": ["Laser and Etchells. Weekend crew available."],
    "posts": [
        ("611", "2026-02-12 21:00", "+11:00", "Wednesday twilights",
         ["Twilight racing every Wednesday, 5:30pm start off the club. Gus Papadakis and I need a third for "
          "the Etchells."]),
        ("612", "2026-03-15 20:00", "+11:00", "Protest hearing",
         ["Lodged a protest against the committee boat's start line. Border of the course was moved without "
          "notice. Not happy."]),
    ],
}
