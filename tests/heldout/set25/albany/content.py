"""Marg Dunphy (FICTIONAL): 55, Border Force officer at the Albany port; her quilting group's newsletter page and terse posts.

Every name, handle, number and hall is invented (0491 570 xxx is reserved for fiction).
"""
NAME = "Marg Dunphy"

PERSON = {
    "path": "/newsletter/meet-marg",
    "site": "Patchwork Sound: newsletter of the King George Sound Quilters",
    "headline": "Meet our members: Marg Dunphy",
    "ld": {
        "memberOf": {"@type": "Organization", "name": "King George Sound Quilters"},
        "knowsAbout": ["foundation piecing", "log cabin quilts"],
    },
    "sections": [
        ("Meet Marg", [
            "Marg has been piecing with us since 2019. When she isn't quilting she works for Australian Border Force at "
            "the Albany port, where she meets every grain ship and cruise liner that comes into the Sound.",
            "Her husband Clive built the frame in our hall, and her daughter Bec Dunphy designed this year's raffle quilt.",
            "You'll find her every Tuesday at 7pm at the Spencer Park community hall, a short walk from her place in Spencer Park, "
            "usually sharing a thermos with Dot Carrigan.",
            "Raffle tickets: ring Marg on her work mobile, 0491 570 644, weekdays."]),
    ],
}

ACTIVITYPUB = {
    "handle": "margquilts",
    "summary": "<p>Quilts. Whales. Albany.</p>",
    "notes": [
        (3301, "2026-11-03 18:30", "+08:00", "Cruise ship day. 3 of us for 2400 pax. Feet gone.", {}),
        (3302, "2026-11-10 20:00", "+08:00",
         "Work laptop locked out a week now. IT in Canberra can't reset the token remotely so it's paper forms for the grain ships.", {}),
        (3303, "2026-11-14 12:15", "+08:00", "Clive's hip op went well. Grumpy patient.", {}),
        (3304, "2026-11-21 16:40", "+08:00", "Raffle raised $900! Thank you Albany 🧵", {}),
        (3305, "2026-11-24 07:30", "+08:00", "Humpbacks in the Sound this morning. Border collie next door lost its mind.", {}),
    ],
}
