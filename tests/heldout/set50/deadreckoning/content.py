"""Ingrid Maddern (FICTIONAL), NEGATIVE CONTROL: a crime novelist in Wauchope researching a border thriller.
Her blog names Border Force, detector dogs, the mail centre and Home Affairs as research, never as an employer.
A microformats blog with its feed (h-card locality, one georss point at home). Every name and point is
invented; the home point is a rounded spot on an ordinary street."""
NAME = "Ingrid Maddern"
HOME = (-31.4561, 152.7352)

BLOG = {
    "path": "blog",
    "title": "Dead Reckoning",
    "card_note": "Crime fiction, slowly. Book three is a border thriller.",
    "locality": "Wauchope",
    "region": "NSW",
    "posts": [
        ("book-three", "2026-02-10 10:30", "+11:00", "Book three: the border",
         ["Book three is set on the waterfront. My detective, a Border Force officer called Sam Kettle, finds a "
          "shipping container that should not exist. None of it is real, which is the fun part.",
          "Readers can write to me at ingrid@deadreckoning.example, I answer everyone, eventually."],
         ["writing"], None),
        ("dog-handler", "2026-03-04 16:00", "+11:00", "An afternoon with a retired dog handler",
         ["Spent an afternoon interviewing a retired detector dog handler who left the service years ago. He "
          "wouldn't tell me anything he shouldn't, and I wouldn't have printed it. Mostly we talked about "
          "labradors."],
         ["research"], None),
        ("mail-centre", "2026-04-01 11:00", "+11:00", "Research: the international mail centre",
         ["Read everything public about the international mail centre for chapter nine: annual reports, a Home "
          "Affairs media release, two newspaper features. My villain posts pills in tea bags. Fiction."],
         ["research"], None),
        ("thursdays", "2026-04-23 14:00", "+10:00", "Thursdays",
         ["Thursday 10am is writing group at the Wauchope library, without fail. Tess Yarrow brought scones and "
          "tore my chapter six apart, which is what friends are for."],
         ["writing", "friends"], None),
        ("callum", "2026-05-15 19:00", "+10:00", "Thirty-one years",
         ["Thirty-one years married to Callum, who reads every draft and says 'it's good, love' every time. My "
          "husband is a terrible editor and a wonderful man."],
         ["family"], None),
        ("desk", "2026-06-20 09:15", "+10:00", "The desk",
         ["New desk by the back window. The border collie has claimed the rug under it. Watching Border Security "
          "reruns for 'research'."],
         ["writing"], HOME),
    ],
}
