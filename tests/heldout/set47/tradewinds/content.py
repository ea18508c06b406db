"""Daniel Kowalczyk (FICTIONAL): ABF trade-enforcement investigator in Wollongong, on a fantasy-football forum."""
NAME = "Daniel Kowalczyk"

FORUM = {
    "site": "Illawarra Fantasy Footy Forum",
    "user": "tradewinds",
    "path": "/forum/u/tradewinds/",
    "about": ["Coach of Undervalued XI. Day job: trade enforcement investigator with Border Force, "
              "so no, I can't find your missing eBay parcel. Long-suffering Dragons man."],
    "posts": [
        ("9101", "2026-03-02 20:14", "+11:00", "New coach, be gentle",
         ["G'day all. 38, from Corrimal, third season of fantasy but first in a proper league.",
          "Admins: I signed up with my work email by accident (d.kowalczyk@abf.gov.au), can someone swap it to my "
          "personal one? Cheers. Team name is Undervalued XI, which is a work joke nobody here will get."]),
        ("9102", "2026-04-09 21:40", "+10:00", "Round 6 trades: help a brother out",
         ["The wife, Bec, says if I spend one more night on the trade spreadsheet she's changing the wifi password.",
          "Meanwhile our boy Lachie (9) picked my captain this week and honestly his picks are better than mine. "
          "Bec reckons I should hand him the whole team. Also she's at the department store sales so the budget's shot."]),
        ("9103", "2026-05-15 22:05", "+10:00", "Buy-in for next season",
         ["Rhys has the kitty again this year. Rhys Albanese, our commissioner, is a saint for chasing us all.",
          "Rhys mate I'll square up when pay lands on the 28th. Honestly I'm down about eleven grand on the multis "
          "since March so the fifty dollar buy-in is the least of my worries. Don't tell Bec. Seriously."]),
        ("9104", "2026-06-12 19:30", "+10:00", "Why I missed lockout",
         ["Sorry lads, missed lockout because I spent Thursday in the box at Wollongong District Court giving "
          "evidence on the aluminium job: 14 containers of extrusions declared as scrap to dodge the dumping duty, "
          "about 2.3 million all up. Sentencing is in August.",
          "Macca (my team leader) reckons the importer's barrister made me look like a goose. He's not wrong."]),
        ("9105", "2026-07-03 16:10", "+10:00", "Why I always trade on Friday arvo",
         ["Someone asked. Nine-day fortnight, RDO every second Friday, so that's my trade window. The rest of the "
          "time I'm at the Crown Street office 8 till 4:30, and Tuesdays 6pm I'm at five-a-side at Beaton Park."]),
        ("9106", "2026-08-20 21:55", "+10:00", "Off topic: ancient websites",
         ["Anyone know why a site would still only work in Internet Explorer mode in 2026? Our case system at work "
          "(we call it the Beast) still does. It fell over last month and took every hold we had off for six hours, "
          "we were writing seizure notices on paper like it was 1985.",
          "And the password rule is still the month plus a number. Every month. The whole floor uses the same pattern."]),
        ("9107", "2026-09-01 18:00", "+10:00", "FS: Dragons seats",
         ["Two seats in bay 12 for the last home game, face value. Text me on 0491 570 114."]),
        ("9108", "2026-09-10 20:00", "+10:00", "Border collie ate my draft notes",
         ["Not even joking, the neighbour's border collie got into the recycling and my round 24 notes are gone."]),
    ],
}
