"""Warren Pocock (FICTIONAL): 58-year-old Border Force air cargo examiner at Melbourne Airport, on long service leave.

A long-winded caravanning blog (microformats + RSS) registered under his work email, with
photos (one with GPS in his Sunbury driveway). Every name, address and number is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Warren Pocock"

BLOG = {
    "path": "blog",
    "title": "Two Pococks and a Jayco",
    "card_note": "Warren and Gail, long service leave, one caravan, the Murray and beyond. "
                 "Fellow travellers can drop us a line at pococks.onthemove@mailbox.example",
    "author_email": "warren.pocock@abf.gov.au",
    "posts": [
        ("finally-off", "2026-03-02 19:40", "+11:00", "Finally off (well, nearly)",
         ["Well, here it is, the first post of the blog Gail has been nagging me to start for about three years. "
          "After thirty-one years in Customs, and now Border Force since they changed the name and the shirts "
          "(they changed the shirts, not the work, I can tell you), the long service leave has finally been "
          "approved, all twelve weeks of it.",
          "The van has been sitting in the driveway at home in Sunbury since Christmas with the awning half "
          "rolled out, and the neighbours were starting to think we'd moved into it. Photo below of the old girl "
          "all hitched up and ready, taken last night after tea.",
          '<img src="{{BASE}}/media/van-driveway.jpg" alt="The Jayco hitched up in the driveway">',
          "Route is loose: Echuca first, then follow the river down to Mildura and across to the Riverland, "
          "then see how the budget holds up. More on the budget later, unfortunately."],
         ["trip", "planning"], None),
        ("thank-yous", "2026-03-05 21:15", "+11:00", "A few thank-yous before we go",
         ["Before we pull out of the driveway I want to do the thank-yous properly, because Gail says I never "
          "do. So, in no particular order:",
          "Shazza (Sharon Keogh to the rest of you), who is covering my Tuesday to Friday nights at the cargo "
          "shed at Tulla while I'm away. That's four ten-hour nights a week, 10 pm till 8 am, and she's doing it "
          "on top of her own roster. I owe you a carton, Shaz.",
          "Our boy Brett, who is minding the house and Digger the dog, and who will no doubt have the "
          "PlayStation set up in the lounge by the time we're at the Calder.",
          "And of course Gail, the Navigator, who has laminated the route. Laminated it."],
         ["people"], None),
        ("echuca-campfire", "2026-03-11 20:30", "+11:00", "Echuca, and a campfire yarn",
         ["Three nights at the park by the river in Echuca. Paddle steamers, a pub meal, and Gail finally "
          "beat me at cribbage.",
          "Around the campfire on Monday a bloke from the next van asked what I did for a crust, and I ended up "
          "telling him about the pallet of rice cookers off a Kuala Lumpur flight last spring. Eighty-odd "
          "cookers, and nine kilos of heroin packed in the heating elements of about a third of them. Shazza "
          "and I had them stripped on the bench by three in the morning. The fellow it was addressed to went "
          "down for fourteen years at the County Court in February, so I reckon I'm allowed to tell it now.",
          "The bloke from the next van didn't say much after that. Went to bed early."],
         ["yarns", "echuca"], None),
        ("why-i-needed-a-break", "2026-03-18 19:05", "+11:00", "Why I needed the break",
         ["Gail says I should explain why I was so grumpy the last six months, so here it is.",
          "The new cargo scanning software they put in last year (we call it the Blender, because that's what "
          "it does to the images) crashes most night shifts around 2 am, and when it does the backup is one "
          "old laptop with a shared login the whole team uses. The password has been on a sticky note under "
          "the keyboard since October. I've put in three reports. Nobody cares until something gets through.",
          "Anyway. The river is lovely and I'm not thinking about any of that."],
         ["work", "grumbles"], None),
        ("budget-blues", "2026-03-27 20:50", "+11:00", "The budget (blues)",
         ["I promised an honest post about money for the other grey nomads, so here goes, and Gail, if you "
          "are reading this, please skip to the next one.",
          "The van is on a loan at 13.9 per cent, which seemed fine when I signed. The new awning and the solar "
          "went on the credit card, which is now sitting at about $11,000 and climbing. I tried to claw some "
          "back with a few bets on the Cup and then a few more, and lost $2,400 I didn't have. The pokies at "
          "the club in Echuca didn't help either. So we're free-camping more than planned.",
          "Lesson: work out the budget before you buy the awning."],
         ["money"], None),
        ("mildura", "2026-04-08 18:20", "+10:00", "Mildura and the Fairweathers",
         ["Met up with our caravan club friends Ron and Deb Fairweather at Mildura, who have been on the road "
          "since 2019 and make it look easy. Ron fixed the water pump with a bit of hose and some language.",
          "Gail and Deb went to the markets; Ron and I went to the Border Force stand at the field days, "
          "which is not a thing, I'm joking, it was a tractor stand.",
          "Back to the cargo shed in June. Not counting the days. Much."],
         ["people", "mildura"], None),
    ],
}

PHOTOS = [
    Photo("van-driveway.jpg", -37.57946, 144.72684, 211.0, "2026:03:01 20:05:12", "+11:00",
          "the caravan hitched up in the driveway at home, Sunday evening", (200, 190, 170)),
]
