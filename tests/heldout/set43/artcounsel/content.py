"""Losaline Taufa (FICTIONAL): a Home Affairs legal officer appearing at the tribunal, and a church youth leader.

A church youth group's "meet our leaders" page (schema.org Person JSON-LD, written in the third person) and
her Mastodon-style account. Every name, number and address is invented.
"""
NAME = "Losaline Taufa"

PERSON = {
    "path": "/youth/leaders/losa",
    "site": "Tarneit Uniting Youth",
    "headline": "Youth leader, Friday night crew",
    "ld": {
        "jobTitle": "Youth leader",
        "memberOf": {"@type": "Organization", "name": "Tarneit Uniting Youth"},
        "telephone": "0491 570 388",
    },
    "sections": [
        ("Meet Losa!", [
            "Losa leads our Friday youth night, 7pm to 9:30pm in the church hall, and has done for four years. "
            "She lives just around the corner in Tarneit and is usually the last one to leave, stacking chairs.",
            "By day Losa is a lawyer for the Department of Home Affairs, where she represents the Minister at "
            "the tribunal. She says arguing with teenagers is harder.",
            "Losa is married to Sione, and she is mum to Ana and Viliami, who are both in the junior group.",
            "She co-leads with Tevita Moala, our resident ukulele expert."]),
        ("Parents", ["Parents can text Losa on 0491 570 388 about pick-ups and permission slips."]),
    ],
}

ACTIVITYPUB = {
    "handle": "losa_t",
    "summary": "<p>Faith, family, footy. Malo 'aupito.</p>",
    "notes": [
        (9101, "2026-03-03 18:45", "+11:00",
         "Long day at the ART. Three s501 revocation matters listed; the member reserved in the one with the "
         "bikie. Decision in a fortnight, and I'll be checking my email every hour.", {}),
        (9102, "2026-03-19 21:00", "+11:00",
         "Sione's footy club tribunal gave their captain two weeks. I offered to appear. They said no.", {}),
        (9103, "2026-05-12 19:30", "+10:00",
         "Working out of the Melbourne office all week prepping a Federal Court appeal. My director, Marcus "
         "Bell, says I talk too fast for the member. He's not wrong.", {}),
        (9104, "2026-06-23 22:10", "+10:00",
         "Our case system logged me out mid-submission AGAIN. LEX is held together with prayer and a 2011 "
         "Java plugin.", {}),
        (9105, "2026-08-01 10:00", "+10:00",
         "Youth camp this weekend. Phones go into 'detention' at 9pm. The kids hate me. Love you all.", {}),
    ],
}
