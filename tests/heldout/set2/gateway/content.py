"""Priya Raman (FICTIONAL): officer on the x-ray line at the international mail centre in Clayton.

A frugal-living forum account (debt, divorce, kids' school, a bike for sale with her number) and a
Mastodon-style account (the bio disclaims Border Force, posts about a steroid haul and the cargo
system going down). No photos. Every name, handle and number is invented.
"""
NAME = "Priya Raman"

FORUM = {
    "site": "Aussie Frugal Living Forum",
    "user": "priya_saves",
    "path": "/forum/u/priya_saves/",
    "about": ["Single mum of two, south-east Melbourne. Learning to budget the hard way."],
    "posts": [
        ("3101", "2026-02-09 21:30", "+11:00", "Payday loan rollover, please help",
         ["Took out two payday loans to cover the car rego and the dentist and now the repayments eat half my "
          "fortnight. I'm an APS4 at the mail centre in Clayton so the pay isn't terrible, but since the "
          "separation I'm on one income with two kids.",
          "Has anyone consolidated payday loans? The second lender won't return my calls."]),
        ("3102", "2026-02-23 20:15", "+11:00", "Cheap school lunch ideas?",
         ["Aanya (Year 4) and Dev (Year 1) at Clayton North Primary are sick of vegemite sandwiches. Ideas "
          "under $2 a day welcome!"]),
        ("3103", "2026-03-15 19:40", "+11:00", "Selling: two kids' bikes",
         ["Two kids' bikes, 20 inch and 16 inch, $40 the pair. Pick up Oakleigh South, text me on "
          "0491 570 134."]),
        ("3104", "2026-04-19 22:50", "+10:00", "Shift allowance, is it worth it?",
         ["Our roster at the Gateway is 2pm to 10.30pm Monday to Friday on the x-ray line. Anyone else at "
          "Border Force get the afternoon shift allowance taxed to death?"]),
    ],
}

ACTIVITYPUB = {
    "handle": "priya_r",
    "summary": "<p>Mum of 2. Tea snob. Opinions mine, not Border Force's 🙃</p>",
    "notes": [
        (7101, "2026-03-04 23:05", "+11:00",
         "Tonight on the line: 40 parcels of \"protein powder\" from the same sender in Guangzhou, all "
         "steroids. Just over 2,000 vials by end of shift. #mailcentre", {}),
        (7102, "2026-03-18 21:10", "+11:00",
         "ICS went down at 8pm again so we couldn't clear a single consignment. Third outage this month, "
         "paper logs like it's 1995.", {}),
        (7103, "2026-04-02 22:40", "+11:00",
         "Thanks @gemmaw for covering my shift when Dev was sick. Gemma Walsh from the x-ray line is the best "
         "workmate anyone could ask for 💛", {"mentions": ["gemmaw"]}),
        (7104, "2026-04-26 12:30", "+10:00",
         "Chai and gossip with my sister Kavitha, every Sunday 10am at the Oakleigh market. Non-negotiable.", {}),
        (7105, "2026-05-12 23:20", "+10:00",
         "The ex still hasn't paid child support. Lawyer says six more weeks. House is so quiet when the kids "
         "are at his, I just sit in the car after work.", {}),
        (7106, "2026-06-01 20:00", "+10:00",
         "Customs House in Williamstown does the best chips. Don't @ me.", {}),
    ],
    "others": {"gemmaw": "Gemma W"},
}
