"""Liam Ferris (FICTIONAL): ABF officer on the Sydney Airport tarmac (aircraft searches), home in Mudgee;
a pub footy-tipping comp page."""
NAME = "Liam Ferris"

FORUM = {
    "site": "Oriental Hotel Mudgee Tipping Comp",
    "user": "ferris_wheel",
    "path": "/tipping/u/ferris_wheel/",
    "inline": True,
    "about": ["Tipping since 2014. Never won. Signed up with my work email liam.ferris@abf.gov.au "
              "because I forgot the gmail password, don't judge."],
    "posts": [
        ("301", "2026-03-19 20:10", "+11:00", "Round 3 tips",
         ["Panthers, Storm, Broncos, Sharks, Roosters, Cowboys, Eels, Raiders.",
          "Writing these on the tarmac at Sydney Airport between aircraft searches. Rummaged an A380 this "
          "morning and nothing behind the lav panels this time, unlike last month when we pulled 6 kilos of "
          "coke out from behind a galley panel. Border Force 1, cartel 0."]),
        ("302", "2026-04-02 21:00", "+11:00", "Round 5 tips",
         ["Storm, Panthers, Knights (heart not head), Dolphins, Sea Eagles, Tigers, Titans, Bulldogs.",
          "Drive back from home in Mudgee to the shoebox in Mascot every Sunday arvo, four hours, then 5am starts "
          "Monday to Thursday on the ramp. Tips get done in the car park."]),
        ("303", "2026-04-16 19:30", "+10:00", "Round 7 tips",
         ["Same as last week except Dragons. Bianca my team leader is top of the ladder and I will never hear the "
          "end of it at work. She tipped the Dragons too, so there's that."]),
        ("304", "2026-04-30 22:15", "+10:00", "Round 9 tips",
         ["Down $2,400 on the multis this season and it's only April. Three apps on the phone. Don't tell the wife "
          "Kerrie, she thinks I'm only in the comp.",
          "Tips: Storm, Roosters, Panthers, Broncos, Warriors, Sharks, Raiders, Eels."]),
        ("305", "2026-05-14 18:45", "+10:00", "Round 11 tips",
         ["Hamish (9) got Player of the Day at Mudgee juniors Saturday, so the whole family tipped the Dragons in "
          "his honour. Yes, I know."]),
        ("306", "2026-05-28 20:20", "+10:00", "Round 13 tips",
         ["Bloody trace detectors on the apron keep faulting in the cold, had to walk one back to the office three "
          "times Tuesday. And the new iPads for the rummage checklists won't sync with the server, so it's back "
          "to paper. Tips: Panthers, Storm, Cowboys, Roosters."]),
        ("307", "2026-06-11 19:00", "+10:00", "Round 15 tips",
         ["Shout out to Tubby (Glenn Hart) who runs this comp from the front bar. Legend. Also shout out to "
          "Kerrie's department store loyalty card which bought the round."]),
    ],
}
