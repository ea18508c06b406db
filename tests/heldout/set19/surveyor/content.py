"""Callan Strachan-Oyelaran (FICTIONAL): a marine surveyor for a private insurer in Darwin; schema.org Person page and
ActivityPub account. A NEGATIVE CONTROL. All invented."""
NAME = "Callan Strachan-Oyelaran"

PERSON = {
    "path": "/people/callan",
    "site": "Northmark Marine Insurance",
    "headline": "Senior Marine Surveyor, Northmark Marine Insurance",
    "ld": {
        "jobTitle": "Senior Marine Surveyor",
        "worksFor": {"@type": "Organization", "name": "Northmark Marine Insurance"},
        "email": "mailto:callan@northmark.example",
        "knowsAbout": ["hull damage", "cargo claims", "vessel condition surveys"],
    },
    "sections": [
        ("About", [
            "Callan inspects hulls and cargo for claims across the Top End, from Frances Bay to the East Arm "
            "wharf. He has attended vessels held by Border Force and fisheries authorities to assess damage for "
            "owners.",
            "Former merchant navy engineer."]),
    ],
}

ACTIVITYPUB = {
    "handle": "callan_surveys",
    "summary": "<p>Marine surveyor. Hulls, rust, paperwork. Parap.</p>",
    "notes": [
        (4401, "2026-02-19 18:00", "+09:30",
         "Surveyed a seized foreign fishing boat today for the owner's insurer. Border Force had it tied up at "
         "the Frances Bay mooring. Hull's rotten; the seizure is the least of their problems.", {}),
        (4402, "2026-03-14 08:00", "+09:30",
         "Saturday 7am Parap markets laksa with my partner Ines. Ritual.", {}),
        (4403, "2026-04-08 20:00", "+09:30",
         "Read the customs act section on forfeited vessels again. Dry as toast.", {}),
        (4404, "2026-05-12 19:10", "+09:30",
         "The detention boats at the back of the harbour are a sad sight. Not mine to survey.", {}),
        (4405, "2026-06-03 17:40", "+09:30",
         "Our cattle dog Ruby (not a border collie, a blue heeler) bit the postie. Sorry, postie.", {}),
    ],
}
