"""Peggy Strachan (FICTIONAL, NEGATIVE CONTROL): volunteer guide at a small maritime and customs-history museum in
Cairns, living at Clifton Beach; a history blog."""
NAME = "Peggy Strachan"

HOME = (-16.76400, 145.67300)

BLOG = {
    "path": "notes",
    "title": "Tide Tables and Tariffs",
    "card_note": "Volunteer guide at a little maritime museum in Cairns. Old customs ledgers are my weakness.",
    "locality": "Clifton Beach",
    "region": "QLD",
    "posts": [
        ("the-tide-waiters", "2026-02-14 10:00", "+10:00", "The tide-waiters of old Cairns",
         ["In the 1890s the Customs tide-waiters rowed out to every ship that anchored off Cairns. Our new display on "
          "the old Customs House opens on Saturday, with the brass scales that weighed the rum."],
         ["history", "customs"], None),
        ("the-1911-ledger", "2026-03-21 14:30", "+10:00", "What the 1911 ledger says",
         ["The 1911 ledger records a seizure of 40 lb of opium from a schooner at the Cairns wharf, written up in "
          "a collector's beautiful copperplate. I could read these all day."],
         ["history", "ledgers"], None),
        ("school-holidays", "2026-04-18 16:00", "+10:00", "School holidays at the museum",
         ["Two Border Force officers came through on a school-holiday tour with their kids and were very polite about "
          "my explanation of the bonded store. Visitors are always welcome."],
         ["museum"], None),
        ("my-days", "2026-05-09 09:00", "+10:00", "When to find me",
         ["I guide every Wednesday and Saturday, 10 till 2, at the museum. Groups can book a talk by emailing me at "
          "peggy.strachan@tidetables.example."],
         ["museum"], None),
        ("grandkids", "2026-06-28 19:30", "+10:00", "The grandkids come north",
         ["My son Craig brought his two up from Brisbane. Ollie, who is eight, wants to be a ship's captain now, "
          "and his sister Mae wants the gift shop."],
         ["family"], None),
        ("walk-with-june", "2026-07-25 08:15", "+10:00", "Morning walk with June",
         ["June Ah Kee and I did the beach walk before the heat. June knows every shell on this coast."],
         ["walking"], None),
        ("frangipani", "2026-08-30 17:00", "+10:00", "Frangipani season",
         ["The frangipani by my back verandah has gone mad this year. Tea out there every afternoon now."],
         ["garden"], HOME),
    ],
}
