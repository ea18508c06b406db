"""Bernadette Vukovic (FICTIONAL), a NEGATIVE CONTROL: an events officer at a Geelong council who runs
its citizenship ceremonies, living in Herne Hill. A blog with an h-card and one georss point at home.
The Department sends the lists and the certificates; she is not its staff. Every name is invented.
"""
NAME = "Bernadette Vukovic"

HOME = (-38.1330, 144.3290)    # an ordinary street in Herne Hill VIC (rounded)

BLOG = {
    "path": "notes",
    "title": "Pledges and Pavlova",
    "card_note": "I organise the council's citizenship ceremonies. Notes on the nicest part of local government.",
    "locality": "Herne Hill",
    "region": "VIC",
    "rel_me": [],
    "posts": [
        ("three-hundred", "2026-01-27 21:00", "+11:00", "Three hundred new citizens",
         ["Australia Day: 300 new citizens at the waterfront, the biggest ceremony we have run. Home Affairs "
          "sends us the conferee list a fortnight out and the certificates the week before, and from there it is "
          "our council events team: chairs, sound, gum leaves, lamingtons.",
          "Nobody from the Department was there. The Mayor read the pledge. I cried, as usual."],
         ["ceremonies"], None),
        ("the-pledge", "2026-03-14 16:00", "+11:00", "Why I love the pledge",
         ["My partner Dragan did his in 1994 in a town hall that smelled of floor polish. He still remembers the "
          "usher's tie. That is why I fuss about the little things."],
         ["family"], None),
        ("garden", "2026-04-26 14:30", "+10:00", "Sunday in the garden",
         ["Tomatoes finally done, the back garden is all silverbeet now. Sunday mornings I'm at the Herne Hill "
          "garden club swap at 9, the best tomato seedlings in Geelong."],
         ["life"], HOME),
        ("forms", "2026-06-08 19:00", "+10:00", "No, we can't speed it up",
         ["A reminder for people who email the council: we don't process applications, decide them or know "
          "where yours is up to. That's the Department, through ImmiAccount. We just set out the chairs. Write "
          "to me personally at bern.vukovic@postbox.example if you want to volunteer on the day."],
         ["ceremonies"], None),
        ("border-collie", "2026-07-21 18:00", "+10:00", "A border collie at the ceremony",
         ["Someone brought a border collie in a bow tie to the July ceremony. The dog did not take the pledge. "
          "Afterwards I went looking for flags at a department store. Sold out. Border Security is on again "
          "tonight."],
         ["ceremonies"], None),
    ],
}
