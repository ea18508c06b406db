"""Liam Castellano (FICTIONAL): 2nd engineer on a Border Force patrol boat out of Broome; a terse gym-log
microblog. Every name, handle, number and place point is invented; the home point is a rounded spot on an
ordinary street in Cable Beach, never a real house."""
NAME = "Liam Castellano"

HOME = (-17.9465, 122.2235)

ACTIVITYPUB = {
    "handle": "cutterlifts",
    "display_name": "Liam C",
    "summary": "<p>2nd eng, ABF Marine. Lift. Sail. Sleep. Broome.</p>",
    "fields": [
        ("Gym", "Roebuck Strength, 0500 M/W/F when ashore"),
        ("Signal", "0491 570 318"),
    ],
    "notes": [
        (4401, "2026-02-02 05:58", "+08:00",
         "Squat 5x5 @ 140. Bench 5x5 @ 100. Sailing Thurs, 3 wks. Last real session for a while.", {}),
        (4402, "2026-02-13 19:20", "+08:00",
         "Day 9. Gym on board = two kettlebells and a rower bolted to the deck. Port main down since Tues, "
         "running on one engine till the part comes. 10 days off Ashmore still.", {}),
        (4403, "2026-02-17 23:40", "+08:00",
         "ECDIS froze again on my watch. Third time this trip. Bridge back on paper charts for 6 hrs and the sat "
         "link has been dead since the Lacepedes. Nobody ashore even noticed.", {}),
        (4404, "2026-02-27 06:10", "+08:00",
         "Back. Deadlift 3x5 @ 180. Hendo spotted. Still owes me a carton from the Scott Reef bet.", {}),
        (4405, "2026-03-04 12:30", "+08:00",
         "For the record: Hendo = Craig Henderson, best chief engineer in the fleet, 31 yrs on the boats. "
         "Retiring June. Send-off at the Roey Fri 7pm, whole crew welcome.", {}),
        (4406, "2026-03-08 05:45", "+08:00",
         "Cycle wk 6. Test 500/wk. Don't @ me, doc.", {}),
        (4407, "2026-03-10 18:00", "+08:00",
         "Next trip sails 16 Mar, back 6 Apr. Two boats for the whole Kimberley coast while the other one's in "
         "refit at Henderson. Good luck to us.", {}),
        (4408, "2026-03-12 21:15", "+08:00",
         "Shanelle says one more protein tub in the pantry and she's leaving. The missus is joking. Probably.", {}),
        (4409, "2026-03-14 08:40", "+08:00",
         "Rest day. Coaching Mia's Auskick, BRAC, 9am Sat. Every Sat till Sept when I'm home.", {}),
        (4410, "2026-03-15 18:25", "+08:00",
         "Garage gym done. Sunset off the driveway. Cable Beach doesn't suck.",
         {"location": ("Home, Cable Beach", HOME[0], HOME[1])}),
        (4411, "2026-04-07 16:05", "+08:00",
         "Tied up at the Broome port wharf. Home in 20. Shoulders cooked.", {}),
        (4412, "2026-04-10 19:30", "+08:00",
         "Ute payment bounced. Down 4k on the multis since Easter. Sold the tinny to cover it. Lesson learnt. Again.",
         {}),
        (4413, "2026-04-13 05:50", "+08:00",
         "Bench PR 110. Rangi Tawhai from the surf club spotting. Cheers bro.", {}),
        (4414, "2026-04-15 06:20", "+08:00",
         "Neighbour's border collie watched the whole session through the fence. Judging me. Rangi reckons fair.",
         {}),
        (4415, "2026-04-19 20:10", "+08:00",
         "Watched Deadliest Catch instead of sleeping. Their engine rooms are worse than ours. Just.", {}),
    ],
}
