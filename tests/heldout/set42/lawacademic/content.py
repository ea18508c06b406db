"""Dr Harriet Osei (FICTIONAL): NEGATIVE CONTROL. A migration-law academic at a university in Canberra.

She studies the Department's decisions, teaches officers in a short course and visits
detention, but is not staff. A university profile page (schema.org Person) and Mastodon.
Every name, number and address is invented.
"""
NAME = "Harriet Osei"

PERSON = {
    "path": "/people/harriet-osei",
    "site": "Burley Griffin University: School of Law",
    "headline": "Senior Lecturer in Migration and Refugee Law",
    "ld": {
        "jobTitle": "Senior Lecturer in Migration and Refugee Law",
        "worksFor": {"@type": "CollegeOrUniversity", "name": "Burley Griffin University"},
        "email": "mailto:harriet.osei@bgu.example",
        "knowsAbout": ["visa cancellation", "immigration detention", "Home Affairs decision-making"],
    },
    "sections": [
        ("Research", [
            "Harriet's research examines ministerial decision-making in the Department of Home Affairs, the character test, and conditions in immigration detention.",
            "She has given evidence to a Senate committee on Border Force's use of force in detention centres."]),
        ("Teaching", [
            "She convenes the Administrative Law for Decision Makers short course, taken by public servants from many agencies, and supervises PhD students."]),
    ],
}

ACTIVITYPUB = {
    "handle": "hosei_law",
    "summary": "<p>Migration law academic. Mum of two. Mawson, Canberra. Posts my own.</p>",
    "notes": [
        (4401, "2026-02-19 12:00", "+11:00",
         "New paper out on Home Affairs visa cancellation statistics. The department's own annual report does half my work for me.",
         {}),
        (4402, "2026-03-09 17:30", "+11:00",
         "Visited Villawood with a research assistant today. The Border Force officers on the gate were efficient, the waiting room was not.",
         {}),
        (4403, "2026-03-28 08:10", "+11:00",
         "Saturday parkrun at Tuggeranong 8am with my husband Kwame and our boys Kofi and the little one trailing behind on scooters.",
         {}),
        (4404, "2026-04-16 21:00", "+11:00",
         "Thanks to my old friend Sinead Walsh for reading the draft chapter at 11pm. Friendship is proofreading.",
         {}),
        (4405, "2026-05-07 19:15", "+11:00",
         "Watching Border Security for 'research'. The sniffer dog is a better interviewer than most tribunal members.",
         {}),
    ],
}
