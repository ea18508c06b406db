"""Hannah Vukovic (FICTIONAL): NEGATIVE CONTROL. Freelance journalist covering offshore detention, Perth.

She writes about the Department, Nauru and Border Force from the outside. A schema.org Person page and a
Mastodon-style account. Everything invented.
"""
NAME = "Hannah Vukovic"

PERSON = {
    "path": "/about",
    "site": "Hannah Vukovic, journalist",
    "headline": "Freelance journalist: offshore detention, refugees, accountability",
    "ld": {
        "jobTitle": "Freelance journalist",
        "email": "mailto:tips@hannahvukovic.example",
        "telephone": "+61 491 570 912",
        "knowsAbout": ["offshore detention", "Nauru", "refugee policy"],
    },
    "sections": [
        ("About", [
            "Hannah has covered offshore detention since 2016, for Perth and national outlets. Her reporting on "
            "leaked incident reports from Nauru won a WA Media Award.",
            "She is not, and has never been, employed by Home Affairs or Border Force. She has interviewed dozens "
            "of former detention centre staff."]),
        ("Tips", [
            "Send tips securely on Signal to 0491 570 912, or email tips@hannahvukovic.example. "
            "Sources are protected."]),
    ],
}

ACTIVITYPUB = {
    "handle": "hvukovic",
    "summary": "<p>Journalist. Offshore detention, refugees. Signal in bio link. Perth.</p>",
    "notes": [
        (9901, "2026-02-26 10:15", "+08:00",
         "New piece: what the Minister's office knew about medical transfers from Nauru, from documents released "
         "under FOI. Thread to follow.", {}),
        (9902, "2026-03-14 07:50", "+08:00",
         "Saturday 7am parkrun round Lake Joondalup with Ollie, my partner, who is faster and insufferable.", {}),
        (9903, "2026-04-04 16:00", "+08:00",
         "Huge thanks to Ben Adeyemi, photographer extraordinaire, for the portraits in today's feature.", {}),
        (9904, "2026-04-22 21:30", "+08:00",
         "Spent the day reading Home Affairs annual reports. The detention numbers are worse than the press "
         "release. #journalism", {}),
        (9905, "2026-05-15 18:40", "+08:00",
         "Walked the border collie round the lake at dusk. Then back to transcribing.", {}),
    ],
}
