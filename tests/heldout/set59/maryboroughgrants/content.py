"""Colin Haddow (FICTIONAL): Home Affairs settlement-services grants officer, Brisbane office, home in Maryborough.

A family history blog (microformats + RSS) naming living relatives; the feed is authored by his work email;
georss on the house post. Every name, handle, number and place point is invented or rounded to a street.
"""
NAME = "Colin Haddow"

BLOG = {
    "path": "blog",
    "title": "Haddows of the Mary River",
    "card_note": "Tracing the Haddow, Tranter and Quinn families from the Mary River to today.",
    "author_email": "colin.haddow@homeaffairs.gov.au",
    "posts": [
        ("the-house", "2026-02-07 16:00", "+10:00", "The house on Lennox Street",
         ["Great-grandfather Alexander Haddow built our house in Maryborough in 1908 and it's been Haddows in it since. "
          "Margaret and I have lived here since 1994; Marg says the stumps are original and so am I."],
         ["houses"], ("-25.5380", "152.7040")),
        ("fiona", "2026-02-28 20:10", "+10:00", "The Hervey Bay branch",
         ["My sister Fiona Haddow (married name Quinn, now back to Haddow) lives at Hervey Bay and has the family Bible. "
          "Fiona's two boys are the last Haddows of their generation. Well, until our granddaughter Nell arrived last "
          "year: Nell Haddow, born at Maryborough hospital, eight pounds two."],
         ["family"], None),
        ("tilt-train", "2026-03-21 18:40", "+10:00", "Research on the Tilt Train",
         ["Most of my transcribing gets done on the Tilt Train. Down to Brisbane at 5:50 on a Monday morning, back up "
          "on Thursday night, four days at the Brisbane office in between. Four hours each way with a laptop and the "
          "1880s shipping lists is not a bad life."],
         ["research"], None),
        ("day-job", "2026-04-11 19:25", "+10:00", "Why migrants, why now",
         ["People ask why a grants officer in settlement services at Home Affairs does family history. Because every "
          "day I read about people arriving with nothing. This round is eighteen million dollars and half the old "
          "providers missed out; the letters don't go until the minister signs off next month, so I'll say no more.",
          "The grants system we use, the Abacus, still can't attach a PDF over 10 MB, which tells you everything."],
         ["reflections"], None),
        ("society", "2026-05-09 17:15", "+10:00", "Thanks to the society",
         ["Bev Tranter at the Maryborough family history society found the 1883 immigration record I'd chased for a "
          "decade. Bev, you're a marvel. Turns out we're fourth cousins."],
         ["research", "thanks"], None),
        ("department-store", "2026-06-06 14:00", "+10:00", "The old department store",
         ["The old department store in Adelaide Street Maryborough, where Grandma Haddow worked in 1931, is now a "
          "gym. Photo from the society's collection."],
         ["houses"], None),
    ],
}
