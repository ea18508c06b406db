"""Jayden Leota (FICTIONAL): 29, Border Force officer at Port Kembla's car terminal; short ironic posts, a place-tagged note at home."""
NAME = "Jayden Leota"

ACTIVITYPUB = {
    "handle": "jleota",
    "summary": "<p>govt-issue navy polyester. #ABF. Gong. irony is my love language</p>",
    "notes": [
        (31901, "2026-02-16 14:20", "+11:00",
         "4,000 cars off one ship at the Port Kembla car terminal. three of us examining. found steroids in a spare wheel. "
         "living the dream", {}),
        (31902, "2026-02-26 05:40", "+11:00", "earlies. 0600 to 1400. the sun isn't even a rumour yet", {}),
        (31903, "2026-03-12 21:50", "+11:00",
         "thursday futsal, 7pm, Unanderra. lost 9-2. @sione_fa was best man at my cousin's wedding and is worse at futsal", 
         {"mentions": ["sione_fa"]}),
        (31904, "2026-03-21 22:30", "+11:00", "home. couch. the good kind of tired",
         {"location": ["Figtree NSW", -34.4370, 150.8630]}),
        (31905, "2026-04-18 23:05", "+10:00", "down $2k on the Origin multi. financial advisor (me) has been sacked", {}),
        (31906, "2026-05-09 17:15", "+10:00", "big bro 🧔 Dane turned 35 and still thinks he can beat me at arm wrestling. he can", {}),
        (31907, "2026-05-30 15:00", "+10:00", "Kez from my shift (Kerry Lam) brought a cake to the wharf. best colleague, worst baker", {}),
        (31908, "2026-06-14 20:00", "+10:00", "watching Border Security again to feel something", {}),
    ],
    "others": {"sione_fa": "Sione Fa'alogo"},
}
