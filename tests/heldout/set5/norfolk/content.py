"""Odette Fairbairn (FICTIONAL): a Border Force officer on Norfolk Island; lowercase gardening-forum posts. All invented."""
NAME = "Odette Fairbairn"

FORUM = {
    "site": "Subtropical Growers",
    "user": "odette_grows",
    "path": "/members/odette_grows/",
    "inline": True,
    "about": ["norfolk island gardener. bananas, pawpaw, too many chillies.", "swap seeds: odette.grows@garden.example",
              "flying in and not sure about arrival rules? email me at work, odette.fairbairn@abf.gov.au"],
    "posts": [
        ("3101", "2026-02-10 19:20", "+12:00", "salt wind burn on pawpaw??",
         ["my pawpaws on the cliff side are getting torched by salt wind. any tips? i'm not home much on plane "
          "days (tue and sat i'm out at the airport 8 till 2 doing arrivals for border force) so it needs to be "
          "something low effort"]),
        ("3102", "2026-02-28 20:05", "+12:00", "chilli glut",
         ["anyone want chillies. i have a bucket. seriously"]),
        ("3103", "2026-03-14 18:40", "+12:00", "off topic: island internet",
         ["sorry off topic but if i'm slow replying its because the satellite link drops every afternoon and "
          "at work that means we cant get into the passenger system for hours and end up processing on the "
          "offline laptops. gardening is easier"]),
        ("3104", "2026-03-30 17:15", "+12:00", "school garden day",
         ["helped out at my son Kit's school garden day at the central school. the year 5s planted 40 sweet "
          "potato slips and my neighbour Barney Hollis brought his rotary hoe. good day"]),
        ("3105", "2026-04-12 12:00", "+12:00", "border plants for a windbreak",
         ["what are people using as a border along a windbreak? thinking native hibiscus"]),
    ],
}
