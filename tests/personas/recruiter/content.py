"""Joel Whitcombe (FICTIONAL): an ICT recruiter who places contractors with federal agencies, a NEGATIVE CONTROL (round 13).

His blog's author card names his recruitment firm and its office phone; his posts are about the Department as a client:
a tester placed with a Home Affairs project, a Border Force contract advertised, a tender his firm bid for, lunch with
the agency's buyers, "our contracts department" (the firm's), the building where his contractors work. Work FOR the
Department as a client is not employment there, his firm's phone is not an official contact, and the building is
not his work site. Every name, firm and number is invented (02 5550 xxxx is reserved for fiction).
"""
NAME = "Joel Whitcombe"

BLOG = {
    "path": "blog",
    "title": "Placed",
    "card_note": "Government ICT recruitment in Canberra: contractors, clearances and too much coffee.",
    "card_job": "Principal Consultant",
    "card_org": "Quorra Talent Pty Ltd",
    "card_tel": "+61 2 5550 4417",
    "posts": [
        ("placed", "2026-02-10 18:30", "+11:00", "Another one placed",
         ["Placed a senior test analyst into a Home Affairs delivery team on Monday, my fourth this quarter. "
          "Their onboarding took eleven days, a record."],
         ["recruitment"], None),
        ("hiring", "2026-02-24 09:15", "+11:00", "Now hiring",
         ["We're hiring: a nine month Border Force data contract in Belconnen, baseline clearance, day rate on "
          "application. Send me your CV."],
         ["jobs"], None),
        ("tender", "2026-03-12 17:40", "+11:00", "Tender season",
         ["Our response to the Home Affairs labour hire panel went in an hour before close. Our contracts department "
          "lived on pizza for a week."],
         ["tenders"], None),
        ("lunch", "2026-03-27 15:05", "+11:00", "Client lunch",
         ["Long lunch with the ABF procurement people today. Plenty of work coming, none of it before July."],
         ["clients"], None),
        ("building", "2026-04-14 19:20", "+10:00", "Site visit",
         ["Visited three of my contractors at the Home Affairs building in Belconnen, all happy, one wants a pay rise."],
         ["contractors"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "joelw",
    "display_name": "Joel W",
    "summary": "<p>Recruiter, Quorra Talent. Canberra contractors, clearances and cold brew.</p>",
    "notes": [
        (9701, "2026-02-18 08:30", "+11:00",
         "Congrats to the two testers we placed with a Border Force project this week, both started Monday.", {}),
        (9702, "2026-03-30 12:40", "+11:00",
         "Tender fatigue is real. Our bid team has read the same Home Affairs statement of requirement nine times.", {}),
    ],
}

