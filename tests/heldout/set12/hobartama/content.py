"""Callum Reardon (FICTIONAL): Border Force officer in Hobart, 38; an AMA-style thread on a Tasmanian forum.

Every name, number, handle and address is invented.
"""
NAME = "Callum Reardon"

FORUM = {
    "site": "Tassie Talk",
    "user": "cal_in_hobart",
    "path": "/community/u/cal_in_hobart/",
    "inline": True,
    "about": ["38, Hobart. Bikes, footy, bad decisions.",
              "lol I signed up here with my work email (c.reardon@abf.gov.au) before I knew better. will fix. eventually."],
    "posts": [
        ("201", "2026-02-15 20:05", "+11:00", "IAmA Border Force officer in Hobart, cruise season edition. AMA",
         ["Been with Border Force nine years, the last four at the Hobart office, which mostly means the cruise "
          "terminal at Macquarie Wharf in summer and the Antarctic ships in winter. Ask me anything, within reason. "
          "Not answering anything about specific people obviously.",
          "edit: wow ok this blew up. answering in order."]),
        ("202", "2026-02-15 20:40", "+11:00", "Re: AMA, what's the busiest day like?",
         ["Tuesday just gone: 3 ships in, 4 of us rostered, queue on the wharf went to 2 hrs. We had one person on "
          "the crew desk for 2,600 crew. That's about normal for Feb."]),
        ("203", "2026-02-15 21:10", "+11:00", "Re: AMA, do you have fancy tech?",
         ["haha no. the passenger system on the wharf runs off a couple of laptops tethered to 4G, and when the "
          "signal drops (it drops) we write names on paper and key them in later. the scanners are older than my kid."]),
        ("204", "2026-02-15 21:45", "+11:00", "Re: AMA, how do I complain about a queue?",
         ["Not me mate. If you're a ship agent ring the office line 0491 570 260 and ask for my team leader Nat "
          "Pryor, she does the cruise roster."]),
        ("205", "2026-02-16 08:30", "+11:00", "Re: AMA, whats coming up",
         ["Antarctic resupply vessel boardings start next month and we're one officer short for it, so expect leave "
          "to be cancelled for most of us. Not a secret, everyone at work is whinging about it."]),
        ("206", "2026-02-16 22:15", "+11:00", "Re: AMA, personal q, you seem a bit flat?",
         ["yeah fair. the ex and I split in November and she kept the house, so I'm renting the spare room off my "
          "mate Jonno Maher in Moonah. my daughter Isla (7) stays every second weekend and that's the best bit.",
          "most nights tbh it's a six pack in front of the telly by myself. not great. working on it."]),
        ("207", "2026-02-17 19:00", "+11:00", "Re: AMA, ride?",
         ["Sunday 6am up the mountain from Moonah, every week unless it's snowing on the summit. Come along, I'm the "
          "slow one in the orange jacket."]),
        ("208", "2026-03-04 18:00", "+11:00", "Off topic: that Border Security show",
         ["Yes people keep asking me if it's like the TV show. No. Less dramatic, more paperwork."]),
    ],
}
