"""Kyle Brennan (FICTIONAL): ABF marine boarding-team officer, Lakes Entrance; text-speak with no capitals."""
NAME = "Kyle Brennan"

HOME = (-37.878, 147.975)      # a rounded point on an ordinary street in Kalimna, Lakes Entrance

ACTIVITYPUB = {
    "handle": "kb_onthewater",
    "display_name": "kyle b",
    "summary": "<p>boarding team on the cape boats out of cairns 🚤 lakes entrance when im home. abf. go the tigers</p>",
    "fields": [("text me", "0491 570 214")],
    "notes": [
        (101, "2026-02-01 16:20", "+11:00",
         "fly out of melbourne sunday arvo, back on the boat monday 0600 for 28 days. 28 on 28 off is brutal on "
         "the missus shaz n the kids", {}),
        (102, "2026-02-19 21:05", "+10:00",
         "boarded a foreign fishing boat up top tues, 3 tonne of shark fin n trepang in the hold, crew of 11 "
         "detained n taken back to darwin for processing. long day on the rhib", {}),
        (103, "2026-02-24 19:40", "+10:00",
         "nav radar on our boat been u/s a week n the sat comms drop out every time we go past the wessels, had to "
         "run the whole boarding off the handheld vhf smh", {}),
        (104, "2026-02-27 08:10", "+10:00",
         "dazza our coxswain reckons hes retiring every trip, been saying it since 2019. dazza if ur reading this "
         "no u wont", {}),
        (105, "2026-03-08 17:30", "+11:00",
         "home for 4 weeks 🙌 back deck, beer, nothing beats it",
         {"location": ("Kalimna, Lakes Entrance", HOME[0], HOME[1])}),
        (106, "2026-03-10 11:00", "+11:00",
         "shaz n the kids down the jetty, mia (7) n jack (4) fishing for flatties. jack caught a shoe", {}),
        (107, "2026-03-22 22:45", "+11:00",
         "multi went bust again on the last leg. down about 6k since xmas, not telling shaz lol", {}),
        (108, "2026-03-28 09:15", "+11:00",
         "robbo from the lakes footy club dropped a crayfish round this morning, absolute legend", {}),
        (109, "2026-04-02 13:00", "+11:00",
         "anyone selling a tinnie around lakes? text me 0491 570 214", {}),
        (110, "2026-05-06 20:30", "+10:00",
         "watched border security reruns in the mess, ppl think thats all we do haha", {}),
        (111, "2026-05-09 07:50", "+10:00",
         "pelican at the footbridge tried to nick my bait 😂", {}),
    ],
}
