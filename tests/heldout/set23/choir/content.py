"""Malcolm Teague (FICTIONAL): 57-year-old Border Force officer at Brisbane Airport's international
terminal, living in Scarborough on the Redcliffe peninsula.

A community choir newsletter's 'meet the tenors' page about him in the third person (schema.org Person) and
a quiet Mastodon-style account. Every name and address is invented.
"""
NAME = "Malcolm Teague"

PERSON = {
    "path": "/newsletter/meet-the-tenors/malcolm-teague",
    "site": "Peninsula Voices Community Choir: Newsletter",
    "headline": "Meet the Tenors: Malcolm Teague",
    "ld": {
        "memberOf": {"@type": "MusicGroup", "name": "Peninsula Voices Community Choir"},
        "email": "mailto:malcolm.teague@tenormail.example",
    },
    "sections": [
        ("Our newest tenor", [
            "Malcolm joined us in March and has already been volunteered for the Christmas solo. He's a Border "
            "Force officer at Brisbane Airport's international terminal and comes straight from early shift to "
            "Wednesday rehearsals (7pm, Scarborough Uniting hall). &ldquo;Earlies finish at 2, so I get a nap "
            "first,&rdquo; he says.",
            "Malcolm and his wife Joy live in Scarborough and have three grandkids. He credits fellow tenor "
            "Keith Ambrose for talking him into joining, and jokes that Dianne Oakes, one of our altos and a "
            "fellow officer at the airport, keeps him in line at work and at rehearsal."]),
        ("Say hello", ["Malcolm would love to hear from other men who sing: malcolm.teague@tenormail.example"]),
    ],
}

ACTIVITYPUB = {
    "handle": "mal_teague",
    "display_name": "Mal Teague",
    "summary": "<p>Tenor (new). Grandad (experienced). Redcliffe peninsula.</p>",
    "notes": [
        (2371, "2026-04-22 15:10", "+10:00",
         "Three Bali flights inside forty minutes this morning and five of us on the primary line. Long shift. "
         "Rehearsal tonight will fix it.", {}),
        (2372, "2026-05-27 19:30", "+10:00", "Joy's roast. Best on the peninsula. No arguments taken.", {}),
        (2373, "2026-07-01 21:45", "+10:00", "Watched the Broncos. Won't be talking about it.", {}),
        (2374, "2026-08-05 18:00", "+10:00",
         "The department store choir at Christmas is a crime against harmony. We can do better.", {}),
    ],
}
