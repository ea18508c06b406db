"""Annika Dorrington (FICTIONAL): a Darwin footy podcast's episode notes, co-hosted by a Border Force officer."""
NAME = "Annika Dorrington"

BLOG = {
    "path": "blog",
    "title": "Top End Tackle: episode notes",
    "card_note": "A footy podcast from the Top End, hosted by Annika Dorrington and her little brother Josh. Listener mail: annika.tet@podmail.example",
    "posts": [
        ("ep-41", "2026-02-09 20:00", "+09:30", "Ep 41: Nightcliff v Buffaloes, and a rant",
         ["Annika and Josh pick apart Saturday's game. Annika comes straight off a night shift with Border Force "
          "at Darwin Airport, so forgive the yawning from minute twelve.",
          "Shout out to our producer and Annika's oldest mate, Kezia Lombardi, who edits this in her lunch break."],
         ["episodes"], None),
        ("ep-42", "2026-02-23 20:00", "+09:30", "Ep 42: multis, mistakes and the Bali red-eye",
         ["In which Annika admits the same-game multi lost again and she is 'only slightly' behind on the "
          "credit card this month, and Josh tells her to delete the app.",
          "Also: why the 2am Bali flight ruins her week. Six officers on the primary line for 380 passengers, "
          "two of them on their first week, and the SmartGates down again. Listeners, this is not an airport "
          "complaints line."],
         ["episodes"], None),
        ("ep-43", "2026-03-09 20:00", "+09:30", "Ep 43: guest Marcus Pell",
         ["Special guest Marcus Pell, Annika's team leader at the airport and Waratah's worst full-forward, "
          "talks his 1998 premiership and the nights roster."],
         ["episodes", "guests"], None),
        ("ep-44", "2026-03-23 20:00", "+09:30", "Ep 44: Nightcliff jetty debrief",
         ["Recorded on Annika's back verandah in Nightcliff, a short walk from the jetty, so yes that's the "
          "neighbour's dog. Every Tuesday after Josh finishes work we record at 7:30pm, before she drives in "
          "for nights."],
         ["episodes"], None),
        ("ep-45", "2026-04-06 20:00", "+09:30", "Ep 45: Border Security the drinking game",
         ["Not a real episode about the airport. We watched two episodes of Border Security and drank every "
          "time someone said 'undeclared'. Josh regrets it."],
         ["episodes"], None),
    ],
}
