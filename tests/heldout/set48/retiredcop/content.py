"""Ray Dobson (FICTIONAL): NEGATIVE CONTROL. Retired Tasmania Police sergeant who teaches security guards.

A plain forum (thread pages) for the security industry. Talks about the Spirit of Tasmania, Border Force and
uniforms without being staff. Everything invented, including the training college.
"""
NAME = "Ray Dobson"

FORUM = {
    "site": "Tassie Security Industry Forum",
    "user": "SgtRay_retd",
    "path": "/members/sgtray/",
    "about": ["31 years Tasmania Police, retired 2019. Now trainer for Cert II/III Security at a private college."],
    "posts": [
        ("3301", "2026-02-11 20:00", "+11:00", "New intake starting",
         ["New Cert II intake starts next week. Classes Monday and Wednesday 6pm to 9pm at the college in "
          "Devonport, bring a pen and a sense of humour.",
          "No, a security licence does not get you a badge like the coppers or Border Force. Your uniform says "
          "SECURITY on the back for a reason."]),
        ("3302", "2026-03-05 19:30", "+11:00", "Crowd control at the ferry",
         ["Couple of my graduates got work on the Spirit of Tasmania crowd control over summer. Good lads. They "
          "tell me customs officers check cars at the terminal. It's biosecurity, lads, and that's not your job "
          "anyway."]),
        ("3303", "2026-04-01 21:15", "+11:00", "Trainer wanted",
         ["Col Pettit and I need a third trainer for the Burnie classes. Col's ex-corrections, good bloke. Ring me "
          "on 0491 570 455 if interested."]),
        ("3304", "2026-05-06 18:45", "+10:00", "Off topic: retirement",
         ["Judy, my wife, says I retired from the job but not from bossing people around. She's not wrong.",
          "Best thing about Latrobe: nobody knows me as Sergeant any more. Worst thing: the bakery knows me too well."]),
    ],
}
