"""Brodie Kellerman (FICTIONAL): 24, Border Force officer at Melbourne Airport, on a gamers' forum.

Lowercase gamer-forum posts shown inline on his member page, each with its own thread permalink.
Every name, handle, number and address is invented.
"""
NAME = "Brodie Kellerman"

FORUM = {
    "site": "Respawn Lounge Forums",
    "user": "kellerz",
    "path": "/forum/u/kellerz/",
    "inline": True,
    "about": [
        "24 / melb north / fps + sim racing / rig: 7800x3d + a gpu i cant afford",
        "made this acct with my work email (brodie.kellerman@abf.gov.au) back when i was bored on a break, too lazy to change it. dont dox me lol",
    ],
    "posts": [
        ("9101", "2026-03-02 23:40", "+11:00", "lag at work and at home, cant win",
         ["so for those asking why im never on weekday arvos: im border force, i stand at the arrivals line at T2 at tulla all day stamping ppl. thrilling",
          "since the new roster we run 5 officers on the arrivals line days and 3 on nights, so when two widebodies land together the queue goes back past the duty free. sups dont care"]),
        ("9102", "2026-03-19 22:15", "+11:00", "wfh? more like w-f-hell",
         ["the passenger system froze for like 40 min on tuesday, whole hall doing manual on paper cards while IT pushed the new citrix thin client image. and the shared login for the secondary bench is literally on a sticky note under the keyboard. top tier security"]),
        ("9103", "2026-04-04 01:05", "+11:00", "roster gaming",
         ["roster is 4 on 4 off, earlies 0530 to 1730, so i only raid wed and thu nights when im on the off block. fri nights if the lanes are quiet lol"]),
        ("9104", "2026-04-20 20:30", "+10:00", "squad night recap",
         ["gg to the squad last night. my TL Priya Raman carried us again, she plays better than she rosters. yes she works with me at the airport, yes its weird getting headshot by your team leader"]),
        ("9105", "2026-05-11 21:50", "+10:00", "housemate duo",
         ["duo queue with my housemate Zac (zacattack on here) every sunday. our rental in Gladstone Park has the worst nbn in the state btw, 12 down on a good day"]),
        ("9106", "2026-06-08 23:55", "+10:00", "ok im cooked",
         ["not gonna lie im down about 3k on case openings this year and took a payday loan for the new gpu. rent due friday. pls dont judge, just need to hit one knife and im square"]),
        ("9107", "2026-06-29 19:10", "+10:00", "new nephew",
         ["sis Chelsea had her bub in shepparton on the weekend, drove up after nights. uncle kellerz reporting for duty"]),
        ("9108", "2026-07-14 20:00", "+10:00", "trade / lfg",
         ["lfg for ranked, add me on discord kellerz_vic or text 0491 570 213 if ur serious, no toxic pls"]),
        ("9109", "2026-08-03 21:30", "+10:00", "game recs",
         ["anyone played Papers, Please? a border checkpoint sim and somehow its my most relaxing game. also the Border map in the new season is mid. and i got custom keycaps finally"]),
        ("9110", "2026-08-22 18:00", "+10:00", "sunday",
         ["ok"]),
    ],
}
