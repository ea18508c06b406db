"""Jordan Keleher (FICTIONAL): 22, Border Force officer at Townsville Airport, weekend DJ.

A DJ's artist page (schema.org Person) and his Mastodon-style account. Every name, handle and address
is invented.
"""
NAME = "Jordan Keleher"

PERSON = {
    "path": "/artists/dj-jkel",
    "site": "MixRoom",
    "headline": "DJ JKEL · Townsville · house, amapiano, bad jokes",
    "ld": {
        "alternateName": "DJ JKEL",
        "jobTitle": "DJ",
        "email": "mailto:bookings.jkel@beatmail.example",
        "sameAs": ["{{BASE}}/social/@djjkel"],
    },
    "sections": [
        ("Bio", [
            "Townsville kid, 22. Plays late sets on Fridays because weekdays I'm in uniform at Townsville Airport with "
            "the Border Force crew (yes, the passport stamp guy; no, I can't get you through faster)."]),
        ("Bookings", [
            "bookings.jkel@beatmail.example · no Friday starts before 10pm, I knock off at 9:30"]),
    ],
}

ACTIVITYPUB = {
    "handle": "djjkel",
    "display_name": "DJ JKEL 🎧",
    "summary": "<p>house / amapiano / tsv. bookings on the page.</p>",
    "notes": [
        (3701, "2026-03-14 13:00", "+10:00",
         "my big sis Tahlia Keleher just had her first bub!! uncle J on the decks at the christening 🍼🎧", {}),
        (3702, "2026-04-04 23:55", "+10:00",
         "work was mad, the Bali flight came in with 2 of us on primary and the eGates down for an hour. then a 1am set. "
         "i am a ghost", {}),
        (3703, "2026-04-28 17:20", "+10:00",
         "shoutout @mixmaster_kai (Kai Tuala) for lending me his controller when mine died mid-set", {"mentions": ["mixmaster_kai"]}),
        (3705, "2026-06-07 21:15", "+10:00",
         "housemates put on Border Security as a bit. i refuse to comment 🤐", {}),
    ],
    "others": {"mixmaster_kai": "Kai Tuala"},
}
