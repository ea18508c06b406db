"""Ray Dunstan (FICTIONAL): 61, Border Force detector dog handler at the Port of Brisbane, Cleveland.

His bowls club's third-person member profile (schema.org Person) and his own ActivityPub posts, one
place-tagged on his back deck. Every name, club, handle and number is invented.
"""
NAME = "Ray Dunstan"

HOME = (-27.5262, 153.2718)      # rounded point on an ordinary street in Cleveland QLD

PERSON = {
    "path": "/members/ray-dunstan",
    "site": "Bayside Bowls Club",
    "headline": "Member profile: Ray Dunstan, Saturday pennants (Division 3)",
    "ld": {
        "memberOf": {"@type": "SportsOrganization", "name": "Bayside Bowls Club"},
        "telephone": "0491 570 562",
        "homeLocation": {"@type": "Place", "name": "Cleveland, QLD"},
    },
    "sections": [
        ("About Ray", [
            "Ray joined the club in 2019 and has been a fixture on the greens ever since. He has been a detector dog "
            "handler with the Australian Border Force for twenty-two years, and these days he and his labrador Jet "
            "work the wharves at the Port of Brisbane.",
            "Ray plays pennants on Saturdays and turns up for social bowls every Wednesday at 1pm, straight from his "
            "early shift, usually still with dog hair on his trousers.",
            "His wife Dot runs our Friday raffle and is the reason it makes money. Ray skips for Col Fensom's rink, "
            "and the two of them have not agreed on a line since 2020."]),
        ("Contact", ["For roll-ups with Ray or raffle prizes, phone him on 0491 570 562."]),
    ],
}

ACTIVITYPUB = {
    "handle": "raydunstan",
    "summary": "<p>Bowls, grandkids, dogs. Cleveland.</p>",
    "notes": [
        (9201, "2026-02-14 15:20", "+10:00",
         "Jet found four kilos of coke in a car bumper inside a container at the wharf Tuesday. Clever boy got a "
         "sausage. That's all I'm allowed to say, and probably more.", {}),
        (9202, "2026-03-02 19:10", "+10:00",
         "Shout-out to Bec Tran, the other handler on our shift, and her spaniel Ziggy. Bec's only been with us "
         "two years and she's already better than me.", {}),
        (9203, "2026-04-11 16:00", "+10:00",
         "Grandson Kai says his other grandad's border collie is smarter than Jet. We are no longer speaking.", {}),
        (9204, "2026-05-16 07:30", "+10:00",
         "Cuppa on the back deck before pennants. Best time of the day.",
         {"location": ("Home", HOME[0], HOME[1])}),
        (9205, "2026-06-06 18:45", "+10:00",
         "Dot and I watched Border Security last night and she asked why I never find anything that exciting. "
         "Charming.", {}),
    ],
}
