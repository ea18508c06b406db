"""Oisin Farrelly (FICTIONAL): an ABF watch officer on rotating shifts, on a sharehouse notice board.

A plain sharehouse board (one page per thread). Every name, number and street is invented.
"""
NAME = "Oisin Farrelly"

FORUM = {
    "site": "Canberra Sharehouse Board",
    "user": "oisin_f",
    "path": "/share/u/oisin_f/",
    "about": ["Irish, 31, quiet, keeps odd hours."],
    "posts": [
        ("801", "2026-04-11 14:00", "+10:00", "Room in Evatt, $260/wk, quiet house",
         ["Room going in a three-bed in Evatt, ten minutes to the shops, bills split three ways.",
          "Honest warning: I work rotating shifts as a watch officer at the Border Force ops centre, two days, "
          "two nights, four off, so some weekdays I'm asleep till 3. Need someone who doesn't mind tiptoeing."]),
        ("802", "2026-04-26 10:30", "+10:00", "Room filled, thanks all",
         ["Thanks everyone, Priya Raman is moving in Sunday. Good luck to the rest of you in this market."]),
        ("803", "2026-06-07 16:45", "+10:00", "Bike for sale",
         ["Road bike, 56cm, $300. Text 0491 570 733."]),
        ("804", "2026-07-20 11:10", "+10:00", "To whoever was doing burnouts at 2am",
         ["I'd just come off a night watching a boat with 40 people on it off Christmas Island get brought in "
          "safe, and you woke the whole street. Please don't."]),
        ("805", "2026-08-15 12:00", "+10:00", "Short-stay room in July?",
         ["My sister Aoife is over from Cork next July. Anyone got a room for two weeks near Evatt?"]),
    ],
}
