"""Jodie Pastorelli (FICTIONAL), a NEGATIVE CONTROL: a biosecurity officer employed by the federal
agriculture department at Darwin Airport, Anula. She works beside Border Force every day and is not staff
of Home Affairs. A Mastodon-style account. Every name, handle and number is invented.
"""
NAME = "Jodie Pastorelli"

ACTIVITYPUB = {
    "handle": "jodiep_nt",
    "display_name": "Jodie P 🐝",
    "summary": "<p>Biosecurity officer (Agriculture, not Border Force, I promise). Anula, Darwin. Bees, "
               "beagles, bad puns. Personal: jodie.pastorelli@tropicmail.example</p>",
    "notes": [
        (1101, "2026-02-12 19:00", "+09:30",
         "Explaining to a man from Bali that the Border Force officers at the airport are the other mob and "
         "I'm the one who wants his mangosteens. He gave them up. Agriculture 1, mangosteens 0.", {}),
        (1102, "2026-03-04 18:30", "+09:30",
         "Wednesday 6pm touch at Marrara is the only exercise I do that isn't chasing a suitcase.", {}),
        (1103, "2026-03-27 20:40", "+09:30",
         "Our department's new cargo inspection app crashed twice today. Bless the old paper forms.", {}),
        (1104, "2026-04-18 10:20", "+09:30",
         "My daughter Ella (8) had her first swimming carnival. Came fourth in backstroke and a very confident first in "
         "snack consumption.", {}),
        (1105, "2026-05-09 16:15", "+09:30",
         "Someone's border collie at the Nightcliff jetty tried to herd the pelicans. Pelicans unimpressed.", {}),
        (1106, "2026-06-20 21:00", "+09:30",
         "Watched Border Security with Ella. She asked why nobody on it finds any bugs. Good question kid.", {}),
    ],
}
