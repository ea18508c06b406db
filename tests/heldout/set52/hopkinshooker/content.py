"""Rhys Tonkin (FICTIONAL): Home Affairs visa compliance field officer, home in Dennington, Warrnambool;
a fishing-report forum, thread pages with permalinks. Every name, number and place detail is invented.
"""
NAME = "Rhys Tonkin"

FORUM = {
    "site": "South West Vic Fishing Reports",
    "user": "hopkins_hooker",
    "path": "/members/hopkins_hooker/",
    "about": [
        "Hopkins River and Logans Beach regular. Live in Dennington, so the river is five minutes away.",
        "Signed up with my work email (rhys.tonkin@homeaffairs.gov.au) years ago and the forum won't let me change it, so don't bother emailing that one.",
    ],
    "posts": [
        ("8801", "2026-04-18 11:20", "+10:00", "Hopkins bream report, Saturday",
         ["Fished the Hopkins from 6 till 9 off the Jubilee Park bank. Three legal bream on peeled prawn, one 34cm.",
          "Took my son Cody (11) and his mate. Cody out-fished me again, which I will be hearing about for a week."]),
        ("8802", "2026-04-25 19:40", "+10:00", "When work trips are fishing trips",
         ["Perk of being a compliance field officer with Home Affairs: the job drags me all over the western district. "
          "We work out of the Geelong office but I'm on the road Monday to Thursday, out the door by 6.",
          "So if anyone knows a good spot near Portland or Hamilton for an hour after knock-off, I'm all ears."]),
        ("8803", "2026-05-06 20:05", "+10:00", "Portland next week, any salmon about?",
         ["Will be in Portland Wednesday week. Early start, 5am at the abattoir out on the highway, six of us and two "
          "vans, got 11 overstayers on the list off a tip from the union. Should be done by lunch, so then: salmon?",
          "Last time we did a vineyard near Mildura and one bloke went over the back fence and we never saw him again. "
          "Hoping for less cardio this time."]),
        ("8804", "2026-05-14 21:30", "+10:00", "Phone mount for the tinny? (and a rant)",
         ["Need a decent phone mount for the boat. Related rant: our field tablets can't get a signal past Heywood, so "
          "the visa lookup (we call it the Oracle) just spins and spins. Had to ring the office and get my offsider "
          "Priyanka Sethi to read the case out to me. Pri is a saint.",
          "Tablets are locked down too, can't even put a tide app on them."]),
        ("8805", "2026-05-22 22:10", "+10:00", "WTB: tinny, budget $1500",
         ["Separated since March and she kept the boat (and the dog). Paying child support and rent on a unit now so "
          "budget is tight, $1500 tops, trailer included ideally.",
          "Text me on 0491 570 268, evenings best."]),
        ("8806", "2026-06-07 08:45", "+10:00", "Logans Beach salmon, Sunday",
         ["Every Sunday I'm at Logans Beach at first light with my brother Shane. Today: four salmon, one tailor, one "
          "very cranky seal.",
          "Fisheries officers were checking bag limits at the ramp, all good, nice blokes."]),
        ("8807", "2026-06-21 17:15", "+10:00", "Snapper off Killarney",
         ["Out with my mate Dusty (Darren Rowe) in his boat. Two snapper, and Dusty lost a monster at the side. "
          "He says it was a kingie. It was not a kingie.",
          "Back home in time for Border Security reruns and a pie."]),
        ("8808", "2026-07-05 19:50", "+10:00", "Dog on the boat?",
         ["Anyone take their dog out? Shane's border collie jumps at every fish and I'm scared she'll go over."]),
    ],
}
