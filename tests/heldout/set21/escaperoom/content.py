"""Marcus Feeney (FICTIONAL): owner of a customs-themed escape room in Hobart. NEGATIVE CONTROL."""
NAME = "Marcus Feeney"

PERSON = {
    "path": "/about/marcus-feeney",
    "site": "Contraband Escape Rooms Hobart",
    "headline": "Founder and Games Master, Contraband Escape Rooms",
    "ld": {
        "jobTitle": "Founder and Games Master",
        "worksFor": {"@type": "LocalBusiness", "name": "Contraband Escape Rooms"},
        "telephone": "+61 491 570 903",
    },
    "sections": [
        ("About Marcus", [
            "Marcus built Contraband in 2023 with his business partner Sasha Lindqvist. Every room puts you in the "
            "shoes of a 1920s customs officer hunting smugglers on the Hobart docks.",
            "Bookings and group enquiries: call Marcus on 0491 570 903."]),
        ("The rooms", [
            "Operation Tidewater: you have 60 minutes to find the hidden opium before the ship sails. Players wear a "
            "replica customs officer uniform and badge, and the x-ray room is the fan favourite."]),
    ],
}

ACTIVITYPUB = {
    "handle": "contraband_marcus",
    "summary": "<p>Escape rooms, board games, bad puns. Hobart.</p>",
    "notes": [
        (4101, "2026-03-14 20:00", "+11:00",
         "A real Border Force officer played Operation Tidewater tonight and escaped with 4 minutes to spare. Said the "
         "seizure room was 'more fun than work'. We'll take it.", {}),
        (4102, "2026-04-22 18:30", "+10:00",
         "New room in development: a 1950s airport customs hall. Need a vintage luggage x-ray prop, anyone?", {}),
        (4103, "2026-05-30 13:00", "+10:00",
         "My partner Lou finally beat the Tidewater record. I'm never hearing the end of it.", {}),
        (4104, "2026-06-25 19:15", "+10:00", "Watched Border Security for 'research'. Three hours gone.", {}),
    ],
}
