"""Dr Femi Adeyinka (FICTIONAL, NEGATIVE CONTROL): migration-law academic teaching online from Katanning.

A university staff page (schema.org Person) and a Mastodon-style account about visa cancellations, the
Department's submissions and court cases: his research, not his employment. Every name, handle, number
and address is invented.
"""
NAME = "Femi Adeyinka"

PERSON = {
    "path": "/staff/femi-adeyinka",
    "site": "Western Coast University Law School",
    "headline": "Senior Lecturer in Migration and Refugee Law",
    "ld": {
        "jobTitle": "Senior Lecturer",
        "worksFor": {"@type": "CollegeOrUniversity", "name": "Western Coast University"},
        "knowsAbout": ["visa cancellation", "character test", "immigration detention", "judicial review"],
        "email": "mailto:femi.adeyinka@wcu.example",
    },
    "sections": [
        ("Research", [
            "Femi's research examines visa cancellation on character grounds under section 501, and the Department of "
            "Home Affairs' use of ministerial intervention. He has given evidence to two parliamentary inquiries."]),
        ("Teaching", [
            "He teaches Migration Law online from Katanning, in the Great Southern, and comes to campus twice a semester."]),
    ],
}

ACTIVITYPUB = {
    "handle": "femi_law",
    "summary": "<p>Migration law, cricket, bad sourdough.</p>",
    "notes": [
        (3201, "2026-02-16 20:00", "+08:00",
         "Read the Department's submission to the inquiry so you don't have to. Forty pages, three footnotes.", {}),
        (3202, "2026-03-05 18:10", "+08:00",
         "Thursday 6pm nets with the Katanning cricket club again. My wife Adaeze says I bowl like a lawyer.", {}),
        (3203, "2026-04-02 21:30", "+08:00",
         "Full Federal Court handed down the visa cancellation appeal today. The Minister lost. Students, read paragraph 88.", {}),
        (3204, "2026-05-19 19:45", "+08:00",
         "Dinner with my old friend Tunde Okafor, who drove down from Albany. We argued about the High Court till midnight.", {}),
        (3205, "2026-06-10 12:30", "+08:00",
         "Guest lecture from a former Border Force officer about the detention network. Students loved it.", {}),
    ],
}
