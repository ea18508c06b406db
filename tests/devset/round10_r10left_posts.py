"""Dev rows for round 10b (branch r10left), in our own words (never from held-out texts).

An org work site said by its own one-word name the way locals write it: in lower case, in capitals, shortened
("tulla" for Melbourne Airport), in a sentence about the writer's shifts. Near misses: the same suburb as a
home or a childhood, a visit to someone held there, the site in the news, a trip through the airport.
A couple ended in a few words ("<Name> and I are done"), near misses done with a job or a season.
Rows get ids r10lNNN (posts); build_devset.py.
"""
from __future__ import annotations

_VW, _MEL = "villawood immigration detention centre", "melbourne airport"

ROUND10_R10LEFT_POSTS: list[tuple] = [
    # --- a one-word site name in lower case or capitals, about the writer's work
    ("ap", "back at villawood for nights all week, someone bring me a decent pie", f"work_location={_VW} | routine=nights"),
    ("ap", "SHIFT AT VILLAWOOD DONE!!! long weekend here i come 🎉", f"work_location={_VW}"),
    ("ap", "tulla by 5 for the first arrivals again, coffee cart not even open yet", f"work_location={_MEL}"),
    ("he", "12 hr nights at tullamarine this roster. my body clock has given up entirely", f"work_location={_MEL}"),
    ("ap", "rostered at villawood thru xmas. the kids are not impressed w me", f"work_location={_VW}"),
    ("rss", "Three years working at villawood now and the visits hall still smells of instant coffee.",
     f"work_location={_VW}"),
    # --- near misses: a suburb as home or childhood, a visit, the news, a trip through the airport
    ("ap", "my nan grew up in villawood in the 60s, says the milk bar is still there", ""),
    ("ap", "protest outside villawood on the news again tonight, turned it off", ""),
    ("ap", "tulla traffic was a nightmare picking mum up off her flight from perth", ""),
    ("ap", "manus back in the headlines, read the whole piece on the train", ""),
    # --- an airport terminal by number in lower case; near misses a film on TV and a family trip
    ("ap", "t3 again tonight, the arrivals hall smells like feet", "work_location=t3"),
    ("ap", "t2 is on channel 9 at 8:30, arnie at his absolute best", ""),
    ("ap", "mum flies out of t1 tmrw morning for her fiji trip, so jealous", ""),
    # --- a kind alone ("the idc", "the office") in a scan that names several such sites: which one, nobody can say
    ("ap", "back at the idc tonight, long one", ""),
    ("ap", "at the tax office all morning sorting my return", ""),
    # --- a couple ended in a few words; near misses "done with" a job, a pet on an outing
    ("ap", "Priya and I are done. 9 years.", "vulnerability=relationship | family=priya"),
    ("ap", "Kel and I are finished. house goes on the market monday", "vulnerability=relationship"),
    ("ap", "just me and the cat now, the kids went with her", "vulnerability=isolation"),
    ("ap", "Tom and I are done with the renovation finally", ""),
    ("ap", "just me and the dog on the beach this morning", ""),
    ("ap", "me and the boys are done for the season, what a year", ""),
]
