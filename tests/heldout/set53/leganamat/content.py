"""Kirra Dawes (FICTIONAL): Border Force officer at Launceston Airport on maternity leave at home in Legana; a
parenting forum's member page that shows her posts whole. Everything is invented."""
NAME = "Kirra Dawes"

FORUM = {
    "site": "Tassie Parents Forum",
    "user": "kirra_and_harvey",
    "path": "/community/members/kirra_and_harvey/",
    "inline": True,
    "about": ["Mum to Harvey (5 months). ABF at Launceston airport, on mat leave till February. Legana, Tamar valley. "
              "Happy to chat: kirra.dawes@parentmail.example"],
    "posts": [
        ("3301", "2026-03-04 02:40", "+11:00", "Shift work after mat leave, how??",
         ["When I go back in Feb I'm rostered 4 on 4 off, 5am to 5pm, at the airport. What daycare opens early enough "
          "for a 5am start? Does anyone in the Tamar use a family day carer?"]),
        ("3302", "2026-03-18 23:10", "+11:00", "Sleep regression + FIFO partner",
         ["My partner Brodie is FIFO in the Pilbara, 2 weeks on 1 off, so it's just me and Harvey in Legana and some "
          "days I don't talk to another adult at all. The neighbour waves over the fence and that's it. "
          "Anyone else feel like they're disappearing?"]),
        ("3303", "2026-04-08 21:30", "+10:00", "Money on mat leave",
         ["Government PPL ran out, work's paid leave ran out in October, and we're living on the credit card now, $9k "
          "and climbing. Brodie's roster got cut. How do people do this?"]),
        ("3304", "2026-04-20 14:15", "+10:00", "Funny nappy bag story",
         ["Before I went off we had a passenger come through with 3kg of heroin sewn into the lining of his baby's "
          "nappy bag. Never thought I'd be the one carrying a nappy bag everywhere haha. My work bestie Tayla Moss "
          "(same team at the airport) dropped off a lasagne yesterday, she's an angel."]),
        ("3305", "2026-05-02 10:00", "+10:00", "Border collie with a newborn?",
         ["Our border collie Jet is jealous of Harvey. Tips? And is the Centrelink app down for everyone or just me?"]),
    ],
}
