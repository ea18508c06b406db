"""Glenn Archibald (FICTIONAL): 52, Border Force container examiner at Gillman (Port Adelaide), lives at Osborne; a home-brewing forum."""
NAME = "Glenn Archibald"

FORUM = {
    "site": "SA Brewers Forum",
    "user": "glennarch",
    "path": "/forum/u/glennarch/",
    "inline": True,
    "about": ["All grain, 3-vessel, garage in Osborne. Customs (ABF) officer by day, which is why I drink."],
    "posts": [
        ("8801", "2026-02-08 16:30", "+10:30", "Brew day every Sunday",
         ["Brew day is every Sunday from 8am in the garage, mash in by 8:30, I'm on afternoons 2 till 10 the rest of the "
          "week so Sunday is the only day. Brew mate Sully (Andrew Sullivan) brings the grain, I bring the excuses."]),
        ("8812", "2026-02-26 22:45", "+10:30", "Keg swap",
         ["Got two spare corny kegs for a swap. Ring my work mobile 0491 570 655 during the day, I'm at the container "
          "examination facility at Gillman and can't always answer."]),
        ("8825", "2026-03-19 23:10", "+10:30", "Tiles my backside",
         ["Last week we pulled 1.2 tonnes of loose-leaf tobacco out of a container declared as ceramic tiles. Inspector "
          "Rhys Kowalski (my boss) reckons it's the same importer as January. Anyway, the tobacco smelled better than my last saison."]),
        ("8839", "2026-04-15 21:20", "+09:30", "Machines",
         ["The big x-ray scanner at work has been down nine days waiting on the vendor's tech, so we're hand-unpacking, "
          "and ICS times out every twenty minutes. Meanwhile my $40 thermometer works fine."]),
        ("8847", "2026-05-03 22:55", "+09:30", "drinking too much of my own stuff",
         ["honest post. since the separation I'm drinking most of what I brew, eight or nine a night on my own. the ex, Deb, "
          "has the kids and I get Tayla and Cooper every second weekend. might pull back the batch size."]),
        ("8853", "2026-05-24 15:00", "+09:30", "Hop prices",
         ["Anyone else find Galaxy went up again? The Department store near me stopped stocking it. (The hardware one, not the department store.)"]),
    ],
}
