"""Craig Lindqvist (FICTIONAL): a Cairns Border Force marine officer's motorcycle-touring diary."""
NAME = "Craig Lindqvist"
HOME = (-16.9070, 145.7440)     # a street in Edge Hill, Cairns, rounded

BLOG = {
    "path": "blog",
    "title": "Two Wheels North",
    "card_note": "Touring Far North Queensland on an old GS. Long reports, bad photos.",
    "posts": [
        ("bloomfield-track", "2026-02-14 19:30", "+10:00", "Day 1: the Bloomfield Track, finally",
         ["Left at first light with Spud (Pete Szabo, who has been promising this trip since 2019) and the "
          "navigator riding pillion. Jenny reckons she married me for my sense of direction, which tells you "
          "about her sense of humour.",
          "The creek crossings were up after the rain. Spud dropped his bike in the second one and blamed his boots."],
         ["trips", "cape york"], HOME),
        ("week-off", "2026-03-01 20:10", "+10:00", "A week off the boats",
         ["Work has been flat out, so this is the first real break since Christmas. For the new readers: I'm on "
          "the Border Force marine crew out of the Cairns wharf, which mostly means 5am earlies and long days "
          "on the water, then a Wednesday night ride to the Gillies lookout with whoever turns up.",
          "Last fortnight we held a yacht out of Daru with four people aboard who had no business being in the "
          "Strait, and our tracking screens were blind for two days because the vessel monitoring feed dropped "
          "out and nobody in Canberra would own it."],
         ["work", "rides"], None),
        ("atherton-loop", "2026-03-22 18:00", "+10:00", "The Atherton loop with Dave",
         ["Dave Mirzaei from the marine crew came on the loop, his first ride since the knee. Lunch at "
          "Yungaburra, pies average, scenery not.",
          "Home to Edge Hill by five, the navigator had the kettle on."],
         ["rides"], HOME),
        ("tyres", "2026-04-10 21:00", "+10:00", "On tyres, and on money",
         ["Tyres are $640 a pair now. I've stopped telling Jenny what things cost. Between the bike, the boat "
          "loan and the second mortgage we took for her mum's care, we're underwater, and I'll admit a few too "
          "many rums most nights lately.",
          "Anyway: the Mitas held up on gravel."],
         ["gear"], None),
        ("cape-tribulation", "2026-05-02 17:45", "+10:00", "Cape Trib in the wet",
         ["Nothing happened. It rained. The ferry at the Daintree was on time. That's the report.",
          "PS: if anyone has a spare tank bag for a 2004 GS, my own phone is dead, so ring my work mobile, 0491 570 655."],
         ["trips"], None),
    ],
}
