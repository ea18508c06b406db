"""Tamsin Orr (FICTIONAL): Home Affairs communications and social-media officer, working from Ballina.

A microformats2 surf-and-life blog with RSS (one post with a georss point near home) and a Mastodon-style
account that lists her work email as a profile field. Every name, street and address is invented or ordinary.
"""
NAME = "Tamsin Orr"

BLOG = {
    "path": "blog",
    "title": "Salt & Static",
    "card_note": "Coastal notes from someone who writes other people's posts for a living.",
    "card_job": "Senior Communications Adviser",
    "card_org": "Department of Home Affairs",
    "posts": [
        ("remote", "2026-02-16 19:00", "+11:00", "Working from the coast",
         ["Two years now writing the Department's social media from a spare room in Ballina. Every second Monday "
          "I'm on the 6:10am flight out of Ballina to Canberra for two days in the Belconnen office, and back "
          "Tuesday night."],
         ["work", "remote"], None),
        ("playbook", "2026-03-03 20:40", "+11:00", "What the crisis comms playbook doesn't tell you",
         ["The week the boat turned up near Byron, we held the media release for six hours while the Minister's "
          "office argued about one word, and by then it was all over Facebook anyway.",
          "Everything goes out through Sprout on a locked-down laptop with a two-factor fob, which is fine until "
          "the fob is in Canberra and you're in Ballina. My manager Hamish Teo has heard this complaint before."],
         ["work", "comms"], None),
        ("tamar-street", "2026-03-21 08:15", "+11:00", "Morning, Tamar Street",
         ["Jules and I finally painted the front fence of our little place off Tamar Street. The neighbours "
          "supervised from a camp chair, as is tradition."],
         ["home"], (-28.8663, 153.5588)),
        ("lighthouse", "2026-04-04 17:30", "+11:00", "Lighthouse Beach with Kirra",
         ["Surfed with Kirra Langdon at Lighthouse Beach until our fingers went pruney. She's the only person who "
          "can get me in the water at 6am in April."],
         ["surf"], None),
        ("quiet", "2026-04-26 21:30", "+10:00", "The quiet bit",
         ["Remote work is lonely in a way nobody warns you about. Some weeks Jules is the only person I speak to "
          "out loud, and at work I'm the face on the screen people forget to unmute for."],
         ["life"], None),
        ("home-and-away", "2026-05-10 19:45", "+10:00", "Comfort telly",
         ["Rewatching Home and Away from 1998, bought the box set at a department store sale. No regrets."],
         ["telly"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "tamsinorr",
    "summary": "<p>Words, waves, Ballina. Personal account.</p>",
    "fields": [("email", "tamsin.orr@homeaffairs.gov.au"), ("blog", "Salt &amp; Static")],
    "notes": [
        (5801, "2026-02-28 07:30", "+11:00", "Dawn at Shelly Beach, flat as a tack. Back to my spare-room office.", {}),
        (5802, "2026-04-20 12:10", "+10:00",
         "Bluesfest traffic through Ballina is already a nightmare and it's a week away.", {}),
    ],
}
