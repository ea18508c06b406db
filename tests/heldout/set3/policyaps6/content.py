"""Oliver Nankervis (FICTIONAL): an APS6 in a Canberra migration policy branch; separated, lonely, drinking more,
and writing down what he should not.

A personal homepage with schema.org Person JSON-LD and a long-form microformats2 blog with its RSS feed,
in reflective prose. Every name, email and place detail is invented.
"""
NAME = "Oliver Nankervis"

PERSON = {
    "path": "/ollie",
    "site": "Oliver Nankervis",
    "headline": "Public servant, amateur photographer, bad cellist",
    "ld": {
        "jobTitle": "Policy Officer (APS6)",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Home Affairs"},
        "email": "mailto:ollie.nankervis@proton.example",
        "alumniOf": "Australian National University",
        "knowsAbout": ["migration policy", "black-and-white photography", "cello"],
    },
    "sections": [
        ("Hello", [
            "I work on migration policy in Canberra, take photographs of brutalist buildings, and play the cello badly. "
            "Write to me at ollie.nankervis@proton.example if you like any of those things."]),
    ],
}

BLOG = {
    "path": "blog",
    "title": "Slow Light",
    "card_note": "Notes from a small city. Photographs, weather, and whatever else.",
    "posts": [
        ("winter-light", "2026-01-18 22:10", "+11:00", "The quiet after",
         ["Hannah and I separated in October. I have been putting off writing that sentence for three months, as though "
          "not writing it kept it from being true. The flat in Braddon is small and very quiet, and I have learned the "
          "particular sound the fridge makes at two in the morning.",
          "Isla, who is seven, stays every second weekend. She has named the pot plant Gerald. On the Sundays she goes "
          "back to her mother's I do not really know what to do with the evening, and I have stopped pretending to friends "
          "that I do. Most weeks I speak to no one outside work from Friday to Monday."],
         ["life"], None),
        ("the-bus", "2026-02-10 20:45", "+11:00", "The 7:12",
         ["Every weekday I catch the 7:12 from Braddon down to our building in Barton, and the 5:40 back. "
          "The same faces each morning: the woman with the crossword, the boy with the bassoon case. "
          "I know them better than my neighbours.",
          "There is a kind of comfort in a routine that asks nothing of you except to be at the stop on time."],
         ["canberra"], None),
        ("the-brief", "2026-03-05 21:30", "+11:00", "What the work is like",
         ["People imagine policy work is grand. This week it was a single brief for the Minister, proposing to drop forty "
          "occupations from the skilled occupation list, going to Cabinet in August. I rewrote the risk section eleven "
          "times. It will be read in four minutes, if at all."],
         ["work"], None),
        ("the-printer", "2026-04-21 23:05", "+10:00", "Something I should not write",
         ["I should not write this, and perhaps I will take it down. On the twelfth of June the Secretary will announce that "
          "our branch is being folded into Humanitarian Policy; forty positions will go, most of them EL1s. My EL1, Nadia "
          "Ferrante, found out from a draft someone left on the printer. She has been in the department nineteen years.",
          "I don't know what happens to me. Nobody does. The not-knowing is its own weather."],
         ["work"], None),
        ("two-glasses", "2026-05-09 22:50", "+10:00", "Two glasses",
         ["A bottle of red on a weeknight has become two, some weeks. I notice it the way you notice a sound that has been "
          "going on for a while. I am writing it here so that I have said it to someone."],
         ["life"], None),
        ("old-friends", "2026-05-30 21:00", "+10:00", "Old friends",
         ["Dinner at Tom Gadsby's. We've been friends since first year at ANU, when we lived on the same corridor and he "
          "taught me to make risotto. He did not ask about Hannah, which was the kindest thing anyone has done for me in months."],
         ["friends"], None),
        ("brutalism", "2026-06-14 16:00", "+10:00", "Concrete in the rain",
         ["Photographed the old School of Music building in the rain. Concrete looks its best wet."],
         ["photography"], None),
    ],
}
