"""Dianne Kowalczyk (FICTIONAL): Border Force supervisor at Perth Airport T1; a woman's running diary."""
NAME = "Dianne Kowalczyk"

HOME = (-31.7334, 115.7462)   # a residential street in Currambine WA, rounded

BLOG = {
    "path": "blog",
    "title": "Miles with Di",
    "card_note": "47, slow, stubborn. Running the northern suburbs one shuffle at a time.",
    "author_email": "dianne.kowalczyk@abf.gov.au",
    "posts": [
        ("sunday-long", "2026-03-01 11:00", "+08:00", "Sunday long run: 18 km",
         ["18 km along the Joondalup foreshore with the Currambine crew, 5:30am start like every Sunday. Legs like "
          "wet cardboard at 14 km. Hubby Greg (my better half, and the world's best water station) met us at the "
          "jetty with jelly snakes."],
         ["longrun"], None),
        ("night-legs", "2026-03-19 14:30", "+08:00", "Running off a night shift",
         ["Running off a night shift at T1 is a special kind of stupid. Ten years in the Border Force uniform and I "
          "still haven't learned. Supervised the arrivals hall from 10pm: three of my nine officers called in sick so "
          "we ran the primary line with six for the Singapore, Dubai and Doha arrivals back to back.",
          "Then the SmartGates went down for two hours after the vendor pushed a patch at 2am, so every passenger came "
          "to the desks. 5 km recovery shuffle at noon. Zero regrets. Some regrets."],
         ["nightshift"], None),
        ("intervals", "2026-04-14 20:15", "+08:00", "Tuesday intervals",
         ["Tuesday 6pm intervals at Arena Joondalup with Meg Farrant again. 8 x 400 and Meg lapped me on the last "
          "one. She will never let me forget it."],
         ["intervals"], None),
        ("ice-bath", "2026-05-10 16:40", "+08:00", "Ice bath in the backyard",
         ["Bought a second-hand wheelie-bin ice bath. Greg thinks I've lost it. Backyard, 10 minutes, screaming."],
         ["recovery"], HOME),
        ("boston-dream", "2026-06-07 19:00", "+08:00", "Boston, maybe",
         ["Qualified for Boston by 41 seconds!! The entry fee and flights went on the credit card, which is already "
          "groaning after the kitchen reno. 22% interest. Future Di's problem."],
         ["goals"], HOME),
        ("shoes", "2026-07-02 18:20", "+08:00", "New shoes",
         ["New shoes. Same legs. The dog (a border collie called Biscuit) ran 3 km with me and wants to go again."],
         ["gear"], None),
    ],
}
