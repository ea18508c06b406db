"""Nathan Creswick (FICTIONAL): a Department of Home Affairs cyber-security analyst living at Lake Cathie and
flying to Canberra one week a month, posting from a throwaway account on a sysadmin forum. Every name, forum and
number is invented."""
NAME = "Nathan Creswick"

FORUM = {
    "site": "Down Under Sysadmins",
    "user": "throwaway_8842",
    "path": "/forum/u/throwaway_8842/",
    "about": ["Throwaway. Blue team. Mid north coast."],
    "posts": [
        ("501", "2026-03-04 21:40", "+11:00", "Bailing from APS cyber for private: sanity check?",
         ["Throwaway for obvious reasons. I'm an APS6 in the cyber security operations team at Home Affairs, been "
          "there five years, knocked back for EL1 twice while the bloke who can't read a packet capture got it.",
          "Recruiters are offering me 40k more. Honestly I'm done with the place. They don't deserve the loyalty "
          "they get. Anyone made the jump and regretted it?"]),
        ("502", "2026-03-19 22:05", "+11:00", "The SIEM nobody tunes",
         ["Our SIEM (we call it the Sponge, it soaks up everything and gives nothing back) throws about 9,000 "
          "alerts a day and we triage maybe 300 of them.",
          "Meanwhile half the visa processing servers are still on Server 2012 because the vendor contract for "
          "the case system never got renewed. Nobody wants to own that risk so nobody does."]),
        ("503", "2026-04-08 20:30", "+10:00", "Good phish, bad week",
         ["Last month somebody ran a really good phishing campaign at our visa processing staff, fake ImmiAccount "
          "password reset emails. 14 people clicked, two typed in their creds. We caught it on day two.",
          "ImmiAccount is the public portal so the lure was perfect. Train your users, lads."]),
        ("504", "2026-05-12 19:50", "+10:00", "Remote with a monthly fly-in: how do you all cope?",
         ["I live at Lake Cathie and fly to Canberra for the first week of every month, the 6:10 out of Port "
          "Macquarie on the Monday and back Friday night. Rest of the month I'm at the kitchen table.",
          "The Belconnen office is fine but the hotels are dead and I eat badly. Tips?"]),
        ("505", "2026-07-01 23:15", "+10:00", "Off topic: separation and the mortgage",
         ["Off topic, sorry mods. Separated from my wife Mel in June. She kept the house in Wauchope, I'm renting "
          "and paying both. The kids are with me every second weekend.",
          "Between that and work I'm not sleeping. Mel's being decent about it, which almost makes it worse."]),
        ("506", "2026-08-20 20:00", "+10:00", "CrowdStrike flashbacks",
         ["Saw the news about that airline outage and had CrowdStrike flashbacks. Also the department store down "
          "the road had its card terminals out all weekend, nothing to do with any of us."]),
    ],
}
