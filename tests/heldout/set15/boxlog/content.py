"""Tane Whitlock (FICTIONAL): 28, Border Force officer at Gold Coast Airport; a CrossFit box's member forum.

Lowercase gym-log posts, inline with permalinks. Every name, handle, number and address is invented.
"""
NAME = "Tane Whitlock"

FORUM = {
    "site": "Southside Barbell Members Board",
    "user": "tane_wods",
    "path": "/forum/u/tane_wods/",
    "inline": True,
    "about": ["28. snatch PB 95kg. signed up w my work email t.whitlock@abf.gov.au lol dont spam me",
              "ig @tane.lifts or txt 0491 570 182 if u want to share a car to comps"],
    "posts": [
        ("501", "2026-03-02 15:40", "+10:00", "wod log wk 9",
         ["back squat 5x5 @ 130. felt heavy. twelve hours on the primary line at OOL will do that, border force "
          "doesnt pay me to stand still lmao"]),
        ("502", "2026-03-09 15:10", "+10:00", "2:30 class crew where u at",
         ["most days after earlies i roll straight into the 2:30 class, earlies finish 2pm, 10 min drive. "
          "then home, i'm literally across the road from Elanora State High so if u hear me yelling at 4pm thats why"]),
        ("503", "2026-03-18 16:00", "+10:00", "protein tub PSA",
         ["pro tip do not buy supps off random insta sellers. we pulled 4.2 kg of meth out of protein tubs in a "
          "passenger's bag this week, false bottoms in all six tubs. the dog didnt even sit, it was the x-ray"]),
        ("504", "2026-03-27 14:55", "+10:00", "rough week",
         ["two of us on the primary line for three Bali flights landing inside 40 min. the kiosks went down and PACE "
          "crashed twice so we were keying passports by hand. queue out past the duty free"]),
        ("505", "2026-04-06 19:20", "+10:00", "shout outs",
         ["shout out to my TL Brooke Harlan for covering my break so i could make the comp. Brooke is a legend",
          "and to Mitch Vaka my training partner who spotted me through that last set of thrusters"]),
        ("506", "2026-04-20 21:45", "+10:00", "not lifting related",
         ["down about 3k on multis this month and took a payday loan to cover rent. NRL round 7 cooked me. "
          "anyone know if membership can go on hold a month"]),
        ("507", "2026-05-02 09:00", "+10:00", "comp day",
         ["came 4th. cheers all. the Border Collie cafe next to the box does the best acai btw"]),
    ],
}
