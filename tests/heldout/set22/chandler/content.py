"""Ngaire Foulkes (FICTIONAL): NEGATIVE CONTROL. 51, owns a small private ship chandlery supplying vessels at the
Port of Brisbane from a shed in Lytton, living in Manly (Brisbane). Her blog talks about ships, gangways,
Border Force officers at a gangway, customs seals on bonded stores and the port. Every name is invented."""
NAME = "Ngaire Foulkes"

BLOG = {
    "path": "blog",
    "title": "Stores Alongside",
    "card_note": "Ship chandler, Port of Brisbane. Fresh provisions, bonded stores, rope and anything else a crew forgot.",
    "card_job": "Owner",
    "card_org": "Foulkes Marine Provedoring (a private chandlery)",
    "posts": [
        ("fresh-run", "2026-02-12 19:20", "+10:00", "A 4am fresh run",
         ["Four hundred kilos of fruit and veg to a bulk carrier at Fisherman Islands before sunrise. The cook "
          "wanted mangoes. Everyone wants mangoes.",
          "Two Border Force officers were heading up the gangway as we loaded. They nodded; we nodded. That's "
          "the whole relationship."],
         ["deliveries"], None),
        ("bond", "2026-03-08 18:00", "+10:00", "Bonded stores, explained",
         ["People ask how we deliver duty-free cigarettes and spirits to ships. Short answer: bonded stores "
          "go aboard under a customs seal, the ship keeps them sealed in port, and the paperwork is ours, not "
          "anyone's in government. Our warehouse is a licensed bond and I do the stocktake every Friday."],
         ["how it works"], None),
        ("sunday", "2026-03-29 17:30", "+10:00", "Sundays are for the jetty",
         ["Sunday 7am: coffee on the Manly jetty with my sister Raewyn, then the markets. Every Sunday, rain or "
          "shine. Our place is up the hill behind the harbour, so it's all downhill there and all uphill home."],
         ["life"], None),
        ("news", "2026-04-21 20:10", "+10:00", "In the news",
         ["Saw the paper: a seizure of cocaine at the port in a container. Not one of our ships, thank "
          "goodness. The port is busy enough without that."],
         ["port life"], None),
        ("new-ute", "2026-05-14 16:00", "+10:00", "New ute",
         ["The new delivery ute arrived. My business partner wants to call it 'The Department'. "
          "I said no. It is called Barry."],
         ["business"], None),
    ],
}
