"""Jack Nolan-Reid (FICTIONAL): 26-year-old Border Force officer at the Port of Bundaberg; a surf-report forum."""
NAME = "Jack Nolan-Reid"

FORUM = {
    "site": "Wide Bay Swell Reports",
    "user": "jnr_dawnie",
    "path": "/forum/u/jnr_dawnie/",
    "about": ["bargara local, longboard + mid. insta @jnr.dawnie. work at the port so i surf before 8 or not at all"],
    "posts": [
        ("7701", "2026-02-14 06:05", "+10:00", "Kelly's 2-3ft clean this morning",
         ["dawnie at Kelly's beach 5:15, clean 2-3ft, light offshore. me and Gronk (Mitch Harlow) had it to ourselves "
          "till 6. had to be out by 7:20 to get to the wharf for 8."]),
        ("7702", "2026-02-27 19:40", "+10:00", "flat flat flat",
         ["nothing. lake. went fishing instead."]),
        ("7703", "2026-03-12 20:15", "+10:00", "anyone surfing the cyclone swell sat?",
         ["cant make it, rostered on. sugar ship in at Burnett Heads and its just the two of us from Border Force to "
          "board it, the rest of the Bundy office is on leave. classic"]),
        ("7704", "2026-04-03 21:00", "+10:00", "yacht crew with a surprise",
         ["off topic but funniest thing at work, yacht from New Caledonia came in and the skipper had 3 kilos of weed "
          "rolled up in the sail locker. we found it in about four minutes. he said it was 'for the trip home'.",
          "anyway swell looks ok for easter"]),
        ("7705", "2026-04-22 22:30", "+10:00", "need a cheap board",
         ["sold my mal to cover a multi that didnt get up, so im boardless. on the punt too much lately tbh. "
          "anyone got a cheap 9ft, dm me on insta @jnr.dawnie or text 0491 570 377"]),
        ("7706", "2026-05-08 06:30", "+10:00", "Bargara barrier 3ft",
         ["the barrier at Bargara was firing, paddled out from the end of our street with the fam, "
          "my little sister Ruby got her first green wave. mum was filming from the grass."]),
        ("7707", "2026-05-30 19:00", "+10:00", "dont trust the app",
         ["swell app said 4ft, it was 1. also the border collie at the carpark stole my towel."]),
    ],
}
