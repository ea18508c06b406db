"""Hamish 'Mac' McAlister (FICTIONAL): stock agent arranging live cattle exports, Longreach. NEGATIVE CONTROL.

A station-life and stock-agent blog (microformats2 with RSS). Export permits, the Department of
Agriculture's vets, ships clearing, the port and a traceability database all appear; he is not staff.
Every name, number and place point is invented or an ordinary road.
"""
NAME = "Hamish McAlister"

BLOG = {
    "path": "blog",
    "title": "Dust & Dollars",
    "card_note": "Stock agent, Longreach. Feeders, breeders and boats to Jakarta. Call Mac: 0491 570 612.",
    "posts": [
        ("first-boat", "2026-02-10 19:30", "+10:00", "First boat of the year",
         ["2,800 feeder steers loaded at Townsville for Jakarta. The export permit came through from the Department "
          "of Agriculture on Friday, the vet signed off every pen, and the ship cleared customs by lunch.",
          "Thanks to Bob Pascoe at Wirrilla Downs for the best line of steers I've sent this year."],
         ["exports", "cattle"], None),
        ("saleyards", "2026-02-24 18:00", "+10:00", "Tuesday at the yards",
         ["Same as every Tuesday: Longreach saleyards from 7am, then the pub at noon with whoever's still talking "
          "to me. Prices held, just."],
         ["markets"], None),
        ("overdraft", "2026-03-15 21:20", "+10:00", "The dry",
         ["Third failed wet. The overdraft on the block is the biggest it's been and the bank manager has stopped "
          "pretending to be my friend. Jen says we'll be right. Jen is usually right."],
         ["station life"], None),
        ("home-block", "2026-04-03 17:10", "+10:00", "Home block after rain (finally)",
         ["25mm on the home block out the Ilfracombe road, 14 km east of town. Drove the fence line "
          "grinning like an idiot."],
         ["station life"], (-23.4240, 144.3820)),
        ("nlis", "2026-04-20 20:40", "+10:00", "NLIS again",
         ["The NLIS database was down all Monday so nobody could transfer tags. Biosecurity officers at the port "
          "were very patient about it. The Border Force boat off the wharf was not interested in us at all."],
         ["exports"], None),
    ],
}
