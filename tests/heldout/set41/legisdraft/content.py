"""Thuy "Tina" Nguyen (FICTIONAL): Home Affairs legislation officer, Canberra; lives in Strathnairn.

A professional-network style profile (schema.org Person, LinkedIn voice) and a personal Mastodon-style
account in a Vietnamese-Australian family voice. Every name, number and address is invented.
"""
NAME = "Thuy Nguyen"

PERSON = {
    "path": "/in/tina-nguyen-legis",
    "site": "ProLink",
    "headline": "Senior Legislation Officer | Home Affairs | Turning policy into law 📜",
    "ld": {
        "alternateName": "Tina Nguyen",
        "jobTitle": "Senior Legislation Officer (APS6)",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Home Affairs"},
        "email": "mailto:tina.nguyen@homeaffairs.gov.au",
        "telephone": "+61 2 5550 3412",
        "workLocation": {"@type": "Place", "name": "Belconnen office, Canberra"},
        "alumniOf": "ANU College of Law",
    },
    "sections": [
        ("About", [
            "Four years in the Legislation Branch at Home Affairs, working on migration and citizenship amendments, "
            "drafting instructions to the drafters and Senate estimates briefs. Happy to connect with fellow "
            "legislation nerds: tina.nguyen@homeaffairs.gov.au or 02 5550 3412."]),
        ("Activity", [
            "Proud of our team this week: the character-provisions amendment bill went to the drafters on Tuesday and "
            "is set for introduction in the next sitting fortnight. Shout-out to my director Fiona Ashby for "
            "the late nights. #legislation #publicservice"]),
    ],
}

ACTIVITYPUB = {
    "handle": "tinanguyen",
    "summary": "<p>Canberra. Law nerd. Phở on Sundays with Má and Ba. Opinions my own.</p>",
    "notes": [
        (3301, "2026-02-22 13:05", "+11:00",
         "Phở on Sundays with Má and Ba at their place in Kambah, then Khoa (little brother) eats the leftovers. Every week since 1998.", {}),
        (3302, "2026-03-12 07:35", "+11:00",
         "The 7:35 bus out of Strathnairn is never on time and I'm the only one at the stop in a blazer.", {}),
        (3303, "2026-04-09 22:10", "+10:00",
         "Passed over for the EL1 acting job again, they gave it to someone who's been here eight months. "
         "Four years of late nights. Honestly done being loyal.", {}),
        (3304, "2026-05-14 21:20", "+10:00",
         "Leaked exposure draft is all over the news and everyone's looking at our team. It wasn't us. Đau đầu quá.", {}),
        (3305, "2026-06-06 18:00", "+10:00",
         "Karaoke night with Linh Dao from the policy team upstairs. She did Bolero, I did ABBA. We both lost.", {}),
        (3306, "2026-06-20 10:30", "+10:00",
         "Spent the morning at the department store buying Má a rice cooker. The old one was older than me.", {}),
    ],
}
