"""Margaret Elphick (FICTIONAL), NEGATIVE CONTROL: a retired council volunteer who greets cruise ships at Outer Harbor.

A Mastodon-style account with one photo (GPS in her front garden). She writes about Border Force officers
clearing the ship, passports, the terminal and a detector dog, all as a volunteer waiting outside. Every name,
handle and address is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
NAME = "Margaret Elphick"
HOME = (-34.82590, 138.49020)

ACTIVITYPUB = {
    "handle": "margelphick",
    "summary": "<p>Retired. Cruise welcome volunteer for the council. Grandma. Largs Bay.</p>",
    "notes": [
        (5101, "2026-02-10 11:30", "+10:30",
         "Ship day at the Outer Harbor cruise terminal! We waited with our maps and brochures while the Border Force "
          "officers cleared the ship, then 2,000 passengers came down wanting coffee and toilets, in that order.", {}),
        (5102, "2026-02-24 14:00", "+10:30",
         "Lovely to volunteer with Bev Hocking again today. Forty years of friendship and she still can't read a "
         "map.", {}),
        (5103, "2026-03-17 16:10", "+10:30",
         "Saw the detector dog working the gangway this morning. A spaniel, very serious. The passengers loved him.", {}),
        (5104, "2026-04-08 10:20", "+09:30",
         "Aqua aerobics every Wednesday at 9 at the Semaphore pool. My knees thank me.", {}),
        (5105, "2026-05-12 15:45", "+09:30", "My roses, still going in May.",
         {"images": [("roses-may.jpg", "roses in the front garden")]}),
        (5106, "2026-06-03 18:00", "+09:30",
         "The grandkids, Harper and Oscar, stayed over. I'm exhausted and very happy.", {}),
        (5107, "2026-06-22 12:30", "+09:30", "Volunteer uniform washed and ready for the spring season.", {}),
    ],
}

PHOTOS = [
    Photo("roses-may.jpg", HOME[0] + 0.00002, HOME[1] + 0.00003, 4.0, "2026:05:12 15:30:00", "+09:30",
          "roses in the front garden", (180, 40, 60)),
]
