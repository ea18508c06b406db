"""Declan Fahey (FICTIONAL): a Border Force officer on the container x-ray at a Sydney Harbour terminal and bass
player in a pub band; the band's member page in the third person and his posts. Invented throughout."""
NAME = "Declan Fahey"

PERSON = {
    "path": "/band/declan",
    "site": "Low Tide Choir",
    "headline": "Bass, backing vocals, bad jokes",
    "ld": {
        "jobTitle": "Bass player",
        "memberOf": {"@type": "MusicGroup", "name": "Low Tide Choir"},
        "email": "mailto:declan.lowtide@gigmail.example",
    },
    "sections": [
        ("About Declan", [
            "Declan has held down the low end since the band's first gig at the Lilyfield bowlo, which is also his "
            "local: he lives two streets away.",
            "When he isn't gigging he's a Border Force officer on the container x-ray at the White Bay terminal, "
            "which is why we never book Thursday or Friday shows: he's on lates, 2 till 10:30.",
            "Bookings and Declan's terrible puns: declan.lowtide@gigmail.example",
        ]),
    ],
}

ACTIVITYPUB = {
    "handle": "lowtidedec",
    "display_name": "Dec",
    "summary": "<p>Bass in Low Tide Choir. Inner west. Mostly gig posters.</p>",
    "notes": [
        (4701, "2026-02-20 23:50", "+11:00",
         "Big x-ray has been down a week. We're unpacking 30 boxes a shift by hand instead of scanning 200, and "
         "the queue out the gate is three days long. Gaz reckons another week. Anyway. Gig Saturday!", {}),
        (4702, "2026-03-07 14:00", "+11:00",
         "Playing my sister Niamh's wedding tonight. No pressure. If I drop the first dance, Tui Marsh on drums "
         "will cover for me like always.", {}),
        (4703, "2026-03-28 22:30", "+11:00",
         "Tui's new kit sounds like a freight train. Love it. The neighbours do not.", {}),
        (4705, "2026-05-15 23:20", "+10:00",
         "Gary Lindqvist, my supervisor and the only reason the x-ray crew functions, retires next month after 35 "
         "years on the wharves. Low Tide Choir is playing his send-off. Gaz, you legend.", {}),
        (4704, "2026-04-24 18:10", "+10:00",
         "New song is called 'Customs House Blues', about the bar at Circular Quay, not my day job, relax.", {}),
    ],
}
