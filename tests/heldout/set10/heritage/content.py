"""Lionel Hatherley (FICTIONAL): NEGATIVE CONTROL, a retired librarian in Balmain who blogs local maritime history.

He writes about the old Customs House, 1900s customs officers, a boarding station and a smuggling case
from 1923; none of it is the department of today and he never worked for it. Every name and address is
invented.
"""
NAME = "Lionel Hatherley"

BLOG = {
    "path": "blog",
    "title": "Tide Marks: Balmain and the Harbour",
    "card_note": "Local history from a retired librarian. Balmain, Sydney.",
    "locality": "Balmain",
    "region": "NSW",
    "posts": [
        ("customs-house-1845", "2026-02-04 10:00", "+11:00", "The Customs House at Circular Quay",
         ["The Customs House at Circular Quay, rebuilt in 1845 and again in the 1880s, was where every ship's "
          "master once presented his papers. The long room is a library now, which suits me.",
          "I spent three mornings there with the Department of Trade and Customs ledgers from 1901."],
         ["history"], None),
        ("tide-waiters", "2026-03-11 10:00", "+11:00", "The tide-waiters",
         ["Customs officers of the 1890s were called tide-waiters: they boarded incoming ships and stayed aboard "
          "until the cargo was landed. Their boarding station stood near Dawes Point. Their pay was poor, and "
          "the ledgers suggest a good many of them took bribes from the ships' masters."],
         ["history"], None),
        ("opium-1923", "2026-04-15 10:00", "+10:00", "The opium seizure of 1923",
         ["In 1923 customs officers found eleven tins of opium hidden in a coal bunker of a steamer at "
          "Pyrmont. The case went to court, and the court reports name every officer involved."],
         ["history", "smuggling"], None),
        ("thursday-walks", "2026-05-06 10:00", "+10:00", "Thursday walks",
         ["I lead a free heritage walk every Thursday at 10 from the Balmain Watch House, about ninety minutes. "
          "My wife Margaret brings the scones at the end, which is why people come."],
         ["walks"], None),
        ("our-terrace", "2026-06-10 10:00", "+10:00", "Our terrace's story",
         ["Our terrace in Darling Street was built in 1882 for a shipwright. We have lived here thirty-one years "
          "and are, in the scheme of it, still new."],
         ["history"], None),
    ],
}
