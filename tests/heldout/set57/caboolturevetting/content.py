"""Shanice Ward (FICTIONAL): Home Affairs security-vetting officer in the Brisbane office, single mum in Caboolture.

A single parents' forum: budgeting questions, thread pages with per-post permalinks (not inline). Every name,
address and number is invented.
"""
NAME = "Shanice Ward"

FORUM = {
    "site": "Single Parents Australia Forum",
    "user": "shan_cabo",
    "path": "/forum/u/shan_cabo/",
    "about": ["Mum of 3, Caboolture. Full time in Brisbane, making the dollars stretch.",
              "Signed up with shanice.ward@homeaffairs.gov.au before I knew better, oops. Don't spam it."],
    "posts": [
        ("401", "2026-02-04 21:15", "+10:00", "Budget check - where am I going wrong?",
         ["Ok be honest with me. Take home is $2,340 a fortnight from my job at Home Affairs (security clearances, and no I can't look up your ex lol).",
          "Rent $880, train $95, car loan $310, before school care $240, groceries $400ish. I'm $11,200 across two credit cards and Zip is another $1,600. Every fortnight I'm short by Tuesday."]),
        ("402", "2026-02-11 20:40", "+10:00", "Train from Caboolture with kids?",
         ["Drop the kids at before school care at 6:30, then the 6:52 from Caboolture to Roma Street, at my desk in the Brisbane office by 8:10. Home 5:45 if the trains behave. Anyone else doing this every day? How do you not die"]),
        ("403", "2026-02-25 22:05", "+10:00", "Ex not paying child support",
         ["Their dad hasn't paid a cent since Christmas. Ava (11) and Lachie (8) keep asking why Dad doesn't call. Child Support says they're 'looking into it'."]),
        ("404", "2026-03-10 21:30", "+10:00", "Work stress vent (sorry)",
         ["We've got 900 clearances sitting in the queue and the case system we call the Swamp logs you out every 15 minutes so you lose your notes. My team leader Deb Harlow is a legend though.",
          "Had one referee this week tell me the applicant owes money to bikies. That one went straight up the line. Some days this job is a soap opera."]),
        ("405", "2026-03-24 19:50", "+10:00", "Free kids stuff around Caboolture / Morayfield?",
         ["Looking for free weekend things on our side of Caboolture. My neighbour Tegan Fox minds the kids on Saturday mornings so I can do the shopping, bless her."]),
        ("406", "2026-04-07 20:10", "+10:00", "Swap: girls size 10 clothes",
         ["Bag of girls size 10 clothes to swap for size 12. Email me at shanward.swaps@mailbox.example and we'll sort a pickup."]),
        ("407", "2026-04-22 21:00", "+10:00", "Lay-by at the department store?",
         ["Does the department store in Morayfield still do lay-by? Need Ava's birthday present sorted before pay day."]),
    ],
}
