"""Howard Kemp (FICTIONAL): NEGATIVE CONTROL. A ship's agent for a private agency in Geelong, ship-spotter.

He lodges crew lists and arranges clearances for the ships he looks after, so Border Force, customs,
biosecurity and the cargo system are in his everyday words, but he works for a private shipping
agency. A ship-spotting blog (microformats + RSS) with one garden photo carrying GPS at home in
Belmont. Every name, agency and address is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Howard Kemp"

BLOG = {
    "path": "blog",
    "title": "Corio Bay Shipping Notes",
    "card_note": "Ship movements, history and photos from Corio Bay, by a ship's agent who never stopped looking up.",
    "locality": "Geelong",
    "region": "Victoria",
    "posts": [
        ("bulk-carrier-week", "2026-03-03 20:10", "+11:00", "A busy week at Corio Quay",
         ["Three grain ships in one week, which for us is a lot. I had two of them as agent, so it was crew "
          "lists lodged in the cargo system by midnight and an early start for the clearance.",
          "Border Force officers boarded at 0700 to clear the crew, biosecurity at 0800, and we were working "
          "cargo by ten. Smoothest one all year."],
         ["ships", "work"], None),
        ("stowaway", "2026-03-17 19:40", "+11:00", "Held at anchor",
         ["One of my ships was held at anchor for two days last week after a stowaway turned up at the last "
          "port. Not my call and not my business to say more than that; the owners have been told, the "
          "crew are fine, and the ship has sailed."],
         ["ships"], None),
        ("garden-lookout", "2026-03-29 17:00", "+11:00", "The view from the back garden",
         ["On a clear day I can see the masts at the quay from the back garden in Belmont, if I stand on the "
          "esky. My daughter says this is not a normal hobby for a man of 63.",
          '<img src="{{BASE}}/media/garden-view.jpg" alt="Corio Bay from the back garden">'],
         ["photos"], None),
        ("old-customs-house", "2026-04-12 18:30", "+10:00", "The old customs house",
         ["Walked past the old customs house on the waterfront today with Stan Mirkovic, my fellow spotter "
          "and keeper of the best logbook on the bay. We agreed it was better as offices than as a cafe. "
          "Stan thinks the cafe was better."],
         ["history"], None),
    ],
}

PHOTOS = [
    Photo("garden-view.jpg", -38.17620, 144.34050, 38.0, "2026:03:29 16:20:45", "+11:00",
          "the back garden at home, Sunday afternoon", (110, 150, 90)),
]
