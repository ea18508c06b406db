"""Anjali Mehta-Cole (FICTIONAL), a NEGATIVE CONTROL: IT recruitment consultant at a private labour-hire
agency in Canberra who places contractors with federal agencies, Home Affairs among them. None of it makes her
departmental staff. A team page (schema.org Person) and a Mastodon-style account. Every name and number is
invented.
"""
NAME = "Anjali Mehta-Cole"

PERSON = {
    "path": "/team/anjali-mehta-cole",
    "site": "Kestrel Talent",
    "headline": "Senior Consultant, Government ICT, Kestrel Talent",
    "ld": {
        "jobTitle": "Senior Consultant, Government ICT",
        "worksFor": {"@type": "EmploymentAgency", "name": "Kestrel Talent"},
        "email": "mailto:anjali@kestreltalent.example",
        "telephone": "02 5550 4417",
    },
    "sections": [
        ("About Anjali", [
            "Anjali places ICT contractors with federal agencies across Canberra, including Home Affairs, "
            "Defence and Services Australia, and has been with Kestrel Talent since 2019.",
            "Call her on 02 5550 4417 or email anjali@kestreltalent.example."]),
    ],
}

ACTIVITYPUB = {
    "handle": "anjali_recruits",
    "display_name": "Anjali M-C",
    "summary": "<p>ICT recruiter, Canberra. I will not guess your clearance level.</p>",
    "notes": [
        (2391, "2026-02-24 10:00", "+11:00",
         "We're hiring: six-month Home Affairs contract in Belconnen, baseline clearance, ServiceNow developer. "
         "Message me.", {}),
        (2392, "2026-03-30 12:00", "+11:00",
         "Candidates: please don't put your clearance level on your public profile. Seriously.", {}),
        (2393, "2026-05-19 16:20", "+10:00",
         "Placed a brilliant tester with a Border Force project team today! 🎉", {}),
        (2394, "2026-06-20 10:30", "+10:00",
         "Saturday parkrun in Gungahlin with my husband Dev, 8am like every week, five minutes from home.", {}),
        (2395, "2026-08-11 09:00", "+10:00",
         "Industry news: the department's visa system replacement tender has closed, per the public AusTender "
         "notice. Expect a wave of roles next year.", {}),
        (2396, "2026-10-09 13:00", "+11:00",
         "Coffee with my old uni friend Priyanka Rao, who still refuses to let me recruit her.", {}),
    ],
}
