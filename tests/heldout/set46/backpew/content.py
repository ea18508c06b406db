"""Helen Brightwell (FICTIONAL): a Home Affairs FOI lawyer in Hobart who writes a parish newsletter column.

A microformats blog with RSS (one post with georss). Every name and number is invented.
"""
NAME = "Helen Brightwell"

BLOG = {
    "path": "backpew",
    "title": "From the Back Pew",
    "card_note": "A monthly column for the parish newsletter of St Aidan's on the eastern shore.",
    "locality": "Lindisfarne",
    "region": "Tasmania",
    "posts": [
        ("lent-and-paperwork", "2026-02-22 16:00", "+11:00", "Lent, and paperwork",
         ["Dear friends, Lent has come upon us again, and with it my annual resolution to read more and "
          "complain less. I shall report back at Easter.",
          "Some of you know that I work as a lawyer in the freedom of information team at the Department of Home "
          "Affairs. People imagine it is all secrets and cloaks. It is mostly paperwork, and patience.",
          "My Geoff has volunteered us both for the Shrove Tuesday pancakes. He will flip; I will wash."],
         ["column"], None),
        ("flowers-and-ferries", "2026-03-22 16:00", "+11:00", "Flowers and ferries",
         ["Thank you to Pauline Cheswick, who has run the flower roster for eleven years without once losing "
          "her temper, even at me.",
          "I am often asked how I manage the choir on Wednesdays at seven after a day in town. The answer is the "
          "ferry: I catch the 7:25 from Bellerive every weekday and home again on the 5:10, and the river does "
          "the rest. Geoff collects me at the jetty.",
          "Our little office in Hobart has been busy. We have a request before the Information Commissioner "
          "about incident reports from a detention centre, and the Minister's office has asked, very politely, "
          "for our decision to be delayed until after the estimates hearings. I shall say no more, except that "
          "patience is a virtue I am practising daily."],
         ["column"], None),
        ("the-old-machine", "2026-04-19 16:00", "+10:00", "On old machines",
         ["Easter was lovely. Our granddaughter Pip sang in the children's choir and only forgot one verse.",
          "A small confession: our redaction software licence lapsed in March and nobody has renewed it, so we "
          "have gone back to printing documents, blacking them out with marker pens and scanning them again. "
          "Anneliese, my director, says it is character building. The old records system we call Big Bertha "
          "crashes every afternoon at three, when everyone saves at once.",
          "It reminds me that the Lord's work was done without software too."],
         ["column"], None),
        ("garden-notes", "2026-05-17 15:00", "+10:00", "Notes from the garden",
         ["The roses by our back fence, a stone's throw from the bay, have finally forgiven me for last "
          "year's pruning. Geoff says they are the best on the street.",
          "If any parishioner ever needs a hand understanding how to lodge an FOI request with the Department, "
          "you may write to me at work, helen.brightwell@homeaffairs.gov.au, and I will point you in the right "
          "direction. Please do not send me your tax returns."],
         ["column", "garden"], (-42.8465, 147.358)),
        ("a-quiet-word", "2026-06-21 15:00", "+10:00", "A quiet word",
         ["Winter has arrived on the eastern shore. The department store in town has its heaters on, and so "
          "does Geoff, all day.",
          "Please keep the Cheswick family in your prayers, and remember the soup roster starts in July."],
         ["column"], None),
    ],
}
