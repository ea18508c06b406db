"""Wes Kettering (FICTIONAL): Home Affairs emergency-management liaison at the Brisbane office, home in Gympie;
a motorbike touring blog with photos. Everything is invented."""
import sys

_mp = sys.modules["_demo_make_photos"]
Photo, near = _mp.Photo, _mp._near

NAME = "Wes Kettering"
HOME = (-26.19480, 152.66810)   # a residential street in Gympie, rounded

BLOG = {
    "path": "rides",
    "title": "Two Wheels North",
    "card_note": "Touring Queensland on an old GS. Gympie.",
    "posts": [
        ("bunya-run", "2026-02-08 19:00", "+10:00", "The Bunya run",
         ["Rolled the GS out of the shed at 6 and up to the Bunyas with my riding buddy Rusty (Russell Amos). "
          "Dew, roos, then pies at the top. <img src=\"{{BASE}}/media/shed.jpg\" alt=\"the bike in the shed\">"],
         ["rides"], None),
        ("bruce-mondays", "2026-03-01 20:30", "+10:00", "Monday on the Bruce",
         ["Mondays and Wednesdays I ride down the Bruce to the Brisbane office, out of Gympie at 5:45 to beat the "
          "trucks, home by 7. Two days a week in a cubicle, the rest at home with the bike looking at me."],
         ["commute"], None),
        ("flood-fortnight", "2026-03-22 21:00", "+10:00", "A fortnight without the bike",
         ["No riding for two weeks: I was embedded at the State Disaster Coordination Centre in Kedron as the Home "
          "Affairs liaison for the floods. The Commonwealth paid out 41,000 disaster recovery payments in nine days "
          "and we had to ask Canberra for the ADF twice before the Minister signed off. Our situational awareness "
          "platform, which everyone calls the Big Board, fell over for six hours on day three and we ran the whole "
          "thing off a whiteboard. Councils kept ringing my desk line, 02 5550 3391, at 3am. Our team lead Karen Liu "
          "kept us all upright."],
         ["work"], None),
        ("toowoomba", "2026-04-19 18:30", "+10:00", "Range run to see Jess",
         ["Took the long way to Toowoomba to see our daughter Jess at uni. The wife followed in the car with "
          "the washing. Want to come on a ride? Text me, 0491 570 388."],
         ["rides", "family"], None),
        ("council-detour", "2026-05-10 17:00", "+10:00", "Detours",
         ["Gympie Regional Council has the Mary Valley road up again. The Bureau of Meteorology says more rain. "
          "Back garden for the bike today. <img src=\"{{BASE}}/media/yard.jpg\" alt=\"the bike in the back yard\">"],
         ["rides"], None),
    ],
}

PHOTOS = [
    Photo("shed.jpg", *near(HOME, 8, 5), 70.0, "2026:02:08 05:58:02", "+10:00", "the bike in the shed", (90, 90, 100)),
    Photo("yard.jpg", *near(HOME, -12, -6), 70.0, "2026:05:10 15:20:44", "+10:00", "the bike in the back yard", (60, 140, 60)),
]
