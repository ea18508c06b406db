"""Kerry-Anne Lodge (FICTIONAL): Border Force officer at Newcastle Airport, Williamtown; lives in Medowie NSW, 46.

A community choir's members' forum (plain thread pages). Every name, number and address is invented.
"""
NAME = "Kerry-Anne Lodge"

FORUM = {
    "site": "Port Stephens Harmony: members' noticeboard",
    "user": "KALodge",
    "path": "/board/members/kalodge/",
    "about": ["Soprano 2. Medowie. Ask me about carpooling from the Medowie end."],
    "posts": [
        ("301", "2026-02-09 21:30", "+11:00", "Carpool from Medowie for Mondays?",
         ["Monday rehearsals at 7 are doable for me if I swap off the late shift, which I do most weeks. Anyone "
          "from Medowie want to share the drive? I can do the first and third Mondays."]),
        ("318", "2026-03-04 20:00", "+11:00", "Sheet music for the Easter concert",
         ["I've got the scanned parts for the Easter set. My home email is playing up, so just email me at work, "
          "kerry-anne.lodge@abf.gov.au, and I'll send them back on my lunch break."]),
        ("326", "2026-03-29 19:15", "+11:00", "Missing Monday",
         ["Sorry, won't make Monday. The Bali flight got moved to the evening and there are only two of us on "
          "for it out at Williamtown now that the third desk's been pulled. Border Force rosters, you'd think I'd "
          "be used to it."]),
        ("341", "2026-05-12 20:40", "+10:00", "Thank you all",
         ["Thank you for the cards after Tayla's accident. She's home and back at Hunter TAFE next month. Nick "
          "Baptiste from work has been driving me in so I can stay with her in the evenings; Nick, you're a "
          "saint."]),
        ("355", "2026-06-08 21:00", "+10:00", "Winter concert raffle",
         ["Raffle prizes so far: a border collie portrait (Jan's), a hamper, two movie tickets. More welcome!"]),
    ],
}
