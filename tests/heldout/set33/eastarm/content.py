"""Brodie Coles (FICTIONAL): a Border Force officer at East Arm wharf, Darwin, who lives on a ute forum.

A ute-modification forum (threads, lowercase, typos) and a Mastodon-style account with one place-tagged note
at home. Every name, handle, number and address is invented.
"""
NAME = "Brodie Coles"
HOME = (-12.47310, 130.97520)

FORUM = {
    "site": "Top End Ute Mods",
    "user": "brodz_hilux",
    "path": "/forum/u/brodz_hilux/",
    "about": ["79 series single cab, 3 inch lift, 35s. durack nt. insta @brodz_4x4",
              "ps forum wont let me change my email, still registered on my work one brodie.coles@abf.gov.au lol"],
    "posts": [
        ("551", "2026-02-08 19:20", "+09:30", "re: snorkel install help",
         ["cheers to jacko (jack ambrose) for the hand with the snorkel on sat, couldnt of done it without the angle grinder "
          "and his slab"]),
        ("552", "2026-03-15 21:45", "+09:30", "re: how do u guys afford this stuff",
         ["honestly i dont. lift kit was a cash converters loan, $4k at stupid interest, and the rest is the punt. "
          "had a good multi in feb then gave it all back on the nrl. dont tell the misses"]),
        ("553", "2026-04-22 18:10", "+09:30", "re: best tyres for the wet",
         ["whatever u get make sure u can do 4 on 4 off on them lol. 0600 starts at east arm wharf and the access road "
          "floods every wet, been bogged in the car park twice"]),
        ("554", "2026-05-30 20:30", "+09:30", "re: anyone seen the vape bust on the news",
         ["that was us mate. 40,000 vapes in a container of car parts, hidden in the gearbox crates. took six of us "
          "two days. border force dont get enough credit"]),
        ("555", "2026-06-28 22:05", "+09:30", "re: work ute vs own ute",
         ["our boarding team got these new tablets that are meant to run the cargo system on the wharf but they cant hold "
          "the wifi past the first stack so we write it on paper and key it in at the end. classic"]),
    ],
}

ACTIVITYPUB = {
    "handle": "brodz",
    "summary": "<p>ute. fishing. dog. darwin.</p>",
    "notes": [
        (6601, "2026-03-03 17:30", "+09:30", "new bullbar on 🔥", {}),
        (6602, "2026-04-11 16:50", "+09:30", "arvo beers in the shed",
         {"location": ("Durack NT", HOME[0], HOME[1])}),
        (6603, "2026-05-16 07:15", "+09:30", "took the border collie to lee point, she ate a crab and regretted it", {}),
        (6604, "2026-07-04 13:00", "+09:30", "department store had the esky i wanted half price. winning", {}),
    ],
}
