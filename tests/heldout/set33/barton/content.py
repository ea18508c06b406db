"""Mirela Dobos (FICTIONAL): a 39-year-old Home Affairs APS6 in a Canberra policy branch, amateur astronomer.

A long-form astronomy blog (microformats + RSS) whose backyard observing posts carry a georss point at home.
Every name, number and address is invented (02 5550 xxxx is reserved for fiction).
"""
NAME = "Mirela Dobos"
HOME = (-35.38320, 149.06010)

BLOG = {
    "path": "skylog",
    "title": "Southern Skylog",
    "card_note": "Observing notes from a light-polluted backyard and the odd dark-sky trip.",
    "posts": [
        ("jupiter-seeing", "2026-02-14 23:30", "+11:00", "Jupiter and bad seeing",
         ["There is a particular patience that Jupiter teaches. The seeing in our backyard in Kambah was wretched "
          "tonight, the planet boiling like soup, and yet for maybe three seconds the Great Red Spot sat there, crisp, "
          "and then it was gone.",
          "My husband Arjun brought out tea at eleven and asked, as he always does, whether it was worth it. Always."],
         ["planets"], HOME),
        ("club-nights", "2026-03-05 21:00", "+11:00", "Why I keep going to club nights",
         ["The society meets on the second Tuesday of each month at 7:30 at the Weston Creek community hall, and I have "
          "missed exactly two meetings in four years. My observing buddy Rhys Albrecht drives; I bring the biscuits.",
          "If you want to borrow a loan scope for the school holidays, call me at work on 02 5550 3187 (weekdays) "
          "and I'll sort it."],
         ["club"], None),
        ("small-things", "2026-04-18 22:15", "+10:00", "Small things in a big sky",
         ["Work has been bleak. I have been told I'm 'not quite ready' for the EL1 for the third time, by people who "
          "couldn't find Orion with a map. I spend my days in a Home Affairs policy branch in Barton writing briefs "
          "that somebody else signs.",
          "Nikhil, who is nine, found Saturn on his own tonight. That helped."],
         ["life"], HOME),
        ("restructure", "2026-05-21 23:50", "+10:00", "Clouds, and a change",
         ["Clouded out all week, so here's the news instead: our branch is being folded into the visa integrity "
          "division from July, fourteen positions going, announcement not until next month. My EL1, Graham Tully, "
          "told us in a meeting room with the blinds down.",
          "The sky doesn't restructure. That's the comfort of it."],
         ["life"], None),
        ("winter-milky-way", "2026-06-20 22:40", "+10:00", "Winter Milky Way from the backyard",
         ["Even from the suburbs the core was visible overhead tonight. Half an hour of naked-eye wandering before "
          "the frost came down on the eyepieces."],
         ["deep sky"], HOME),
    ],
}
