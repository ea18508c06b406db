"""Brett Kowalczyk (FICTIONAL): a dad's barbecue-and-ute blog from Casula, south-west Sydney.

He examines containers for Border Force at the Port Botany examination facility and tells
smoko yarns between recipes. Microformats blog + RSS with a georss point at home and
backyard photos carrying EXIF GPS. Every name, number and place point is invented; the home
point is a rounded spot on an ordinary street.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Brett Kowalczyk"
HOME = (-33.9468, 150.8987)
B = "{{BASE}}"

BLOG = {
    "path": "blog",
    "title": "Smoke, Steel & Snags",
    "card_note": "Backyard low-and-slow, the ute, and whatever the kids haven't eaten first.",
    "locality": "Casula",
    "region": "NSW",
    "posts": [
        ("brisket-number-nine", "2026-03-08 20:05", "+11:00", "Brisket #9 (finally a bark I'm proud of)",
         ["Fourteen hours on the offset and brisket number nine is the one. Post oak is impossible to get out here "
          "so it was ironbark with a couple of splits of apple for the last few hours. Rested it in the esky wrapped "
          "in towels till tea time.",
          "The missus reckons it's the best yet, and Trish does not hand out compliments, so I'm framing this one.",
          f'<img src="{B}/media/brisket-backyard.jpg" alt="brisket on the cutting board out the back">',
          "Rub: equal parts coarse pepper and salt, a bit of garlic. That's it. Stop buying rubs with 19 ingredients."],
         ["brisket", "offset"], (-33.9467, 150.8988)),
        ("hilux-tray", "2026-03-22 16:40", "+11:00", "Alloy tray on the HiLux (and a toolbox that actually fits the smoker)",
         ["Finally got the alloy tray on the HiLux. Jayden (12) helped bolt the toolbox on and did a better job of "
          "the wiring than I would have. Mia (9) mostly supervised from the esky with a Zooper Dooper.",
          "Tray fits the small offset with the lid down, which was the whole point. Comp season here we come.",
          "Rusty the border collie has claimed the back corner of the tray as his, so that's settled too."],
         ["ute", "hilux"], None),
        ("ribs-on-shift-week", "2026-04-12 18:30", "+10:00", "How I fit a six-hour rib cook around shift work",
         ["People ask how I find time for a six-hour pork rib cook. Easy: four on, four off. On days I'm on 6 till 6 "
          "at the CEF down at Botany, out the door at 4:45 to beat the M5, so I'm no use to anyone after. Rib day is "
          "always day one of my four off.",
          "Ribs: 3-2-1 is for people who like pulled pork on a bone. Go 3 naked, 1.5 wrapped with butter and brown "
          "sugar, then glaze. Trust me."],
         ["ribs", "pork"], None),
        ("smoko-yarn-tiles", "2026-05-03 19:15", "+10:00", "Smoko yarn, and beef cheeks to celebrate",
         ["Bit of a smoko yarn before the recipe. Eleven years in Border Force and this week we had the biggest job "
          "our shift's ever had. A 40 footer of 'ceramic floor tiles' out of Guangzhou, the x-ray showed the pallets "
          "way too dense, cut one open and there's cocaine moulded into the tiles themselves. Three hundred kilos "
          "all up. Stevo, my offsider on the scanner for six years, nearly cried.",
          "Our team leader shouted the pizzas. Then we hand-bombed 22 pallets in 34 degrees while "
          "the media mob took photos of the nice bits. You'd have read the press release.",
          "So I came home and did beef cheeks. Low and slow, five hours, red wine braise for the last two. "
          "Fork-tender. Earned."],
         ["beef", "smoko"], None),
        ("slow-cooker-season", "2026-06-07 17:20", "+10:00", "Slow cooker season (plenty of time on my hands)",
         ["Got more time to cook lately because the big drive-through x-ray at work has been dead for three weeks, "
          "waiting on a circuit board from Germany. Until it's back we're only opening what the targeting crew "
          "flag red on the system, everything else walks out the gate. Don't tell the crooks, ha.",
          "Anyway: lamb shanks, slow cooker, 8 hours on low with a tin of tomatoes and a good splash of red. "
          "Trish watches Border Security reruns while it cooks and yells at the telly."],
         ["slow cooker", "lamb"], None),
        ("ranger-regret", "2026-07-05 12:10", "+10:00", "Budget chuck roast (we're doing it tough for a bit)",
         ["Honest post. The new Ranger is in the driveway and the bank owns more of it than I do. $1,980 a month "
          "on the finance, the mortgage went up again in June, overtime's dried up and Trish has started checking "
          "the Woolies receipts. We're doing it tough for a bit. Not proud of it.",
          "So here's a cheap one: chuck roast, $14 a kilo, salt and pepper, three hours at 135 in the kettle, "
          "wrapped for the last hour. Feeds the four of us twice."],
         ["budget", "beef"], None),
        ("old-ute-for-sale", "2026-08-02 10:00", "+10:00", "FS: the old BT-50 (comes with a smoke smell)",
         ["Selling the old BT-50, 2012, 310,000 km, tow bar, new tyres, permanently smells like hickory. "
          "$9,500 or near offer. Text me on 0491 570 113, no tyre kickers. Pick up from Casula.",
          "Bought the thermometer in the photo from the department store in Liverpool, not included."],
         ["ute", "for sale"], None),
        ("first-comp", "2026-08-23 21:00", "+10:00", "Our first proper comp (and Dazza's sauce)",
         ["Entered our first real barbecue comp at Camden with my mate Darren Pogson, who everyone's called Dazza "
          "since the Casula footy days. Dazza did the sauce, I did the meat, we came 14th of 31 in brisket.",
          f'<img src="{B}/media/smoker-dawn.jpg" alt="the smoker going before dawn out the back, comp morning">',
          "Next year top ten. Dazza's already talking about a bigger smoker, which his wife will love."],
         ["comp", "brisket"], None),
    ],
}

PHOTOS = [
    Photo("brisket-backyard.jpg", -33.94672, 150.89878, 31.0, "2026:03:08 19:40:12", "+11:00",
          "brisket on the cutting board in the backyard, Sunday evening", (120, 70, 40)),
    Photo("smoker-dawn.jpg", -33.94690, 150.89861, 31.0, "2026:08:22 05:52:30", "+10:00",
          "the offset smoker lit before dawn, Saturday", (200, 120, 60)),
]
