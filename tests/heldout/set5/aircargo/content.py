"""Tevita Mahe (FICTIONAL): air cargo examination officer, Sydney Airport cargo terminal. Every name, handle and place point is invented."""
import sys

_mp = sys.modules["_demo_make_photos"]
Photo, near = _mp.Photo, _mp._near

NAME = "Tevita Mahe"
HOME = (-33.95210, 151.22790)      # an ordinary street in Hillsdale NSW, rounded

ACTIVITYPUB = {
    "handle": "tev_swings",
    "display_name": "Tev 🏉",
    "summary": "<p>Dad x2. Souths till I die. Air cargo exams for the ABF, somebody has to open the boxes 📦</p>",
    "fields": [("Signal", "0491 570 318")],
    "notes": [
        (5101, "2026-02-03 22:40", "+11:00",
         "swing shift done. 2pm till 10:30 four days straight then the RDO. body is cooked #shiftlife", {}),
        (5102, "2026-02-07 09:15", "+11:00",
         "Saturday footy for the little fella. Proud of Tama today, two tries for the Matraville Tigers under 9s 🐯🏉 "
         "the wifey Leilani screaming louder than anyone lol",
         {"images": [("tigers.jpg", "kids footy on the oval")]}),
        (5103, "2026-02-12 23:05", "+11:00",
         "Big night at the shed. x-ray picked up something weird in a pallet of brake rotors from KL, drilled one "
         "open and there it was, 14 kg of MDMA pressed into the castings. Whole team on it till the AFP turned up 💪 "
         "#proud", {}),
        (5104, "2026-02-14 19:30", "+11:00",
         "Valentines at home with my better half ❤️ backyard bbq, the neighbours' dog howling the whole time",
         {"images": [("backyard.jpg", "bbq in the backyard")]}),
        (5105, "2026-02-20 13:10", "+11:00",
         "ICS has been down since 6am and the whole cargo terminal is running on paper. can't pull a single air "
         "waybill. twenty years of computers and we're back to clipboards 🤡", {}),
        (5106, "2026-02-26 21:50", "+11:00",
         "shout out to my supervisor Nardia Kimble who covered my shift so I could make the parent-teacher night. "
         "legend", {}),
        (5107, "2026-03-02 00:20", "+11:00",
         "Pokies ate the whole pay again. Card is maxed, second one nearly there. Leilani doesnt know. not a good week",
         {}),
        (5108, "2026-03-07 16:00", "+11:00",
         "Beers at the Botany Bay sailing club with @bluey_fonoti and the boys. Bluey still owes me fifty from the "
         "grand final bet", {"mentions": ["bluey_fonoti"]}),
        (5109, "2026-03-11 20:45", "+11:00",
         "Watched that border security show with the kids. Half of it is staged I reckon, never seen a dog that "
         "well behaved", {}),
        (5110, "2026-03-15 08:30", "+11:00",
         "Morning walk round the block, quiet Sunday 🙏", {"images": [("morning.jpg", "empty street at dawn")]}),
        (5111, "2026-03-19 22:55", "+11:00",
         "heads up for the crew: only three of us on the x-ray line at Mascot next week cos of leave, so if you're "
         "sending something dodgy, now's the week 😂 (joking!!)", {}),
        (5112, "2026-03-23 18:00", "+11:00",
         "Mum's 70th. Whole family, too much food. Malo 'aupito to everyone who came", {}),
    ],
    "others": {"bluey_fonoti": "Bluey Fonoti"},
}

PHOTOS = [
    Photo("tigers.jpg", -33.94420, 151.23850, 20.0, "2026:02:07 09:05:00", "+11:00", "junior footy oval", (40, 120, 40)),
    Photo("backyard.jpg", *near(HOME, 10, -6), 32.0, "2026:02:14 19:10:22", "+11:00", "backyard bbq", (120, 60, 30)),
    Photo("morning.jpg", *near(HOME, -25, 30), 31.0, "2026:03:15 08:12:40", "+11:00", "street at dawn", (90, 90, 130)),
]
