"""Dr Annika Sorensen (FICTIONAL): a veterinarian at a private pet-relocation firm's boarding and pre-export
kennels in western Sydney. NEGATIVE CONTROL.

Her work is all import permits, quarantine, biosecurity inspections, the airport cargo terminal and border
collies, none of it the Department's. A firm staff page with schema.org Person JSON-LD and a Mastodon-style
account. The firm, every name, number and email are invented.
"""
NAME = "Annika Sorensen"

PERSON = {
    "path": "/our-team/annika-sorensen",
    "site": "Southern Cross Pet Relocations",
    "headline": "Senior Veterinarian, Southern Cross Pet Relocations",
    "ld": {
        "jobTitle": "Senior Veterinarian",
        "worksFor": {"@type": "LocalBusiness", "name": "Southern Cross Pet Relocations"},
        "email": "mailto:annika@scpetrelo.example",
        "telephone": "0491 570 733",
        "knowsAbout": ["pet import permits", "rabies titre tests", "pre-export health checks"],
    },
    "sections": [
        ("About Dr Annika", [
            "Annika has helped more than three thousand pets move to and from Australia. She prepares every import "
            "permit application and pre-export health certificate, and meets the biosecurity officers at the Sydney "
            "Airport cargo terminal so your pet's paperwork is right first time.",
            "Our kennels are private boarding and pre-export kennels: all post-entry quarantine happens at the "
            "government station in Mickleham."]),
        ("Contact", ["Direct line 0491 570 733 or annika@scpetrelo.example."]),
    ],
}

ACTIVITYPUB = {
    "handle": "dr_annika",
    "summary": "<p>Vet 🐾 pets on planes. Mum to Finn and a very loud kelpie. Western Sydney.</p>",
    "notes": [
        (1201, "2026-01-15 19:00", "+11:00",
         "A border collie flew in from Oslo today and was cooler about 26 hours in the air than I am about a bus trip ✈️🐕", {}),
        (1202, "2026-02-01 12:20", "+11:00",
         "Finn's first ribbon at Rossmore Pony Club! 🏇 so proud", {}),
        (1203, "2026-02-18 08:30", "+11:00",
         "Mon, Wed and Fri it's the 6am feed round at the kennels before the phones start. Coffee in one hand, kibble in the other", {}),
        (1204, "2026-03-04 17:40", "+11:00",
         "Import permit came through in 9 days, record. The quarantine booking is another story.", {}),
        (1205, "2026-03-22 10:15", "+11:00",
         "Huge thanks to Dr Leon Ashby, my fellow vet here, for covering the weekend. Leon, you're a gem", {}),
        (1206, "2026-04-12 16:50", "+10:00",
         "Rain in Austral again, the paddock out the back is a swamp and the kelpie is delighted", {}),
    ],
}
