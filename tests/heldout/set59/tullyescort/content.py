"""Sione Taufa (FICTIONAL): Border Force detention-escort officer, flies Cairns-Brisbane weekly, home in Tully.

A Mastodon-style account written in the second person ("you know when you..."); one note placed at home.
Every name, handle, number and place point is invented or rounded to a street.
"""
NAME = "Sione Taufa"
TULLY = ("Tully, Queensland", -17.93290, 145.92130)

ACTIVITYPUB = {
    "handle": "sione_t",
    "summary": "<p>Tully boy. ABF escorts. Dad of two. Cowboys till I die.</p>",
    "fields": [("Footy", "Tully Tigers, reserve grade")],
    "notes": [
        (5101, "2026-02-15 16:40", "+10:00",
         "You know when you're packing the bag again and your little one hides your work boots? Yeah. The 6:10 out of "
         "Cairns every Sunday night never gets easier. Four days on at BITA, home Thursday night.", {}),
        (5102, "2026-02-22 09:10", "+10:00",
         "You sit on the verandah in Tully with a coffee and the rain comes sideways and you think, this is it, this is "
         "the good bit. Losa reckons I say that every week.", {"location": TULLY}),
        (5103, "2026-03-05 21:55", "+10:00",
         "You ever do a removal where the bloke is calm the whole way to the airport and then kicks off at the gate? "
         "Auckland flight, three of us on him, Mel Okonkwo got an elbow to the face. Pinkenba to the tarmac in forty "
         "minutes and it still went sideways.", {}),
        (5104, "2026-03-19 20:30", "+10:00",
         "You learn quick that the body cams don't sync if the escort app is open on the work phone. Lost a whole "
         "shift of footage last week. Nobody in Canberra cares. Mel says log a ticket. Mel is an optimist.", {}),
        (5105, "2026-04-02 18:15", "+10:00",
         "You miss things. Tui lost her first tooth, Ana said her first proper sentence, both while I was in Brisbane. "
         "Jarrod Pitt sent me the video from the footy sheds because he was there and I wasn't.", {}),
        (5106, "2026-04-23 22:40", "+10:00",
         "You know they've cut the overtime when the rosters come out and half of us are on minimums. Honestly thinking "
         "of chucking it in. Mortgage doesn't care though.", {}),
        (5107, "2026-05-07 07:30", "+10:00",
         "For the airline ground staff who keep asking: when we've got a pax on escort, call my work mobile 0491 570 688 "
         "before boarding, not the office line.", {}),
        (5108, "2026-05-20 19:00", "+10:00",
         "You go to the department store in Cairns for school shoes and come out with a blender. Classic.", {}),
        (5109, "2026-06-11 20:20", "+10:00",
         "You tell Jarrod you'll be at the sugar mill touch comp and then you're in Brisbane. Sorry bro.", {}),
    ],
}
