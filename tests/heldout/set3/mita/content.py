"""Rosa Delacruz (FICTIONAL): a detention health liaison officer for the Department at the Melbourne
Immigration Transit Accommodation (MITA), Broadmeadows; burnt out, on medication, venting.

A plain nurses' forum whose member page shows every post whole with its permalink, written in
lowercase with typos. Every name, handle and detail is invented.
"""
NAME = "Rosa Delacruz"

FORUM = {
    "site": "Nurses Break Room",
    "user": "rosa_exED",
    "path": "/community/members/rosa_exED/",
    "inline": True,
    "about": ["ex-ED nurse (12 yrs at the Northern), now a detention health liaison for home affairs. mum of one, "
              "owner of one deranged border collie. north side melb"],
    "posts": [
        ("5501", "2026-02-05 21:30", "+11:00", "anyone else leave clinical and regret it",
         ["left ED for a liaison job at the MITA in broadmeadows thinking it'd be calmer. lol. lmao even.",
          "im the go between for the health contractor and the department and everyone hates the go between"]),
        ("5502", "2026-02-26 22:15", "+11:00", "ethics question, vent",
         ["got a detainee on hunger strike, day 19 today. transferred to hospital under guard this arvo and the "
          "contractor wanted me to sign off on the transport before the doctor had even seen him. said no. "
          "now im the problem apparently"]),
        ("5503", "2026-03-12 20:05", "+11:00", "IT rant",
         ["the contractors health system doesnt talk to ours at all so we email spreadsheets of detainee meds back and "
          "forth every morning, no encryption, just an excel file. every audit finds it and nothing changes"]),
        ("5504", "2026-03-30 19:40", "+11:00", "shoutout",
         ["shoutout to my team leader Bec Auliffe who covered my on call when mateo was sick. the only reason i havent quit"]),
        ("5505", "2026-04-16 21:50", "+10:00", "burnout is real",
         ["been on sertraline since march. not sleeping. i do 8-4:30 mon-fri but im on call every 2nd weekend and the "
          "phone never stops. burnt out is an understatement"]),
        ("5506", "2026-05-07 18:30", "+10:00", "mum brag sorry",
         ["mateo's under 11s won the grand final at the pascoe vale reserve!! he scored the winner. our street in pascoe "
          "vale is hearing about it all week"]),
        ("5507", "2026-05-21 20:00", "+10:00", "border collie problems",
         ["the border collie has eaten a sock, a lego and my good headphones. vet says she's fine. i am not fine"]),
    ],
}
