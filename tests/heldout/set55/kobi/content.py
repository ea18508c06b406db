"""Kobi Tapsell (FICTIONAL): APS cadet on a university placement at the Home Affairs Parramatta office; from Moree.

A gym progress log (microformats2 blog with RSS). Every name, street and address is invented or ordinary.
"""
NAME = "Kobi Tapsell"

BLOG = {
    "path": "gains",
    "title": "Kobi's Gains Diary",
    "card_note": "Uni kid from Moree trying to bench his bodyweight. DMs open: kobi.lifts@mail.example",
    "posts": [
        ("week-1", "2026-02-23 21:00", "+11:00", "Week 1: new city, new gym",
         ["Bench 70 kg x 5, squat 90 x 5. Moved into a share room in North Parramatta for the semester because "
          "my cadetship placement is at Home Affairs, the Parramatta office, ten minutes' walk.",
          "Mum cried at the bus stop in Moree. Dad's ute had a flat on the way back, classic."],
         ["log", "bench"], None),
        ("week-3", "2026-03-09 20:30", "+11:00", "Week 3: 5:30 club",
         ["Routine locked in: gym 5:30am Mon/Wed/Fri at the 24-hour place on Church St, then placement 8 till 4. "
          "Bench 75 x 5. Dev (Devinder Gill) spots me and yells a lot."],
         ["log", "routine"], None),
        ("week-5", "2026-03-23 21:15", "+11:00", "Week 5: nerd stuff at placement",
         ["Placement is in the desktop team that patches everyone's laptops. We push updates through SCCM and half "
          "the fleet is still on Windows 10, which my supervisor Greg Ambrose calls 'a 2027 problem'. "
          "Deadlift 140 though."],
         ["log", "placement"], None),
        ("week-7", "2026-04-06 22:40", "+10:00", "Week 7: bad week",
         ["Did my dough on the footy multis again, $300 gone, rent's due Friday and I'm living on two-minute "
          "noodles and whey. Bench stalled at 80. Not my proudest week."],
         ["log"], None),
        ("week-9", "2026-04-20 20:10", "+10:00", "Week 9: brother visit",
         ["My little brother Tyrese came down for the weekend and out-curled me. Never hearing the end of it. "
          "Watched Border Security with him and he asked if that's my job now. No mate, I fix laptops."],
         ["log", "family"], None),
    ],
}
