"""Corey Maddern (FICTIONAL): Border Force officer on the container x-ray line at Newcastle, lives in Singleton.

A Mastodon-style account full of questions to followers; two backyard photos with GPS. Every name,
handle and number is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
NAME = "Corey Maddern"
HOME = (-32.5541, 151.1597)

ACTIVITYPUB = {
    "handle": "coreym_singo",
    "summary": "<p>ABF officer, x-ray line at the Newcastle container exam facility. Singo born and bred. Dad of 2. Knights tragic.</p>",
    "fields": [("Selling", "Hilux canopy, good nick - text 0491 570 312")],
    "notes": [
        (1001, "2026-02-03 19:40", "+11:00",
         "Anyone know a good sparky around Singleton Heights? Half the power points in the garage died overnight and the kids want the fridge beer gone apparently", {}),
        (1002, "2026-02-10 05:05", "+11:00",
         "Out the door at 4:50 again. Anyone else do the New England Hwy down to Mayfield in the dark? Roos everywhere past Belford. 6 til 2:30 all week, send coffee", {}),
        (1003, "2026-02-19 15:10", "+11:00",
         "Big one on the scanner today. Container of 'ceramic floor tiles' out of Port Klang, the image lit up like a Christmas tree, four and a half million sticks behind the pallets. Whole team on the tailgate for two hours. Love this job some days", {}),
        (1004, "2026-03-02 14:55", "+11:00",
         "Question for the Border Force mob on here: does anyone else's image analysis workstation freeze every time two boxes queue up? Ours at the Newcastle CEF has done it since the software update in January, IT says 'known issue' and closes the ticket", {}),
        (1005, "2026-03-08 20:30", "+11:00",
         "The missus (Kylie) reckons I'm not allowed another fishing rod till the Afterpay is cleared. Fair enough I suppose", {}),
        (1006, "2026-03-14 11:20", "+11:00",
         "Mason's first game for the Strikers under 9s this morning. He scored!! Proud dad", {}),
        (1007, "2026-03-22 22:45", "+11:00",
         "Punt's been cruel. Done the whole pay on the multis again and now the rego is due. Don't tell Kylie", {}),
        (1008, "2026-04-01 16:00", "+11:00",
         "Shoutout to my TL Rhys Kettle who swapped my Saturday overtime so I could get to Mason's game. Top bloke", {}),
        (1009, "2026-04-12 18:15", "+10:00",
         "Brad Thomson and me out at Glennies Creek for the weekend. Thommo caught zip as usual, blamed the wind", {}),
        (1010, "2026-04-20 21:00", "+10:00",
         "Anyone else watch Border Security reruns and yell at the telly? Half of it is nothing like real life", {}),
        (1011, "2026-05-02 19:30", "+10:00",
         "Fire going in the backyard, kids finally asleep", {"images": [("firepit-singo.jpg", "fire pit in a backyard")]}),
        (1012, "2026-05-17 10:05", "+10:00",
         "New veggie patch out the back, first lot of tomatoes. Who knew", {"images": [("patch-singo.jpg", "veggie patch")]}),
        (1013, "2026-05-23 17:40", "+10:00",
         "School shoes for two kids at the department store in Maitland, $140. How",  {}),
    ],
}

PHOTOS = [
    Photo("firepit-singo.jpg", HOME[0] + 0.0001, HOME[1] - 0.0001, 60.0, "2026:05:02 19:22:10", "+10:00",
          "backyard fire pit, Saturday night", (150, 70, 20)),
    Photo("patch-singo.jpg", HOME[0] - 0.0001, HOME[1] + 0.0002, 60.0, "2026:05:17 09:50:00", "+10:00",
          "veggie patch, Sunday morning", (80, 140, 60)),
]
