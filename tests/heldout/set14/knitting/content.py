"""Lorraine Whitbread (FICTIONAL): Border Force officer, international mail centre, Clyde, 63; a knitting blog."""
NAME = "Lorraine Whitbread"

BLOG = {
    "path": "blog",
    "title": "Purl Before Swine",
    "card_note": "Knitting through nights, grief and everything else.",
    "author_email": "lorraine.whitbread@abf.gov.au",
    "posts": [
        ("jumper", "2026-02-12 10:00", "+11:00", "The navy jumper",
         ["Finished a navy cable jumper to wear under my Border Force uniform jacket on the cold nights. "
          "It itches. It is perfect."],
         ["finished"], None),
        ("circle", "2026-02-24 17:00", "+11:00", "Tuesday circle",
         ["Tuesday knitting circle at the Toongabbie library with Joan Pell, 1pm, is the best thing in my week. "
          "Joan is the only one who can fix my dropped stitches."],
         ["circle"], None),
        ("nights", "2026-03-10 09:30", "+11:00", "Knitting on nights",
         ["I work nights at the mail centre at Clyde, 10pm to 6am, four on. I knit on the meal break. "
          "My sister Margaret thinks I am mad."],
         ["life"], None),
        ("short", "2026-03-24 09:00", "+11:00", "Not a knitting post",
         ["A grumble. The night bench is down to four officers for 30,000 parcels, and the x-ray image system "
          "freezes every night around 2am, so we just stand there. Management says it is a vendor problem."],
         ["work"], None),
        ("beanie", "2026-04-14 10:30", "+10:00", "A beanie for the boss",
         ["Knitted a beanie for my team leader, Anh Tran, who is always cold. Anh wore it all shift."],
         ["finished"], None),
        ("quiet", "2026-05-05 11:00", "+10:00", "Quiet",
         ["The house is too quiet since Frank. Two years in June. The needles help, mostly."],
         ["life"], None),
        ("border", "2026-05-19 15:00", "+10:00", "Picking up a border",
         ["Picked up a garter border on the baby blanket for the church fete. 280 stitches. Send tea."],
         ["wip"], None),
    ],
}
