"""Rosalind Ferrier (FICTIONAL): 62, contracts officer at the Home Affairs Belconnen office, living in Kaleen,
counting down to retirement on a blog whose feed is authored under her work email. Every name, address and
number is invented."""
NAME = "Rosalind Ferrier"

BLOG = {
    "path": "blog",
    "title": "The Long Goodbye",
    "card_note": "Counting down the working days. Then gardening, grandchildren and no more lanyards.",
    "author_email": "rosalind.ferrier@homeaffairs.gov.au",
    "posts": [
        ("day-187", "2026-02-03 19:00", "+11:00", "187 to go",
         ["187 working days until I hand back the lanyard. Thirty-one years with Immigration, now Home Affairs, "
          "most of them in procurement. I started when the forms were carbon copies and the coffee was worse."],
         ["countdown"], None),
        ("day-171", "2026-02-25 20:30", "+11:00", "171: the bus",
         ["Same 7:02 bus from the Kaleen shops every morning, same seat, same driver who nods at me, to the "
          "Belconnen office. Home on the 4:40 if the day allows. I shall miss the driver more than the building."],
         ["countdown"], None),
        ("day-150", "2026-03-26 21:10", "+11:00", "150: what they haven't told the floor",
         ["Our branch is being folded into Finance on 1 July. Fourteen positions gone. They haven't told the floor "
          "yet but I've seen the org chart, because I'm the one who costs the contracts. My director, Anand, told "
          "me to 'enjoy the run-down'. I intend to."],
         ["countdown", "work"], None),
        ("day-131", "2026-04-22 19:45", "+10:00", "131: switching things off",
         ["The contract management system is being switched off in September for a SAP module nobody has seen "
          "working. Two of us still share the one admin login because the extra licence 'isn't in the budget'. "
          "I've written the password on nothing. I've memorised it. That's my legacy."],
         ["countdown", "work"], None),
        ("day-112", "2026-05-17 16:30", "+10:00", "112: Saturday walks",
         ["Saturday 7am up Mount Majura with Gail Tenterden, as we have done every Saturday for nine years. Gail "
          "retired last year and is insufferably relaxed."],
         ["countdown", "walks"], None),
        ("day-98", "2026-06-07 22:05", "+10:00", "98: the numbers",
         ["The adviser says I'm about $140,000 short of what we planned, mostly from the years I went part-time. "
          "I lie awake doing sums. Nobody in the branch has asked about a farewell, either. Thirty-one years."],
         ["countdown"], None),
        ("day-85", "2026-06-26 18:15", "+10:00", "85: Perth",
         ["Noel (my husband, forty years this December) has booked us to Perth in October to see our daughter and "
          "the grandchildren. She says the spare room is ready. I bought presents at the department "
          "store already, which is very unlike me."],
         ["countdown", "family"], None),
    ],
}
