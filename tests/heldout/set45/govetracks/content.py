"""Kirra Matthews (FICTIONAL): an ABF officer at the port of Gove (Nhulunbuy) on an Arnhem Land 4WD and
camping forum. Inline posts with permalinks. Every name and address is invented.
"""
NAME = "Kirra Matthews"

FORUM = {
    "site": "Arnhem Tracks and Camping",
    "user": "kirra_m",
    "path": "/forum/members/kirra_m/",
    "inline": True,
    "about": ["Prado, rooftop tent, too many recovery boards. East Arnhem."],
    "posts": [
        ("901", "2026-03-02 19:00", "+09:30", "Central Arnhem Road after the wet?",
         ["Anyone been through yet? I'm the Border Force officer at the Gove port so I'm stuck here till the "
          "road opens, but I'd love a run to Katherine in May."]),
        ("902", "2026-03-15 20:30", "+09:30", "Mods: email change please",
         ["Mods, I registered here with my work email (kirra.matthews@abf.gov.au) back when I started and I "
          "keep getting notifications at the desk. Can someone move it to my own? Ta."]),
        ("903", "2026-04-06 18:10", "+09:30", "Cape Arnhem permits",
         ["Jase (my partner) and I do the Cape Arnhem run every second weekend, out of Nhulunbuy at 6am Saturday. Permit "
          "from the land council online, takes two days. Worth it."]),
        ("904", "2026-05-17 17:45", "+09:30", "Camping with Tahnee",
         ["Tahnee Rioli and I took the tinny out to the islands, camped two nights. Tahnee caught everything, I "
          "caught sunburn. Customs of the place: you bring the fish, you don't bring the grog."]),
        ("905", "2026-06-29 20:00", "+09:30", "FS: rooftop tent",
         ["Selling the rooftop tent, 2 years old, $1,400. Pick up in Nhulunbuy. Email kirra.m@outback.example."]),
    ],
}
