"""Tamsin Rourke (FICTIONAL): Border Force officer at the Station Pier cruise terminal, home in Warragul VIC.

A run-club log (splits and times) on a microformats blog; the feed is authored under her work email, her phone is
in the author card, and her Tuesday post carries georss from her street. Every name and number is invented.
"""
NAME = "Tamsin Rourke"
HOME = ("-38.159", "145.927")

BLOG = {
    "path": "blog",
    "title": "Splits & Ships",
    "card_note": "Run log. Warragul Harriers. Ship days permitting.",
    "card_tel": "0491 570 112",
    "locality": "Warragul",
    "region": "VIC",
    "author_email": "tamsin.rourke@abf.gov.au",
    "posts": [
        ("tuesday-intervals", "2026-02-10 19:45", "+11:00", "Tuesday intervals",
         ["Tuesday intervals, 6pm at the Rec Reserve track like every week. 6 x 800 off 90s: 3:41, 3:39, 3:44, "
          "3:40, 3:46, 3:38.",
          "Dev Sandhu pulled me through the last two. Jogged the cool-down home to Victoria Street."],
         ["intervals"], HOME),
        ("ship-day-long-run", "2026-02-22 20:30", "+11:00", "Long run before a ship day",
         ["16k at 4am before a ship day, 5:38 pace in the dark with a head torch.",
          "Then the 5:12 V/Line to Southern Cross, tram down to Station Pier and on the desks by 7:30 for a "
          "turnaround. My calves have opinions."],
         ["long run"], None),
        ("parkrun-pb", "2026-03-07 11:00", "+11:00", "Parkrun PB",
         ["21:58! First time under 22. My brother Callum paced me for 4k then died. He teaches PE at Warragul "
          "Regional College so he has no excuse."],
         ["parkrun"], None),
        ("legs-and-luggage", "2026-03-19 21:10", "+11:00", "Legs and luggage",
         ["No run. Legs destroyed from standing on the crew desk all day.",
          "We found 1.2 kilos of ice in a crewman's shaving foam cans. By the time the dog team got there Nadia had "
          "one cut open already. Nadia Petrakis is the best officer in our ABF team and the fastest, I'll get her "
          "to parkrun yet."],
         ["rest day"], None),
        ("no-splits", "2026-04-14 20:00", "+10:00", "No splits today",
         ["No watch data because the day ate me. At the pier the link to the alert list dropped for three hours "
          "and we went to manual checks on the backup laptops with a printed list. 3,200 passengers. Nobody tell "
          "the cruise line."],
         ["rest day"], None),
        ("autumn-half", "2026-05-03 14:00", "+10:00", "Gippsland half",
         ["1:39:12. A border collie joined me at 14k and stayed for 2k. Best pacer I've had."],
         ["race"], None),
        ("taper-week", "2026-05-20 19:00", "+10:00", "Taper week",
         ["Taper week, lots of sitting. Bought compression socks at the department store in Fountain Gate and "
          "watched Border Security reruns with my feet up."],
         ["taper"], None),
    ],
}

PHOTOS: list = []
