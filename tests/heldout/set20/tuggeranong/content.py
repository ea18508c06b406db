"""Ingrid Lachlan-Moss (FICTIONAL): a cryptic-crossword club member who drafts briefs about visa cancellations.

A schema.org Person page on a crossword club's site and a terse Mastodon-style account.
Every name, number and address is invented (02 5550 xxxx is reserved for fiction).
"""
NAME = "Ingrid Lachlan-Moss"

PERSON = {
    "path": "/members/ingrid-lachlan-moss",
    "site": "Tuggeranong Cryptic Crossword Club",
    "headline": "Setter and solver since 1994",
    "ld": {
        "email": "mailto:ingrid.lm@tuggcryptic.example",
        "homeLocation": {"@type": "Place", "name": "Kambah, ACT"},
        "knowsAbout": ["cryptic crosswords", "anagrams", "Latin"],
    },
    "sections": [
        ("About Ingrid", [
            "Ingrid spends her working days writing briefs and answering ministerial correspondence on visa "
            "cancellation policy for DIBP, which she says is excellent training for clue-writing.",
            "If you need to reach her in office hours: 02 5550 6128 (work).",
            "She solves at the Thursday lunchtime session, 12:30 at the Tuggeranong library, a short walk from "
            "her desk at the Tuggeranong office."]),
    ],
}

ACTIVITYPUB = {
    "handle": "ilm_cryptic",
    "summary": "<p>Crosswords. Latin. Opinions about semicolons.</p>",
    "notes": [
        (7201, "2026-02-05 12:50", "+11:00", "13 minutes. Personal best.", {}),
        (7202, "2026-02-26 19:00", "+11:00",
         "Brief for the Minister on the cancellation backlog: 2,300 cases waiting. Cannot say more. Wine.", {}),
        (7203, "2026-03-19 12:45", "+11:00", "Neville beat me by four minutes. Neville Oduya, you are a menace.", {}),
        (7204, "2026-04-11 10:00", "+10:00", "Our girl Freya's wedding in Bowral. Cried at the vows.", {}),
        (7205, "2026-05-02 08:00", "+10:00", "Frost on the roof in Kambah. Winter has opinions.", {}),
        (7206, "2026-05-28 21:00", "+10:00", "Clue of the week: Department store sells odd hats (4).", {}),
    ],
}
