"""Despina Karras (FICTIONAL): a Greek-Australian biosecurity liaison officer at a Melbourne mail centre,
living in Bell Park, Geelong; a food-and-family blog with Greek words, RSS with a georss point at home.

Every name, number and address is invented.
"""
NAME = "Despina Karras"

HOME = (-38.1065, 144.3390)    # an ordinary street in Bell Park VIC (rounded)

BLOG = {
    "path": "blog",
    "title": "Fig Tree, Night Shift",
    "card_note": "Recipes from my mother's village, stories from the night shift, and a fig tree that refuses to die.",
    "card_job": "Biosecurity liaison officer",
    "card_org": "Australian Border Force",
    "locality": "Bell Park",
    "region": "VIC",
    "posts": [
        ("the-fig-tree", "2026-02-08 16:30", "+11:00", "Siga siga, the fig tree",
         ["Papou planted this fig behind the house in 1971, the year he came off the boat, and every summer it "
          "tries to kill us with fruit. Kostas says cut it back. Over my dead body, agapi mou.",
          "Jam recipe below. Siga siga, slowly, the figs know when they are ready."],
         ["family", "recipes"], HOME),
        ("the-train", "2026-02-22 20:15", "+11:00", "The 5:52",
         ["People ask how I do Geelong to Tullamarine three nights a week. The 5:52 from North Shore, a bus from "
          "Southern Cross, a lift from whoever is on, and I am at my bench by 8 for the night shift. Home at "
          "7 in the morning like a vampire. Sundays I sleep through the liturgy at Agios Nikolaos and Yiayia "
          "never lets me forget it."],
         ["life"], None),
        ("loukaniko", "2026-03-15 14:00", "+11:00", "A pig's head, and other stories",
         ["A war story, since my koumbara Voula keeps asking. Last Tuesday at the Tullamarine mail centre one "
          "flight's worth of parcels from Cyprus gave us 41 lots of loukaniko, six jars of undeclared honey, "
          "seeds sewn into a cushion cover and, I swear on the Panagia, one whole smoked pig's head wrapped in "
          "a school jumper. We seized the lot. Four of us on the line and 900 items to get through.",
          "The x-ray image server (we call it Medusa, because it turns everyone to stone) froze for four hours "
          "the same night and we hand-searched everything. My supervisor Hamish just kept saying 'opa' every "
          "time something horrible came out of a box."],
         ["work", "stories"], None),
        ("parcels-from-greece", "2026-04-12 11:00", "+10:00", "Sending food from Greece: a note for the parish",
         ["After Easter the parish committee asked me what people can and cannot post from Greece. Short "
          "answer: no meat, no dairy, no seeds, no honey, and please don't hide the loukoumades in a teddy bear.",
          "If the committee has questions, email me at despina.karras@abf.gov.au and I will answer when I can."],
         ["community"], None),
        ("kids", "2026-05-10 19:00", "+10:00", "Mother's Day, kali orexi",
         ["My daughter Eleni (17) made the pastitsio and her brother Nikos (14) did the dishes without being asked, which is the real "
          "miracle. Kostas burnt the bread. Eleni is at Sacred Heart and already talking about nursing. "
          "Xronia polla to every mother reading."],
         ["family", "recipes"], None),
        ("furniture", "2026-06-21 22:40", "+10:00", "Nineteen years",
         ["They've moved all of us liaison officers onto rotating nights from July and nobody asked a single "
          "one of us. Nineteen years. Some weeks I feel like furniture they forgot to throw out. Ti na kanoume. "
          "Koulourakia help."],
         ["life"], None),
        ("department-store", "2026-07-04 15:10", "+10:00", "Koulourakia for the department store crowd",
         ["Voula and I sold koulourakia outside the department store in Westfield for the church, 300 in two "
          "hours. Border collie in a Greek flag bandana stole one. Worth it."],
         ["community", "recipes"], None),
    ],
}
