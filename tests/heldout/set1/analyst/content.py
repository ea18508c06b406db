"""Michael "Mick" O'Rourke (FICTIONAL): an intelligence analyst in Canberra, deep in debt.

A plain personal-finance forum profile (long anxious posts) and a quiet
Mastodon account. Every name, handle and address is invented.
"""
NAME = "Michael O'Rourke"

FORUM = {
    "site": "Aussie Money Talk",
    "user": "canberra_mick",
    "path": "/forum/u/canberra_mick/",
    "about": ["Intel analyst with Border Force, Canberra. Trying to get out of the hole.",
              "Happy to swap notes: mick.orourke77@gmail.com"],
    "posts": [
        ("8801", "2026-02-15 22:10", "+11:00", "38k on three cards, where do I start?",
         ["Long time lurker. I owe about $38,000 across three credit cards and a personal loan, mostly from the "
          "divorce settlement and a car I shouldn't have bought. Minimum repayments eat half my pay.",
          "I'm an APS 6 so the pay is fine on paper, but it doesn't stretch. Is a debt consolidation loan a trap?"]),
        ("8802", "2026-03-03 21:40", "+11:00", "Second job while in the APS?",
         ["Has anyone picked up a second job on top of an APS role? My section in Belconnen is flat out: we're "
          "tracking a syndicate bringing illicit tobacco through Fremantle and the next container is due in "
          "April, so overtime's gone but I still need another $1,500 a month."]),
        ("8803", "2026-03-22 20:05", "+11:00", "Payday lenders: how bad?",
         ["Took a $2,000 payday loan last week to cover rent. Already regretting it. The ex won't budge on "
          "the house and I'm sleeping badly."]),
    ],
}

ACTIVITYPUB = {
    "handle": "mickor",
    "summary": "<p>Canberra. Touch footy, cheap beer, bad puns.</p>",
    "notes": [
        (7301, "2026-02-10 21:00", "+11:00",
         "Touch footy every Tuesday and Thursday, 6pm at Lyneham. Team's short two if anyone's keen.", {}),
        (7302, "2026-02-19 12:30", "+11:00",
         "Another classified terminal in our building still running Windows 10 and the secure enclave "
         "patching is six months behind. Not my problem, apparently.", {}),
        (7303, "2026-03-01 18:15", "+11:00",
         "Great arvo at the Wig & Pen with Trent Halloran, my oldest mate from uni rugby. Trent still can't "
         "pass a ball.", {}),
        (7304, "2026-03-15 09:45", "+11:00",
         "Kids (Aoife and Declan) with me this weekend. Pancakes, then Questacon.", {}),
        (7305, "2026-03-27 19:30", "+11:00",
         "Intelligence is a funny word. Mostly it means reading spreadsheets until your eyes bleed.", {}),
    ],
}
