"""Kylie Brennan (FICTIONAL): 38, Home Affairs compliance field officer in Brisbane, Redbank Plains.

Terse ActivityPub posts (her work email in a profile field) and her reviews on a fishing-charter review
site (plain forum, posts inline with permalinks). Every name, business, handle and number is invented.
"""
NAME = "Kylie Brennan"

ACTIVITYPUB = {
    "handle": "kbrennan",
    "summary": "<p>Ipswich girl. Fish, footy, four kids (send help). Compliance field officer @ Home Affairs. "
               "Opinions mine.</p>",
    "fields": [("Email", "kylie.brennan@homeaffairs.gov.au"), ("Reviews", "ReelReviews SEQ")],
    "notes": [
        (8101, "2026-02-09 21:12", "+10:00",
         "lockyer farms thurs. 5am knocks. 14 on the list, 3 of us + the QPS car. pray for me", {}),
        (8102, "2026-02-17 18:40", "+10:00",
         "work laptop bricked 3 days now. IT says 'reimage'. emailed the field address list to my gmail so we can "
         "actually do our jobs lol", {}),
        (8103, "2026-03-03 23:05", "+10:00",
         "pokies ate the rent again. dont judge", {}),
        (8104, "2026-03-05 08:10", "+10:00",
         "cash stop loan #3. its fine. its fine. 🔥", {}),
        (8105, "2026-03-19 17:30", "+10:00",
         "new bloke on the field team, Marcus Liu, did his first door today and didnt even flinch. keeper", {}),
        (8106, "2026-04-14 22:00", "+10:00",
         "tuesday = netball at the Briggs Rd courts 7pm then a bevvy at the club. dont text me", {}),
        (8107, "2026-05-04 16:45", "+10:00",
         "stuck in the brisbane office on eagle st all day doing case notes. would rather be on a door. or a boat",
         {}),
        (8108, "2026-05-23 20:15", "+10:00",
         "kids watching border security and asking if thats my job. no babe mum doesnt work at the airport", {}),
    ],
}

FORUM = {
    "site": "ReelReviews: SEQ fishing charters",
    "user": "kbrennan_ipswich",
    "path": "/reviews/u/kbrennan_ipswich/",
    "inline": True,
    "about": ["Fish with hubby Dean and our kids Tayla, Jye, Mia and Cooper whenever we can get a babysitter "
              "for the little ones. Redbank Plains. Honest reviews, no freebies."],
    "posts": [
        ("r311", "2026-02-28 19:00", "+10:00", "Bay Runner Charters: 5 stars",
         ["Took the whole field team from work out for a break-up after the Gatton job. Skipper put us on snapper "
          "within half an hour, deckie cleaned everything.",
          "Our manager Lorraine Kopp shouted the first round at the ramp after, legend. Five stars, would book again."]),
        ("r318", "2026-04-04 20:30", "+10:00", "Scarborough tuna trip: 4 stars",
         ["Good day, long run out. Lost a big one at the boat, my fault. Boat's a bit cramped for eight.",
          "If anyone wants to go halves on a private charter for a group, text me on 0491 570 244, happy to organise."]),
        ("r325", "2026-06-01 18:15", "+10:00", "Avoid: Moreton Magic",
         ["Paid $180 each, skipper turned up 40 min late and seasick himself. One star. The department store voucher "
          "they offered as an apology was a joke."]),
    ],
}
