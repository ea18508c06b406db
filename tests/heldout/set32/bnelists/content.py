"""Mia Tran (FICTIONAL): 23-year-old officer at Brisbane Airport's international terminal who posts in
numbered lists; home photos with GPS. Every name, handle, number and address is invented."""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
NAME = "Mia Tran"

ACTIVITYPUB = {
    "handle": "mialists",
    "display_name": "mia ✈️ lists",
    "summary": "<p>i write lists. 23. BNE intl 🛂 #ABF. zillmere girl. opinions are my cat's</p>",
    "fields": [("Account email", "mia.tran@abf.gov.au")],
    "notes": [
        (9301, "2026-02-09 23:40", "+10:00",
         "things about swing shift, a list:\n\n1. on at 1400, off at 2230\n\n2. staff car park P3 is a war zone at 1345\n\n"
         "3. home to zillmere by 2310 if the gateway behaves\n\n4. dinner is a muesli bar", {}),
        (9302, "2026-02-22 12:10", "+10:00",
         "sunday list:\n\n1. coffee on the back step\n\n2. cat\n\n3. more cat",
         {"images": [("back-step.jpg", "coffee on the back step")]}),
        (9303, "2026-03-07 23:55", "+10:00",
         "top 3 weird bag finds this week at the international terminal:\n\n1. a whole durian (why)\n\n"
         "2. 2 kg of ice vacuum-sealed inside a rice cooker off the Ho Chi Minh flight\n\n"
         "3. a man's entire collection of spoons\n\nonly four of us on secondary for three widebodies btw", {}),
        (9304, "2026-03-21 21:30", "+10:00",
         "things i owe, an honest list:\n\n1. afterpay $1,900\n\n2. zip $2,400\n\n3. the car\n\n4. my brother Danny $300 (sorry Danny)", {}),
        (9305, "2026-04-04 18:15", "+10:00",
         "list of people who came to my birthday: @jas_bakes (bestie, made the cake), Danny, mum. that's the list. perfect list",
         {"mentions": ["jas_bakes"]}),
        (9306, "2026-04-18 14:00", "+10:00",
         "reasons the cat is better than the SmartGates:\n\n1. the cat works\n\n2. the cat doesn't freeze every time a Qantas lands",
         {"images": [("cat-window.jpg", "the cat in the front window")]}),
        (9307, "2026-05-02 10:30", "+10:00", "things i learned: a border collie will herd a toddler. thanks for coming to my ted talk", {}),
    ],
    "others": {"jas_bakes": "Jas"},
}

PHOTOS = [
    Photo("back-step.jpg", -27.36205, 153.03715, 25.0, "2026:02:22 12:05:10", "+10:00",
          "coffee on the back step at home, Zillmere", (160, 110, 70)),
    Photo("cat-window.jpg", -27.36195, 153.03730, 25.0, "2026:04:18 13:55:00", "+10:00",
          "the cat in the front window at home", (90, 80, 70)),
]
