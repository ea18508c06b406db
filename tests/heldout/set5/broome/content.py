"""Craig Lindqvist (FICTIONAL): Border Force officer in Broome, separated, drinking. Every name and handle is invented."""
NAME = "Craig Lindqvist"

FORUM = {
    "site": "Kimberley 4WD & Fishing",
    "user": "stretch_lindo",
    "path": "/forum/u/stretch_lindo/",
    "about": ["stuck in broome. ex-perth. old cruiser, older knees.",
              "pm me or txt 0491 570 442 if u want to buy the tinny",
              "(signed up with my work email craig.lindqvist@abf.gov.au cos my other one got hacked, dont judge)"],
    "posts": [
        ("881", "2026-03-04 21:40", "+08:00", "anyone else sick of there boss",
         ["12 yrs in border force and they give the acting sup job to a kid from canberra whos never seen a "
          "foreign fishing boat. 12 yrs. im done going above and beyond for them, they can get stuffed"]),
        ("882", "2026-03-09 22:15", "+08:00", "quiet week",
         ["nothing to report. wind up, no fishing, crap tv"]),
        ("883", "2026-03-16 20:05", "+08:00", "big week at work lol",
         ["we picked up 3 indo boats off the Lacepedes on tuesday, 19 crew, all brought back into broome port "
          "and processed at the wharf. boats get burnt next week. my 2IC Gaz Whitlock reckons its the most since "
          "2019"]),
        ("884", "2026-03-27 23:30", "+08:00", "drinking too much?",
         ["serious question. since the ex took Indi back to perth im going thru a carton every 2 nights on my own. "
          "dont really know anyone up here outside work. is that normal for the tropics or is it me"]),
        ("885", "2026-04-06 19:10", "+08:00", "tinny for sale",
         ["3.7m tinny, 15hp yammy, $2800 ono. ring or txt the number in my profile"]),
    ],
}

ACTIVITYPUB = {
    "handle": "lindo_kimberley",
    "summary": "<p>Broome-ish. Fishing, sunsets, the odd Emma Gorge swim. Dad to Indi 💛</p>",
    "notes": [
        (5201, "2026-03-01 18:30", "+08:00", "Cable Beach camels at sunset. never gets old", {}),
        (5202, "2026-03-12 07:10", "+08:00",
         "Indi's first day at Carine Primary over in Perth today and I had to watch it on video call. miss you "
         "kiddo 💛", {}),
        (5203, "2026-03-19 19:00", "+08:00",
         "Wednesday means trivia at the Roebuck pub from 7, every week, table by the pool table. we came third "
         "again", {}),
        (5204, "2026-03-22 06:00", "+08:00",
         "Out on the creek with Jonno Pearce at first light, two threadies and a cranky croc", {}),
        (5205, "2026-04-02 17:20", "+08:00",
         "patrol dates came through, me and Gaz are out on the boat from the 14th for ten days, so no trivia for "
         "a fortnight", {}),
        (5206, "2026-04-10 12:00", "+08:00",
         "Mango season is over and so is my patience with the humidity", {}),
    ],
}
