"""Ruth Abernethy (FICTIONAL): NEGATIVE CONTROL, a retiree who reviews a border-protection TV show.

A microformats2 blog with RSS of episode recaps (detector dogs, airports, seizures with quantities, visa
refusals, officers' first names as the show gives them) and a schema.org Person page for her reviewing
hobby. None of it is hers: she has never worked for the department. Every name is invented.
"""
NAME = "Ruth Abernethy"

BLOG = {
    "path": "recaps",
    "title": "Ruth Watches Telly",
    "card_note": "Retired librarian. Too much TV. Toowoomba.",
    "locality": "Toowoomba",
    "region": "QLD",
    "rel_me": [("About Ruth", "/ruth")],
    "posts": [
        ("s18e04", "2026-02-19 20:30", "+10:00", "Border Security S18E04: the dog steals the show",
         ["Tonight's episode: a beagle at Sydney Airport sniffs out 5 kilos of heroin in a passenger's "
          "cricket bats, and Officer Kate (the show never gives surnames) stays utterly calm. Meanwhile at "
          "Melbourne a backpacker is refused entry after lying about working.",
          "Colin says the beagle deserves a Logie."],
         ["border security", "recaps"], None),
        ("s18e05", "2026-02-26 20:30", "+10:00", "S18E05: mail centre madness",
         ["The mail centre episode! Officers x-ray a parcel of 'tea' that turns out to be 2 kilos of ice, "
          "and a seizure of 300 undeclared snakes' eggs. The detention scene at the end was hard to watch."],
         ["border security", "recaps"], None),
        ("s18e06", "2026-03-05 20:30", "+10:00", "S18E06: SmartGates and sore feet",
         ["A whole segment on the SmartGates at Brisbane and how the cameras match faces. I'd fail, I always "
          "look startled."],
         ["border security", "recaps"], None),
    ],
}

PERSON = {
    "path": "/ruth",
    "site": "Ruth Watches Telly",
    "headline": "TV recapper, retired librarian",
    "ld": {
        "jobTitle": "Retired librarian",
        "email": "mailto:ruth.watches.telly@bigpond.example",
        "homeLocation": {"@type": "Place", "name": "Toowoomba QLD"},
        "knowsAbout": ["Border Security: Australia's Front Line", "Midsomer Murders", "Gardening Australia"],
    },
    "sections": [
        ("About", [
            "Forty years at the Toowoomba City Library, now I watch television and write about it. My husband "
            "Colin makes the tea and heckles.",
            "Write to me at ruth.watches.telly@bigpond.example with episode suggestions."]),
    ],
}
