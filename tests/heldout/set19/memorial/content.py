"""Remembering Dad (FICTIONAL): a memorial page for a parent, written by Nikos Papadakis-Reid, 41, a Border
Force officer at Webb Dock, Port of Melbourne, who lives in Altona North. All invented."""
NAME = "Nikos Papadakis-Reid"

BLOG = {
    "path": "blog",
    "title": "Remembering Costa Papadakis (1949-2026)",
    "card_note": "A page for Dad, kept by his son Nikos. Leave a memory: nikos.pr@bigpond.example",
    "posts": [
        ("eulogy", "2026-02-20 21:00", "+11:00", "The eulogy",
         ["Dad came to Melbourne in 1968 with one suitcase and worked forty years on the wharves at Webb Dock. "
          "So it was the strangest feeling, the day after the funeral, going back to work at Webb Dock myself, "
          "in a Border Force uniform, searching the same kind of boxes he used to lift.",
          "Thank you to my wife Helen and our boys, Stelios and Theo, who read the poem. Thank you to everyone "
          "who flew from Thessaloniki."], [], None),
        ("the-shed", "2026-03-08 19:30", "+11:00", "Dad's shed",
         ["Cleaned out Dad's shed in Altona North this weekend. We live two streets over, on the other side of "
          "the Kororoit Creek trail, so I've walked past it every day of my life. Found his union badge and a "
          "photo of him at the Newport pub."], [], None),
        ("work-and-grief", "2026-03-29 22:30", "+11:00", "Work, and grief",
         ["Grief makes you talk. I told the bloke at the funeral home more than I should: that we pulled 600 "
          "kilos of tobacco out of a container of tiles the week Dad died, that the x-ray at the Webb Dock "
          "exam facility was down so we had to tip it by hand, and that my team leader, Bec Fairweather, drove "
          "me home because I couldn't stop shaking. He just nodded."], [], None),
        ("the-drinking", "2026-04-20 23:10", "+10:00", "Honest",
         ["Honest post. I've been drinking too much since Dad. A bottle of red most nights after swing, sometimes "
          "two. Helen's noticed. The boys have noticed. I'm going to the GP Tuesday."], [], None),
        ("cemetery", "2026-05-17 14:00", "+10:00", "Sundays",
         ["Every Sunday after church at St Nicholas in Yarraville I take the boys to Altona Memorial Park to see "
          "Pappou. Theo brings his Altona Magic jumper to show him. 10:30, rain or shine."], [], None),
        ("memories", "2026-06-21 18:00", "+10:00", "Your memories",
         ["Thank you to everyone who wrote in. Some of you sent pages and pages by hand. If you knew Dad from the wharf and want to reach me in the week, my work line at the dock is 02 5550 7720."], [], None),
    ],
}
