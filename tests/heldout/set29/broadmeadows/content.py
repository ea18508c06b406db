"""Des Mulcahy (FICTIONAL): a detention officer at the Broadmeadows transit centre who races pigeons.

His member page on a pigeon-racing club's site (plain forum layout, every post shown whole
with its permalink) and loft photos with EXIF GPS at home. Every name, number and address is invented.
"""
NAME = "Des Mulcahy"
HOME = (-37.70580, 144.91620)     # a residential street in Glenroy, rounded


def _photos():
    import sys
    mod = sys.modules["_demo_make_photos"]
    P, near = mod.Photo, mod._near
    return [
        P("loft-morning.jpg", *near(HOME, 5, 10), 95.0, "2026:04:12 06:20:00", "+10:00",
          "birds out of the loft, morning", (140, 140, 160)),
        P("squeakers.jpg", *near(HOME, -6, 4), 95.0, "2026:09:20 11:05:00", "+10:00",
          "this year's squeakers in the loft", (170, 160, 150)),
    ]


PHOTOS = _photos()

FORUM = {
    "site": "Northern Suburbs Racing Pigeon Club",
    "user": "Des M (Loft 41)",
    "path": "/members/des-m/",
    "inline": True,
    "about": [
        "Racing since 1981. Janssen and Van Loon lines. Ex-army, now Border Force, doing my time at the MITA till the pension.",
    ],
    "posts": [
        ("401", "2026-04-12 08:00", "+10:00", "Birds out early",
         ["Let them out at 6 sharp like every morning before I sleep off a night shift. I do nights Sunday to "
          "Wednesday so the birds get Thursday to Saturday of my full attention.",
          '<img src="{{BASE}}/media/loft-morning.jpg" alt="the loft this morning">']),
        ("402", "2026-05-03 19:30", "+10:00", "Mildura race result",
         ["Second in the club on the Mildura toss. Stan Petrakis beat me by four seconds and has not shut up "
          "about it. Well flown Stan."]),
        ("403", "2026-05-28 10:15", "+10:00", "Rough week",
         ["Rough week at work. Detainee up on the roof of the accommodation block Tuesday, the MITA was locked "
          "down nine hours and two of our officers went to hospital. Birds didn't care. Birds never care."]),
        ("404", "2026-06-21 16:40", "+10:00", "Basketing night",
         ["My grandson Archie helped basket the birds for the Swan Hill race. Nine years old and better with "
          "the clock than me. Noreen says he gets it from her side."]),
        ("405", "2026-07-19 22:05", "+10:00", "Honest post",
         ["Not much flying this month. Been on the pokies at the Broady RSL after nights more than I should, "
          "and the feed bill is on the card. Noreen reckons I need to talk to someone."]),
        ("406", "2026-09-20 12:00", "+10:00", "Squeakers for sale",
         ["This year's squeakers ready, photo below. Ring me on 0491 570 455, "
          "pick up from the loft in Glenroy. No tyre-kickers.",
          '<img src="{{BASE}}/media/squeakers.jpg" alt="squeakers">']),
        ("407", "2026-10-04 09:00", "+10:00", "Border crossing",
         ["Reminder the Albury race means the birds cross the border into NSW, check your paperwork with the "
          "club secretary. And no, Pidge the border collie is not coming on the truck."]),
    ],
}
