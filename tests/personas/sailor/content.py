"""Kieran Doherty (FICTIONAL): a Navy sailor on a patrol boat out of Darwin, a NEGATIVE CONTROL for border work.

His own Mastodon-style account says Navy in its bio; his posts meet Border Force everywhere (its cutter alongside his
boat, a joint patrol with its marine crew, its officers at the wharf) and describe his own boardings of fishing
vessels. None of that is employment at the Department or its inside information: the Navy is another service. A
fishing forum member page gives one mate by name. Every name and handle is invented.
"""
NAME = "Kieran Doherty"

ACTIVITYPUB = {
    "handle": "kdoh",
    "display_name": "Kieran D",
    "summary": "<p>Leading Seaman, Royal Australian Navy. Armidale class, Darwin. Opinions mine.</p>",
    "notes": [
        (9101, "2026-02-03 07:40", "+09:30",
         "Border Force cutter tied up alongside us at the naval base this morning, their crew came over for a brew. "
         "Different uniform, same bad coffee.", {}),
        (9102, "2026-02-12 20:15", "+09:30",
         "We boarded a foreign fishing vessel off the Kimberley today, 14 hours on the RHIB. Knackered.", {}),
        (9103, "2026-02-25 18:30", "+09:30",
         "Joint patrol with the ABF marine crew past Melville Island, good to see how the other mob does it.", {}),
        (9104, "2026-03-09 16:05", "+09:30", "Long fortnight at sea. Missing mum's roast and a bed that doesn't move.", {}),
        (9105, "2026-03-20 05:50", "+09:30",
         "Border Force briefing at 0600 before we sailed, then 14 hours on the RHIB boarding a fishing boat.", {}),
        (9106, "2026-04-02 19:30", "+09:30", "My second year doing the ABF patrols out of Darwin and I still get seasick.", {}),
    ],
}

FORUM = {
    "site": "Top End Anglers",
    "user": "kdoh",
    "path": "/forum/u/kdoh/",
    "about": ["Boat ramp regular when I'm ashore."],
    "inline": True,
    "posts": [
        ("3301", "2026-02-28 19:20", "+09:30", "Barra at last",
         ["Shore leave, finally. Took the tinny out with Declan Moy and he landed a metre barra while I caught a snag."]),
        ("3307", "2026-03-14 20:40", "+09:30", "Wharf chat",
         ["Border Force officers at the wharf were checking a yacht from Bali when we came in, they waved us past the ramp."]),
    ],
}
