"""Marguerite Osei (FICTIONAL): NEGATIVE CONTROL. Refugee-settlement caseworker at a charity, Adelaide, 39.

She works for a private charity, not the Department: her blog and profile name the Department of Home
Affairs (clients' letters), visa grants, ImmiAccount, Border Force at the airport meeting new arrivals,
Villawood (a client's past), and "our Adelaide office" (the charity's). A staff page with schema.org Person
JSON-LD and a reflective microformats2 blog with RSS. Every name, charity and address is invented.
"""
NAME = "Marguerite Osei"

PERSON = {
    "path": "/people/marguerite-osei",
    "site": "Open Doors Settlement Service",
    "headline": "Senior Settlement Caseworker, Open Doors Settlement Service",
    "ld": {
        "jobTitle": "Senior Settlement Caseworker",
        "worksFor": {"@type": "NGO", "name": "Open Doors Settlement Service"},
        "email": "mailto:marguerite.osei@opendoors.example",
        "description": "Marguerite supports newly arrived families from our Adelaide office: housing, "
                       "schooling, Centrelink and letters from the Department of Home Affairs.",
    },
    "sections": [
        ("Contact", ["marguerite.osei@opendoors.example"]),
    ],
}

BLOG = {
    "path": "notes",
    "title": "Second Welcomes",
    "card_note": "Notes from ten years of settlement work. Views my own, names changed.",
    "posts": [
        ("airport-night", "2026-02-04 22:30", "+10:30", "The airport at midnight",
         ["We met a family of six at the airport at midnight. Border Force officers had finished with them by the "
          "time we reached arrivals; the kids were asleep on the bags.",
          "My partner Kwame drove the second car, as he always does, without being asked."],
         ["arrivals"], None),
        ("letters", "2026-03-11 20:00", "+10:30", "On letters",
         ["Half my week is reading letters from the Department of Home Affairs aloud. A visa grant letter reads "
          "exactly like a refusal until the third paragraph.",
          "ImmiAccount was down again on Tuesday, so nobody could upload anything."],
         ["letters", "visas"], None),
        ("choir", "2026-04-23 21:00", "+09:30", "Choir saves me",
         ["Every Thursday at 7pm I sing with the community choir at the Prospect town hall, two streets from our "
          "place. My friend Tessa Kirkby drags me there when I'd rather cry into the couch."],
         ["self-care"], None),
        ("villawood", "2026-05-30 19:30", "+09:30", "A client's story",
         ["A client told me today about his two years in Villawood before he got here. I listened. That's the job."],
         ["clients"], None),
        ("nothing", "2026-06-20 18:00", "+09:30", "Short one",
         ["Tired. Soup. Bed."],
         ["life"], None),
    ],
}
