"""Marguerite "Mags" Kellerman (FICTIONAL): a bushwalking club's member page and its trip reports, written in the third person.

A schema.org Person page (club member profile) and a microformats2 blog with RSS
of trip reports. Every name, number and address is invented.
"""
NAME = "Marguerite Kellerman"

PERSON = {
    "path": "/members/mags-kellerman",
    "site": "East Arnhem Bushwalkers",
    "headline": "Walk leader, East Arnhem Bushwalkers",
    "ld": {
        "jobTitle": "Border Force Officer",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Australian Border Force"},
        "email": "mailto:marguerite.kellerman@abf.gov.au",
        "knowsAbout": ["bush navigation", "first aid", "vessel clearance"],
    },
    "sections": [
        ("About Mags", [
            "Mags lives in Nhulunbuy with her husband Dale and has led club walks since 2019. For walk bookings "
            "reach her at work (marguerite.kellerman@abf.gov.au) or on her mobile, 0491 570 377.",
            "Weekdays she clears the foreign yachts and bulk ships that come in to the Gove wharf."]),
    ],
}

BLOG = {
    "path": "trips",
    "title": "East Arnhem Bushwalkers: Trip Reports",
    "card_note": "Trip reports from the club's walks, written by whoever led them.",
    "posts": [
        ("gulkula", "2026-04-12 18:00", "+09:30", "Gulkula ridge loop",
         ["Mags led nine walkers up the ridge. Rosie Gumana set the pace and Trevor Lindqvist (Trev) brought up the rear with the first-aid kit.",
          "We leave every Saturday at 6am from the Town Beach car park; bring three litres."],
         ["walks"], None),
        ("cut-short", "2026-05-03 19:00", "+09:30", "Cape Arnhem coast walk (cut short)",
         ["Mags had to leave at the halfway mark: a foreign yacht had turned up unannounced at Gove and she is the only "
          "officer in town for the fortnight until the Darwin relief flies in.",
          "Trev led the rest. Rosie found a turtle nest."],
         ["walks"], None),
        ("knees", "2026-06-07 17:00", "+09:30", "A gentler walk",
         ["A short walk this week because Mags's knee is bad: she is on the waiting list in Darwin for a replacement and "
          "the pain tablets make her foggy.",
          "Dale drove the support ute."],
         ["walks"], None),
        ("border-collie", "2026-06-21 16:00", "+09:30", "Dogs on walks",
         ["Reminder: no dogs on club walks, even very good border collies. The rangers are firm on it."],
         ["club"], None),
    ],
}
