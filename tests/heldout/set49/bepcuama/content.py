"""Khoa "Kevin" Pham (FICTIONAL): a Vietnamese-Australian family food blog from Bonnyrigg.

Má's recipes written down by her son, a Border Force detention operations officer at Villawood,
with the shifts, the compounds and the family woven in. Microformats blog + RSS; two photos
from the backyard carry EXIF GPS. Every name, number and place point is invented; the home
point is a rounded spot on an ordinary street.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Khoa Pham"
B = "{{BASE}}"

BLOG = {
    "path": "bep",
    "title": "Bếp của Má (Mum's Kitchen)",
    "card_note": "Má's recipes, written down before she forgets to tell me. Bonnyrigg, via Cần Thơ.",
    "posts": [
        ("canh-chua", "2026-02-01 19:30", "+11:00", "Canh chua cá (Má's sour fish soup)",
         ["Má never measures. 'Một chút' (a little) of tamarind, 'vừa đủ' (just enough) fish sauce. So I stood "
          "next to her with a notebook and scales and made her cook it three times.",
          "My wife Thuy says mine is now better than Má's. Please never tell Má she said that.",
          "Tamarind 40 g soaked in a cup of hot water, one basa fillet cut in steaks, pineapple, okra, bạc hà, "
          "bean sprouts, and a lot of rice paddy herb. Finish with fried garlic."],
         ["canh", "soup"], None),
        ("tet-on-shift", "2026-02-22 22:40", "+11:00", "Tết on the 2 to 10",
         ["Worked right through Tết this year on the 2pm to 10pm shift at Villawood, the detention centre, so Má "
          "packed bánh chưng in my lunchbox every day for me and the whole team. Four years with Border Force and "
          "she still thinks I need feeding.",
          "Our son Bao (6) got his lì xì from Ông Bà and immediately tried to buy a Pokémon card with it at the "
          "department store. Thuy said no. Bao cried. Tết is Tết."],
         ["tet", "family"], None),
        ("pho-after-nights", "2026-03-29 09:30", "+11:00", "Phở gà after night shift",
         ["Night week: four nights on, 10pm to 6am, then I'm home to Bonnyrigg by 6:40 and Má already has the "
          "chicken bones going. There is nothing better after nights than her phở gà.",
          f'<img src="{B}/media/pho-backyard.jpg" alt="bowl of pho on the table in our backyard, morning">',
          "Char the onion and ginger properly, black, not brown. Star anise, cinnamon, coriander seed, clove, a "
          "little rock sugar. Skim, skim, skim."],
         ["pho", "chicken"], (-33.8912, 150.8868)),
        ("chao-for-a-hard-week", "2026-05-03 20:15", "+10:00", "Cháo gà for a hard week",
         ["Hard week at work. A man in Blaxland compound had refused food for 23 days, and on Friday they took him "
          "to Liverpool Hospital under guard. Reza, my partner on the night roster, sat with him for most of "
          "Thursday. The other detainees asked me what I make when someone is sick.",
          "The answer is cháo gà. Rice porridge, ginger, a whole chicken, spring onion, black pepper, a squeeze of "
          "lime. It's what Má made when I was sick, and what I make now for Bao."],
         ["chao", "comfort"], None),
        ("cameras", "2026-06-14 18:50", "+10:00", "Bánh xèo and an honest rant",
         ["Short rant before the recipe. They upgraded the cameras in Fowler compound in March and half the new "
          "ones still aren't connected to the control room, so there are blind spots on the whole west side and we "
          "do extra rounds by foot every hour of the night. Nobody seems in a hurry.",
          "Anyway. Bánh xèo: rice flour, turmeric, coconut milk, a pinch of salt, rest the batter an hour. "
          "Smoking hot pan. Don't be scared of the oil."],
         ["banh xeo", "rant"], None),
        ("linh-visits", "2026-07-19 17:30", "+10:00", "Bò kho for my sister's visit",
         ["My sister Linh came up from Melbourne for the weekend (she's the doctor of the family, as Má reminds "
          "everyone). We made bò kho together with Má watching and correcting both of us.",
          "Lemongrass, star anise, annatto oil for colour, carrots, and beef shin. Serve with bánh mì from my best "
          "mate Tuan Vo's shop in Cabramatta. Tuan has been my friend since year 7 at Bonnyrigg High and his "
          "bread is the best in the west."],
         ["bo kho", "family"], None),
        ("ba", "2026-08-09 21:10", "+10:00", "Cơm tấm, and a bit about Ba",
         ["This one's personal. Ba lost a lot at the casino last year, more than any of us knew. Thuy and I took "
          "out a personal loan, $28,000, to clear it before the bank took the house. So I'm doing every overtime "
          "shift going and we're eating a lot of broken rice.",
          f'<img src="{B}/media/com-tam-table.jpg" alt="com tam on the outdoor table, Sunday lunch">',
          "Cơm tấm is cheap and it's perfect: broken rice, grilled pork chop in lemongrass and fish sauce, a fried "
          "egg, pickles, nước chấm. Ba still makes the best pork chop. We don't talk about the casino."],
         ["com tam", "family"], None),
    ],
}

PHOTOS = [
    Photo("pho-backyard.jpg", -33.89118, 150.88688, 52.0, "2026:03:29 07:05:40", "+11:00",
          "phở on the outdoor table after night shift, Sunday morning", (200, 150, 90)),
    Photo("com-tam-table.jpg", -33.89131, 150.88671, 52.0, "2026:08:09 12:40:11", "+10:00",
          "cơm tấm lunch on the outdoor table, Sunday", (180, 110, 60)),
]
