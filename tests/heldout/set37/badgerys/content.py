"""Dean Mulholland (FICTIONAL): Border Force officer at Western Sydney International Airport, Glenmore Park.

A cycling-club regular's Mastodon-style account and phone photos with GPS taken at home. Every name,
handle, number and place detail is invented; the home point is a rounded point on an ordinary street.
"""
import sys

_p = sys.modules["_demo_make_photos"]
Photo, near = _p.Photo, _p._near

NAME = "Dean Mulholland"
HOME = (-33.79210, 150.67380)

ACTIVITYPUB = {
    "handle": "deanrides",
    "display_name": "Dean M 🚴",
    "summary": "<p>Dad, bad puns, worse climbing legs. Nepean Dawn Riders B-bunch. Stamping passports out at the "
               "new airport for the ABF so I can afford carbon wheels I don't deserve.</p>",
    "fields": [("Signal", "0491 570 213"), ("Club", "Nepean Dawn Riders")],
    "notes": [
        (1101, "2026-02-05 08:55", "+11:00",
         "Most Thursdays it's the 5:45 roll-out from the Glenmore Park shops, two laps of the lake loop, then a "
         "shower and straight into a 7 o'clock start. Legs are cooked by smoko but worth it.", {}),
        (1102, "2026-02-14 19:20", "+11:00",
         "Valentine's dinner with my other half Jess in the backyard, kids in bed by 8 for once. Ollie and Mae "
         "both fought it, both lost. 🍝", {"images": [("backyard-dinner.jpg", "table in the backyard with fairy lights")]}),
        (1103, "2026-02-27 21:40", "+11:00",
         "Week three of real international flights out at Western Sydney International and honestly the building "
         "is beautiful but the SmartGates are throwing a wobbly on about one in five e-passports since the update "
         "on Monday. Queue out past the duty free by 10. Tech blokes say the fix is 'in the next release'. sure.", {}),
        (1104, "2026-03-08 10:05", "+11:00",
         "Shout out to Priya Raman from my team who swapped my Sunday late so I could do the club's Kurrajong "
         "100. Owe you a coffee, Priya.", {}),
        (1105, "2026-03-19 22:30", "+11:00",
         "Wild one at work. Passenger off the Denpasar flight, nervous as anything, and we find $48k in cash "
         "rolled inside the tubes of a bike box. Two of us on secondary for the whole flight so it took till "
         "midnight. Not the bike content I signed up for.", {}),
        (1106, "2026-04-12 16:45", "+10:00",
         "Stevo aka Steve Karamanlis hung me out to dry on the Mulgoa climb again. Every. Single. Week. "
         "#NepeanDawnRiders", {"images": [("garage-bikes.jpg", "two bikes in the garage after a ride")]}),
        (1107, "2026-05-03 23:10", "+10:00",
         "Multis were not kind this month. Down about three grand. Don't tell Jess lol. It'll come back.", {}),
        (1108, "2026-05-16 09:30", "+10:00",
         "Coffee with Stevo after the ride. He reckons I need a new bottom bracket. I reckon he needs a new "
         "personality. Watched the Border Security rerun last night and yelled at the telly the whole time.", {}),
        (1109, "2026-06-07 07:15", "+10:00",
         "Frost on the driveway, -1 in Glenmore Park. Ride cancelled, bacon and eggs instead.",
         {"images": [("driveway-frost.jpg", "frost on the driveway at dawn")]}),
        (1110, "2026-06-20 14:00", "+10:00",
         "Mae's first race at the velodrome today. Proud dad. Ollie sulked because he came third in the kids' "
         "sprint behind a border collie that got loose on the track. True story.", {}),
    ],
}

PHOTOS = [
    Photo("backyard-dinner.jpg", *near(HOME, 6, -10), 58.0, "2026:02:14 19:05:12", "+11:00",
          "backyard dinner", (60, 40, 90)),
    Photo("garage-bikes.jpg", *near(HOME, -4, 8), 58.0, "2026:04:12 16:30:44", "+10:00",
          "bikes in the garage", (90, 90, 100)),
    Photo("driveway-frost.jpg", *near(HOME, 10, 3), 57.5, "2026:06:07 07:02:09", "+10:00",
          "frosty driveway", (200, 210, 230)),
]
