"""Miriam Teasdale (FICTIONAL): an APS6 policy officer in Canberra's Civic, on a cryptic-crossword forum.

Measured, wry forum posts with crossword jargon, and a handful of Mastodon-style notes.
Every name, handle, number and address is invented.
"""
NAME = "Miriam Teasdale"

FORUM = {
    "site": "Cryptic Corner",
    "user": "anagrind",
    "path": "/forum/u/anagrind/",
    "inline": True,
    "about": [
        "Solving the weekend cryptics since 2009. Favourite device: the hidden word. Least favourite: spoonerisms.",
        "Reply notifications go to m.teasdale@homeaffairs.gov.au (I set this up at my desk, apologies to IT).",
    ],
    "posts": [
        ("8801", "2026-02-07 12:40", "+11:00", "Saturday prize puzzle, 14 across",
         ["Got it on the 7:52 bus out of the O'Connor shops, which is where I do all my best work. Lovely "
          "surface reading; the definition hides at the front."]),
        ("8802", "2026-02-21 13:05", "+11:00", "Lunchtime solvers in Civic?",
         ["Anyone else in Civic fancy a lunchtime solving group? I'm at the Home Affairs office in Civic and eat "
          "in Glebe Park most days at 12:30, weather permitting. I will bring a spare pencil."]),
        ("8803", "2026-03-09 21:20", "+11:00", "A clue I wrote (be kind)",
         ["Occupation list cut by a third, and it's tougher (9). Topical for me: the skilled migration review "
          "paper goes to Cabinet in April and we have been told to cut the occupation list by a third before then. "
          "Not that I said that."]),
        ("8804", "2026-03-28 22:45", "+11:00", "TRIM ate my homework",
         ["TRIM crashed at 4:55 on Friday and took a ministerial brief with it. Our records system is older than "
          "some of my colleagues and so is the PC it runs on. I consoled myself with the Listener."]),
        ("8805", "2026-04-18 20:10", "+11:00", "On being passed over",
         ["Not a crossword post. Twelve years an APS6 and I missed the EL1 round again; it went to someone my "
          "director, Rupert Vance, plays squash with. Rupert says 'next time'. Rupert has said 'next time' three times.",
          "Since the divorce the crossword is most of the conversation I have on weeknights. So thank you all, really."]),
        ("8806", "2026-05-02 11:30", "+10:00", "Team solving",
         ["Solved the Araucaria reprint with Prue Halloran over coffee at Lonsdale Street; she got the long "
          "anagram, I got the hidden. Prue is the better solver and I will deny writing that."]),
        ("8807", "2026-05-30 21:00", "+10:00", "Restructure, and a clue",
         ["Our branch is being folded into Visa Integrity in July and 14 positions are going. Clue: Merger "
          "rearranged regrets (7). Answer is also my mood."]),
        ("8808", "2026-06-13 16:00", "+10:00", "Junior solver",
         ["My son Teddy (nine) solved his first cryptic clue this weekend. Alternate weekends are my favourite "
          "weekends."]),
        ("8809", "2026-06-27 15:15", "+10:00", "Border clues",
         ["Compiler's favourite: 'Collie's border' for a dog's coat edge. Also, 'department store' as a "
          "definition for EMPORIUM turns up far too often."]),
    ],
}

ACTIVITYPUB = {
    "handle": "anagrind",
    "summary": "<p>Cryptics, tea, Canberra winters. Opinions entirely my own.</p>",
    "notes": [
        (8901, "2026-03-15 08:10", "+11:00", "Frost on the windscreen in March. Canberra, you are a cruel setter.", {}),
        (8902, "2026-05-19 19:40", "+10:00",
         "Reading an old news story about a drug seizure at the airport for a clue theme. Customs has good verbs.", {}),
        (8903, "2026-06-05 12:50", "+10:00", "Solved with my sister on the phone. She is faster. She is always faster.", {}),
    ],
}

PHOTOS: list = []
