"""Renata Szabo (FICTIONAL): NEGATIVE CONTROL, purser on a cruise ship for a private cruise line, lives in Sydney's west."""
NAME = "Renata Szabo"

PERSON = {
    "path": "/crew/renata",
    "site": "Crew Profiles",
    "headline": "Chief Purser, Southern Pearl Cruises. Home port Sydney.",
    "ld": {
        "jobTitle": "Chief Purser",
        "worksFor": {"@type": "Organization", "name": "Southern Pearl Cruises"},
        "email": "mailto:renata.szabo@seamail.example",
    },
    "sections": [
        ("About", [
            "Renata handles the crew manifest, passenger visas and customs declarations before every arrival, "
            "and meets the Border Force officers who board at the Overseas Passenger Terminal.",
            "Between contracts she lives in Penrith with her husband Laszlo."]),
    ],
}

ACTIVITYPUB = {
    "handle": "renatasea",
    "summary": "<p>Purser. Ten months at sea, two in Penrith.</p>",
    "notes": [
        (6601, "2026-02-14 09:00", "+11:00",
         "Immigration clearance done by 7am at the Overseas Passenger Terminal. 2,400 passengers, all smiles.", {}),
        (6602, "2026-02-28 18:00", "+11:00", "Dinner in Penrith with Laszlo and his mum. Home for six weeks!", {}),
        (6603, "2026-03-12 11:30", "+11:00",
         "Coffee by the river every morning at 9 while I'm home, Nepean side. Bliss.", {}),
        (6604, "2026-03-26 20:00", "+11:00",
         "Caught up with Ilona Varga, my oldest friend from school. She has not changed at all.", {}),
        (6605, "2026-04-15 10:00", "+10:00", "Reading a news story about a cocaine seizure on a cruise ship. Not ours!", {}),
        (6606, "2026-05-06 08:00", "+10:00", "Back on board. Customs declarations for 2,400 people, here we go.", {}),
    ],
}
