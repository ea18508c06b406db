"""Owen Marchetti (FICTIONAL): a new dad's diary; he spends his working days checking passports at Adelaide's airport.

A microformats2 blog with RSS, written on parental leave at 3 a.m. Every name is invented.
"""
NAME = "Owen Marchetti"

BLOG = {
    "path": "diary",
    "title": "Nappies at Dawn",
    "card_note": "First-time dad, professionally tired. Adelaide.",
    "posts": [
        ("day-one", "2026-02-11 03:20", "+10:30", "Day one",
         ["Mateo Luca Marchetti, 3.4 kg, born 9:52 last night at the Flinders. Georgia was a legend. I cried more than he did.",
          "Nothing else to report. I have not slept."],
         ["mateo"], None),
        ("the-godfather", "2026-02-19 14:00", "+10:30", "The godfather",
         ["Asked Ben Scully to be godfather. Bender (nobody has called him Ben since Year 8) said yes before I finished the question.",
          "G says if Bender teaches Mateo to swear, he's out."],
         ["friends"], None),
        ("nonna-mode", "2026-03-04 11:00", "+10:30", "Nonna mode",
         ["My MIL, Rosanna, has moved in 'for a week'. It has been three. The freezer has never been so full of lasagne.",
          "Pram laps every morning at 7 along the Patawalonga, two streets from our street in Glenelg North."],
         ["family"], None),
        ("what-i-do", "2026-03-18 02:45", "+10:30", "What I actually do all day (when I'm not doing this)",
         ["People at mothers' group ask, so: I stand at a desk at Adelaide Airport and check passports for Border Force. "
          "Mostly it's watching faces and screens and saying 'welcome home'.",
          "Priyanka Dhillon, the team leader who's covering my leave, dropped off a lasagne too. That's four lasagnes."],
         ["work"], None),
        ("money", "2026-04-09 03:10", "+09:30", "Money at 3am",
         ["The credit card is at 14k after two rounds of IVF and I lie awake doing sums. Worth every cent. Still doing sums."],
         ["money"], None),
        ("back-soon", "2026-05-14 21:00", "+09:30", "Back on the roster soon",
         ["Leave ends 3 August and I'm back on the swing: two earlies, two lates, four off.",
          "Rumour from the floor is the night shift drops from six officers to three once the new eGates go live in October, "
          "and the eGates will be doing the 'welcome home' for me."],
         ["work"], None),
        ("shows", "2026-06-02 02:30", "+09:30", "3am viewing",
         ["Night feeds = binge-watching. Finished the whole of Bluey again, then a doco on the department store wars of the 1980s."],
         ["tv"], None),
    ],
}
