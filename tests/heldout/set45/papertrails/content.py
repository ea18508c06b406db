"""Tom Whitcombe (FICTIONAL): a Home Affairs records-management officer in Canberra's inner north (Watson),
writing a slow, reflective blog. The feed's author is his work email; one post carries a georss point at home.

Every name, number and address is invented.
"""
NAME = "Tom Whitcombe"

HOME = (-35.2400, 149.1570)    # an ordinary street in Watson ACT (rounded)

BLOG = {
    "path": "blog",
    "title": "Paper Trails",
    "card_note": "On keeping things: records, memory, gardens, and what we choose to throw away.",
    "locality": "Watson",
    "region": "ACT",
    "author_email": "tom.whitcombe@homeaffairs.gov.au",
    "posts": [
        ("on-keeping", "2026-01-18 20:00", "+11:00", "On keeping",
         ["I have spent eleven years as a records manager at Home Affairs, and before that six in a regional "
          "council's basement. People imagine the job is filing. It is closer to deciding what a society is "
          "allowed to remember.",
          "Most mornings I take the 7:40 light rail from Dickson into the city and change for the Belconnen "
          "office, and I use the forty minutes to think about nothing in particular. On Fridays I swim at "
          "Dickson pool at 6 before any of that. It is the only hour in the week nobody asks me where "
          "something is."],
         ["work", "reflection"], None),
        ("the-freeze", "2026-02-15 19:30", "+11:00", "The freeze",
         ["We are under a disposal freeze, which means nothing may be destroyed, which sounds noble and mostly "
          "means boxes. About three thousand boxes of detention health files from the offshore years sit in a "
          "leased warehouse in Hume. After the January storm some of them are water damaged. I have written "
          "this up twice. The reply, both times, was that it is being looked at.",
          "I think about the people in those files more than is probably healthy."],
         ["work", "reflection"], None),
        ("the-vault", "2026-04-19 21:10", "+10:00", "What the Vault forgot",
         ["Over Easter our records system (everyone calls it the Vault, which is a joke that got less funny "
          "this week) was moved to a new platform. Forty thousand records came across without their security "
          "markings. For now, anyone in the department who can search can open them. We are fixing it by hand, "
          "a few hundred a day.",
          "My director, Priya Nandakumar, has been extraordinary about it: she stayed until eleven three nights "
          "running, and she brought the good biscuits."],
         ["work"], None),
        ("the-garden", "2026-05-24 15:40", "+10:00", "Autumn, Watson",
         ["The ornamental pear out the front has gone the colour of rust. My husband Alan raked, I watched, which is "
          "roughly our division of labour after twenty-two years.",
          "Our daughter Rosie came home from Dickson College with a history essay about the 1967 referendum and asked me "
          "where the original documents are kept. I may have talked for an hour."],
         ["garden", "family"], HOME),
        ("arithmetic", "2026-07-12 21:00", "+10:00", "Arithmetic",
         ["The fixed rate rolled off in June and our repayments went up by nine hundred dollars a month. I have "
          "started driving for a rideshare company on Saturday nights, which I have not told work about, and "
          "which I am not proud of, and which I am telling you because writing things down is what I do.",
          "Ferdie, who I swim with on Fridays, says everyone on our street is doing sums at the kitchen table. "
          "It helps, a little, to know that."],
         ["reflection"], None),
        ("border-security", "2026-08-09 20:20", "+10:00", "Television",
         ["A neighbour asked if my job is like Border Security on TV. I said it is more like the episode after "
          "the credits, when someone has to file the paperwork."],
         ["reflection"], None),
    ],
}
