"""Priscilla Vu (FICTIONAL): a duty-free retail manager at Brisbane Airport's international terminal, on a retail
managers' forum. A NEGATIVE CONTROL: private retailer. All invented."""
NAME = "Priscilla Vu"

FORUM = {
    "site": "RetailLeaders Hub",
    "user": "pvu_retail",
    "path": "/forum/u/pvu_retail/",
    "inline": True,
    "about": ["Store manager, airside duty free, Brisbane International. 14 yrs retail. Coffee-powered."],
    "posts": [
        ("901", "2026-02-16 21:00", "+10:00", "Rostering across flight banks",
         ["Anyone else roster around international flight banks? Our peak is 10pm-2am for the Asia departures. "
          "I'm in most mornings 6 to 2 though, then school pickup at Wavell Heights State School for my daughter "
          "Mai at 3."]),
        ("902", "2026-03-09 20:30", "+10:00", "Stock loss",
         ["Shrink is up. Had a customer walk out with two bottles of Hennessy through the departures gate, and "
          "the Border Force officers at the outbound gate said it's not their problem, fair enough, it's ours."]),
        ("903", "2026-03-30 19:45", "+10:00", "POS upgrade",
         ["Our point-of-sale upgrade went live on the weekend. Duty-free allowance checks now pop up when a "
          "passenger scans a boarding pass. Cleaner than the old till."]),
        ("904", "2026-04-21 20:10", "+10:00", "Customs questions",
         ["Staff keep asking me customs rules for the inbound store. I just send them the public guide on the "
          "Home Affairs website. I'm not the department!"]),
        ("905", "2026-05-25 21:15", "+10:00", "Shout out",
         ["Shout out to every old boss who taught me something. And to my husband Huy for doing "
          "dinner every night this month. Anyone want to chat leadership, I'm on 0491 570 733."]),
    ],
}
