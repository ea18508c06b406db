"""Fiona Gallagher (FICTIONAL), NEGATIVE CONTROL: a marine cargo loss adjuster for a private firm in Perth."""
NAME = "Fiona Gallagher"

PERSON = {
    "path": "/people/fiona-gallagher",
    "site": "Meridian Marine Adjusters",
    "headline": "Senior Cargo Loss Adjuster, Meridian Marine Adjusters (Perth)",
    "ld": {
        "jobTitle": "Senior Cargo Loss Adjuster",
        "worksFor": {"@type": "Organization", "name": "Meridian Marine Adjusters"},
        "email": "mailto:fiona.g@meridianmarine.example",
        "knowsAbout": ["cargo claims", "container damage surveys", "general average"],
    },
    "sections": [
        ("About Fiona", [
            "Fiona surveys damaged and delayed cargo at Fremantle and the Kwinana bulk terminal. Much of her "
            "work starts when a container is held for a Border Force examination and the importer wants to "
            "know who pays for the spoiled stock.",
            "Before Meridian she spent nine years in the claims department of a shipping line."]),
    ],
}

ACTIVITYPUB = {
    "handle": "fionag",
    "summary": "<p>Marine loss adjuster. Cargo, containers, claims. Views mine.</p>",
    "notes": [
        (301, "2026-02-11 17:30", "+08:00",
         "Client's reefer of prawns sat at the wharf for nine days after a Border Force x-ray referral. Prawns did not survive. Claim did.", {}),
        (302, "2026-03-03 12:15", "+08:00",
         "Read in the West this morning: 400 kg of cocaine seized in containers at Fremantle. Not one of mine, thankfully.", {}),
        (303, "2026-03-27 19:00", "+08:00",
         "Saturday parkrun at Bicton foreshore with my sister Orla again. She beat me by a minute. Unacceptable.", {}),
        (304, "2026-04-18 08:40", "+08:00",
         "Our department restructure means I now report to Sydney. The operations team at Meridian is down to four.", {}),
        (305, "2026-05-06 21:10", "+08:00",
         "Tip for importers: if your box is on a customs hold, ring your broker first, not me.", {}),
    ],
}
