"""Jenny Pollard (FICTIONAL): a Home Affairs visa and citizenship enquiry-line officer working from home in
Mooroopna. A vegetable-growers' forum (plain thread pages). Every name, number and point is invented."""
NAME = "Jenny Pollard"

FORUM = {
    "site": "Goulburn Valley Growers",
    "user": "jen_mooroopna",
    "path": "/community/u/jen_mooroopna/",
    "about": ["Tomatoes, chooks and far too many zucchini. Mooroopna."],
    "posts": [
        ("311", "2026-01-18 16:40", "+11:00", "Tomato blight again",
         ["Blight on the Grosse Lisse again, right on schedule. I'm in Mooroopna on the river side of the "
          "highway, so maybe it's the humidity. Col says pull them, I say spray. Col is my husband and he is "
          "usually wrong about tomatoes."]),
        ("312", "2026-02-09 20:10", "+11:00", "Watering before work",
         ["Anyone else water at 6am before work? I'm on the enquiry line at Home Affairs, working from home, "
          "8:30 to 5 Monday to Friday, so it's 6am hose or nothing, and the chooks get fed at 5:05 on the dot."]),
        ("313", "2026-03-02 19:30", "+11:00", "Citizenship questions (off topic)",
         ["Off topic but a few people asked after the market. If your citizenship application is stuck, the "
          "public website is the first stop, but you can email me at work, jenny.pollard@homeaffairs.gov.au, "
          "and I'll tell you which form you've missed. No promises, I just answer phones."]),
        ("314", "2026-03-22 10:00", "+11:00", "Zucchini glut",
         ["Zucchini glut, free to a good home, I'll leave a box at the gate. Not the border collie's box, that's "
          "his bed."]),
    ],
}
