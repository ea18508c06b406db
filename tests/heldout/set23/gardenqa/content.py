"""Desmond Farrugia (FICTIONAL): 58-year-old Border Force officer at the Cairns seaport, living in Edge Hill.

A tropical gardening Q&A forum: a member page listing his threads, one page per thread. Every name,
number and place is invented.
"""
NAME = "Desmond Farrugia"

FORUM = {
    "site": "Far North Growers Q&A",
    "user": "edgehill_des",
    "path": "/forum/u/edgehill_des/",
    "about": ["Mangoes, lychees and far too many chillies in Edge Hill, Cairns. Still learning after thirty years."],
    "posts": [
        ("88101", "2026-02-07 18:20", "+10:00", "Mango anthracnose: spray timing?",
         ["Kensington Prides are flowering and the black spot is back. Copper every two weeks or every week in "
          "the wet? I'm on 7 on 7 off so I can only spray on my off weeks, Saturday mornings at 6 before the heat.",
          "Work is Border Force down at Trinity Wharf, for the curious, so I know a thing or two about things "
          "that turn up where they shouldn't. Black spot included."]),
        ("88102", "2026-03-02 21:45", "+10:00", "Lychee not fruiting for two years",
         ["My late wife planted this lychee in 1998 and it fruited every year she was here. Since she passed "
          "it's just me and the trees. Some nights it's a few too many rums on the verandah, talking to them. "
          "Anyway: no flowers two years running. Too much nitrogen? Not cold enough?"]),
        ("88103", "2026-04-14 17:10", "+10:00", "Dragon fruit cuttings free",
         ["Dragon fruit cuttings free to a good home, red-fleshed. Text me on 0491 570 183 and pick up from "
          "Edge Hill, out the front of our place round the corner from the Edge Hill shops."]),
        ("88104", "2026-05-21 19:30", "+10:00", "Curry leaf plant from a ship?",
         ["Funny one. Crewman off a bulk carrier at the wharf last week had a curry leaf plant in his cabin "
          "and, under the potting mix, about 2 kg of ice in a ziplock. Only four of us on that day between "
          "his ship and a cruise liner. The plant went to biosecurity, the rest went elsewhere.",
          "Anyway it got me wanting one. Anyone know where to buy a legit curry leaf in Cairns?"]),
        ("88105", "2026-06-18 16:00", "+10:00", "Frangipani cutting not rooting",
         ["Col Haddad next door gave me a frangipani cutting from his big white one. Three weeks in sand, no "
          "roots. Col says be patient. Col has never been patient in his life."]),
        ("88106", "2026-08-09 12:30", "+10:00", "Grafting workshop Saturday",
         ["My daughter Renee is coming up from Townsville for the grafting workshop at the Botanic Gardens on "
          "Saturday. Anyone else going? I'll be the one with the blunt knife."]),
        ("88107", "2026-09-12 10:00", "+10:00", "Border plants for a shady path",
         ["Looking for low border plants for a shady path. Bromeliads? Mondo grass? Something the bush "
          "turkeys won't dig up."]),
        ("88108", "2026-10-03 15:20", "+10:00", "Pawpaw feeding",
         ["The sarge at work, Wayne Tuhiwai, swears by chook poo for pawpaws. His are twice the size of mine. "
          "Mine are fed on blood and bone. Who's right?"]),
    ],
}
