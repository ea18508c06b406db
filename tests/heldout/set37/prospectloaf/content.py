"""Mira Castellanos (FICTIONAL): Home Affairs officer assessing regional skilled visas, Adelaide; lives in Prospect SA, 31.

A sourdough blog (microformats + RSS), long and reflective, that touches work twice. Every name and place
detail is invented.
"""
NAME = "Mira Castellanos"

BLOG = {
    "path": "loaf",
    "title": "Slow Rise",
    "card_note": "Sourdough, patience, and a starter called Gregory. Prospect, SA.",
    "posts": [
        ("gregory", "2026-02-15 10:20", "+10:30", "Meet Gregory",
         ["Gregory is four years old, lives in a Vacola jar on the bench, and has survived two house moves, one "
          "heatwave and my partner Beto trying to 'feed him' with bread flour. Sunday is bake day: I feed him "
          "Saturday night around 9, mix at 7 on Sunday morning, and the loaf comes out about 4.",
          "People ask why I bother. Honestly, after a week at a desk, I like a thing that takes its own time."]),
        ("patience", "2026-03-22 16:45", "+10:30", "On patience, at work and at the bench",
         ["I've been thinking about patience, because my week job is mostly asking other people for it. I "
          "assess regional skilled visas at Home Affairs, and since the new DAMA agreements the nominations on our "
          "team have doubled; we are sitting on about nine hundred applications with six of us, and the "
          "standard answer to every phone call is 'it's in the queue'.",
          "The old case system we use, ICSE, takes about forty seconds to open each file, so I have started "
          "counting those seconds like fermentation. It helps, a bit. So does bread."]),
        ("crumb-shot", "2026-04-26 18:00", "+09:30", "Crumb shot Sunday",
         ["Open crumb at last. Beto says it looks like a sponge. Beto is correct and has been banned from "
          "commenting.",
          "Walked it round to the Prospect Road bakery guy for a second opinion. He said 'not bad'. I'll take it."]),
        ("rye", "2026-06-07 17:30", "+09:30", "A winter rye, and the office",
         ["Rye is a different animal. Sticky, heavy, stubborn, like the lift at the Adelaide office on a Monday.",
          "Recipe below. Don't use department store rye flour, it's been sitting there since the Olympics."]),
    ],
}

# every post: (slug, local time, offset, title, paragraphs) + tags, no georss
BLOG["posts"] = [p + (["sourdough"], None) for p in BLOG["posts"]]
