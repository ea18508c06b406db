"""Tom Vukovic (FICTIONAL): Home Affairs partner-visa officer working from home near Bendigo; a cycling club page."""
NAME = "Tom Vukovic"

PERSON = {
    "path": "/members/tom-vukovic",
    "site": "Bendigo Wheelers",
    "headline": "Member since 2021. B grade.",
    "ld": {"description": "Club member profile", "memberOf": {"@type": "SportsOrganization", "name": "Bendigo Wheelers"}},
    "sections": [
        ("About Tom", ["Tom rides with the Saturday 7am bunch from the Strathfieldsaye shops and usually buys the "
                       "coffees. By day Tom processes partner visas for Home Affairs, mostly from the kitchen table.",
                       "Tom's usual riding partner is Deb Okafor, who has beaten him up Mount Alexander four years "
                       "running."]),
    ],
}

ACTIVITYPUB = {
    "handle": "vuko_rides",
    "summary": "<p>Bikes, coffee, the Bulldogs.</p>",
    "notes": [
        (1101, "2026-03-03 18:00", "+11:00",
         "Nine hours of files from the kitchen table today. Back in the Melbourne office Tuesdays, on the 6:32 V/Line.", {}),
        (1102, "2026-04-16 20:40", "+10:00",
         "Our section has been told to clear 4,000 partner files by June with no extra staff. Team is cooked.", {}),
        (1103, "2026-05-21 21:30", "+10:00", "Birthday dinner for my wife Sanja. She picked the place, I picked the wine.", {}),
        (1104, "2026-07-08 22:15", "+10:00",
         "Third time knocked back for the EL1 while blow-ins from Canberra walk in. Starting to wonder what I owe this "
         "place.", {}),
        (1105, "2026-08-14 19:00", "+10:00", "Border Security reruns on a Friday night. Living the dream.", {}),
    ],
}
