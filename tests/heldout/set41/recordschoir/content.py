"""Rosalind "Roz" Tolentino (FICTIONAL): Home Affairs records officer, Adelaide; lives in Angle Vale.

A community choir's member page (schema.org Person, third person) with her work mobile for ticket sales,
and a few posts of her own in a Filipino-Australian voice. Every name, number and address is invented.
"""
NAME = "Roz Tolentino"

PERSON = {
    "path": "/choir/members/roz-tolentino",
    "site": "Northern Plains Community Choir",
    "headline": "Alto, and our ticket secretary",
    "ld": {
        "jobTitle": "Ticket secretary",
        "memberOf": {"@type": "MusicGroup", "name": "Northern Plains Community Choir"},
        "telephone": "0491 570 733",
    },
    "sections": [
        ("Meet Roz", [
            "Roz has sung alto with us since 2019. By day she's a records officer with Home Affairs in their Adelaide office, "
            "which she says makes her the only person who enjoys filing.",
            "For concert tickets ring Roz on her work mobile 0491 570 733 (weekdays) or catch her at rehearsal, "
            "Tuesdays 7pm at the Angle Vale community hall, where she also lives."]),
    ],
}

ACTIVITYPUB = {
    "handle": "roz_alto",
    "summary": "<p>Alto. Lola-in-training. Adelaide north. Salamat po for reading.</p>",
    "notes": [
        (2201, "2026-03-03 18:20", "+10:30",
         "Migrating the old TRIM containers into the new records system, and finding 40 boxes in the basement "
         "compactus with no register at all. Nobody knows what's in them. Neither does the system.", {}),
        (2202, "2026-04-19 15:00", "+09:30",
         "Sunday merienda at my daughter Cristina's, apo Nico turned two! Ang laki na.", {}),
        (2203, "2026-05-12 21:00", "+09:30",
         "Choir rehearsal ran late, our director Helen Marsh made us do the Kyrie eleven times.", {}),
        (2204, "2026-06-02 17:40", "+09:30",
         "Department store sale, bought a new concert black. My husband Ed says I have six already. Ed is correct.", {}),
    ],
}
