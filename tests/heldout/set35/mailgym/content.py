"""Dimitri Karalis (FICTIONAL): 31, Border Force officer on the x-ray belt at a Perth mail centre, nights.

Questions and replies on a gym and PT Q&A forum (thread pages). Every name, handle and number is invented.
"""
NAME = "Dimitri Karalis"

FORUM = {
    "site": "IronTalk PT Q&A",
    "user": "dk_lifts",
    "path": "/forum/u/dk_lifts/",
    "about": ["31, Perth. Lifting 9 yrs. Shift worker so I ask a lot of timing questions.",
              "Email on file: dimitri.karalis@abf.gov.au (only inbox I actually check)"],
    "posts": [
        ("5101", "2026-02-09 15:20", "+08:00", "Training before night shift - timing?",
         ["Work nights Sun-Wed, 10 till 6, at the mail centre. Currently lift at 4pm at the gym in Belmont then eat "
          "and go in. Anyone else lift before nights? Eat before or after?"]),
        ("5102", "2026-02-27 16:05", "+08:00", "Re: SARMs from overseas sites",
         ["Mate don't order that stuff from overseas. I'm customs (well, ABF now) on the x-ray at the Perth "
          "International Mail Centre and we see it all.",
          "Last week we pulled 400 vials of test and about 2 kg of SARMs out of packets from Thailand in one night. "
          "Your parcel WILL get opened."]),
        ("5103", "2026-03-15 11:40", "+08:00", "Re: best cheap PT in the eastern suburbs?",
         ["Can't afford a PT since the divorce tbh, she kept the house and I'm renting a unit in Rivervale on my own. "
          "Walk to the gym though so that's something."]),
        ("5104", "2026-04-05 22:15", "+08:00", "Cycle questions (don't judge)",
         ["Ok honest question. Running my first cycle, test e 500 a week, got it off a bloke at the gym. Yes I know. "
          "Yes I know what I do for work. Bloods or no bloods?"]),
        ("5105", "2026-04-22 17:30", "+08:00", "Re: nights are killing my gains",
         ["Nights are worse since the restructure. Only three of us on the belt now, so honestly half the Bangkok bags "
          "go through unscanned and the boss knows it. Gains suffer, parcels suffer, everyone suffers lol."]),
        ("5106", "2026-05-08 14:00", "+08:00", "Re: gym gadgets that are actually worth it",
         ["Not a gadget but the scanners at work freeze so much we reboot them six times a shift, and nothing gets "
          "saved while it's rebooting. Bought a cheap lifting belt from the department store instead and it's never "
          "crashed 😂"]),
        ("5107", "2026-05-30 15:45", "+08:00", "Re: training partner etiquette",
         ["My training partner Hoang Tran is the best spotter in Perth. Hoang turns up at 4 on the dot every shift day."]),
        ("5108", "2026-06-14 10:20", "+08:00", "Re: kids and the gym",
         ["My daughter Ellie (7) does little athletics Saturday mornings at the oval while I do legs next door. Ellie "
          "wants to deadlift already, send help."]),
    ],
}
