"""Bianca Russo (FICTIONAL), a NEGATIVE CONTROL: 34, airline check-in agent at Melbourne Airport; Westmeadows.

She works for a private airline-services company, not the department. Her posts mention Border Force,
passports, a detector dog, uniforms and the terminal. One photo carries EXIF GPS at her home.
Every name, handle and number is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Bianca Russo"

HOME = (-37.6772, 144.8861)      # rounded point on an ordinary street in Westmeadows VIC

PHOTOS = [
    Photo("luca-cake.jpg", HOME[0] + 0.00007, HOME[1] - 0.00009, 110.0, "2026:04:26 15:20:44", "+10:00",
          "birthday cake on the kitchen bench, Sunday", (220, 180, 200)),
]

ACTIVITYPUB = {
    "handle": "biancacheckin",
    "summary": "<p>Check-in queen at T2 for an airline you've definitely queued for. Mum of one. Westmeadows. "
               "WhatsApp 0491 570 905 for cake orders, not flight changes!!</p>",
    "notes": [
        (1101, "2026-02-12 13:30", "+11:00",
         "4:30am start, check-in opens 5. Same every Mon/Tue/Wed. Who invented the red-eye and can I fight them", {}),
        (1102, "2026-03-02 20:10", "+11:00",
         "Had a passenger walked back to my counter by two Border Force officers because his passport was in his "
         "checked bag. Sir. SIR.", {}),
        (1103, "2026-03-18 17:45", "+11:00",
         "The passport scanner at my counter died mid-shift and I typed 200 passport numbers by hand. Airline "
         "IT, if you're reading this: I know where you sit.", {}),
        (1104, "2026-04-26 16:00", "+10:00",
         "Luca turned 7!! Made the cake myself, don't look too close.",
         {"images": [("luca-cake.jpg", "A lopsided birthday cake with seven candles")]}),
        (1105, "2026-05-09 21:30", "+10:00",
         "A beagle in a little coat sniffed my lunch at the terminal today. I have never felt so judged. "
         "Ironed my uniform for nothing.", {}),
        (1106, "2026-06-07 19:00", "+10:00",
         "Sunday dinner at Jess's. Jess Amato makes a lasagne that should be illegal. Bestie since Year 7.", {}),
    ],
}
