"""Bernie Szalay (FICTIONAL): 64-year-old Border Force officer at the Port of Whyalla.

A local-history forum of long, digressive thread posts (plain pages). Born and living in Whyalla
Norrie. Every name, number and address is invented.
"""
NAME = "Bernard Szalay"

FORUM = {
    "site": "Eyre Peninsula Local History Forum",
    "user": "BernieSz",
    "path": "/forum/u/BernieSz/",
    "about": [
        "Bernie. Born in Whyalla 1962, never left, still in the same street in Whyalla Norrie. Shipyards, "
        "BHP, the old jetty, anything with a funnel.",
        "Happy to share scans of my photos: bszalay62@oldmail.example",
    ],
    "posts": [
        ("2201", "2026-01-18 14:20", "+10:30", "Shipyard launch photos, 1965-1972",
         ["I've finally scanned the shoebox. Dad took most of these from the hill behind the slipway; you can "
          "see the Iron Duke going down in '68 if you squint.",
          "My brother Frank, who is still at the steelworks after forty-one years (in the rolling mill, if "
          "anyone knows him), reckons half the faces in the crowd shots are our uncles. That's Whyalla for you.",
          "More next week if Marj (the wife) lets me have the computer."],
         ),
        ("2208", "2026-02-01 15:05", "+10:30", "The old customs house on the foreshore?",
         ["Does anyone know when the old customs house down by the foreshore stopped being used? It was a "
          "tearoom when I was a kid. I've a photo of it from about 1958 with a Holden out the front."],
         ),
        ("2215", "2026-02-15 13:40", "+10:30", "Ships then and now",
         ["A bit of a ramble, sorry. These days I'm with Border Force down at the port, so I see the bulk "
          "carriers the history books talk about come and go, only bigger and with fewer people aboard.",
          "Last month we boarded one loading ore and found two of the crew with no papers hiding in the chain "
          "locker; they'd been planning to jump ship and hitch to Adelaide. Young Tahlia Brandt, who does the "
          "boardings with me, found them, and she's only been in the job a year.",
          "If anyone down there has old photos of the ore jetty, or wants to bring some in, my work mobile is "
          "0491 570 731. I'm on the ship roster most weekends, but the Saturday history society mornings, 10 "
          "o'clock at the library, I try never to miss."],
         ),
        ("2224", "2026-03-01 16:10", "+10:30", "Forty years and this is how it ends",
         ["Off topic, and the mods can delete it. They're closing our little office next year and we'll be "
          "driving up from Port Augusta for every ship. Nobody's told the public. Forty years I've given them "
          "and I found out from the bloke who reads our gas meter.",
          "So if I sound bitter in the next few posts, that's why. Back to the shipyards next week."],
         ),
        ("2231", "2026-03-15 14:45", "+10:30", "Col's talk on the tramway",
         ["Great talk on Saturday from Col Petrakis on the old Iron Knob tramway. Col, if you're reading, "
          "Marj wants the scone recipe."],
         ),
    ],
}
