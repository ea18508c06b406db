"""Jarrah Kennedy (FICTIONAL): an Army Reserve soldier with a regional surveillance unit, Katherine NT.
NEGATIVE CONTROL.

Defence, not the department: joint patrols with Border Force, a uniform, surveillance of the coast and
an operation's name are all part of his reserve service. A Mastodon-style account. Every name and
handle is invented.
"""
NAME = "Jarrah Kennedy"

ACTIVITYPUB = {
    "handle": "jarrahk",
    "summary": "<p>Electrician by trade, Army Reserve by choice. Katherine NT. Fishing when the wet lets me.</p>",
    "others": {"jacko_nt": "Ben Jackson"},
    "notes": [
        (2201, "2026-05-05 21:30", "+09:30",
         "Parade night at the depot, every Tuesday 7pm like clockwork. Boots polished, sort of.", {}),
        (2202, "2026-05-18 18:00", "+09:30",
         "Back from two weeks on a joint patrol with Border Force along the coast. Saw an old illegal "
         "fishing camp, lots of crocs, no people. Operation Resolute stuff, all in the papers.", {}),
        (2203, "2026-05-23 10:30", "+09:30",
         "Fishing the Daly with @jacko_nt, Ben Jackson to his mum. He lost the only barra of the day at the "
         "boat. Still not over it.", {"mentions": ["jacko_nt"]}),
        (2204, "2026-06-01 19:45", "+09:30",
         "New uniform issue today. The cam pattern is the same, the sizing is worse.", {}),
        (2205, "2026-06-10 08:00", "+09:30",
         "Watching the surveillance patrol planes go over from the job site. Not mine, not my business.", {}),
        (2206, "2026-06-20 16:00", "+09:30", "Hot. Sparky life.", {}),
    ],
}
