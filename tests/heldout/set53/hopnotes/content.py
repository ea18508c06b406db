"""Jonno Faulkner (FICTIONAL): Home Affairs organisational psychologist at the Perth office, home in Busselton on
weekends; a craft-beer review blog with work in the margins. Everything is invented."""
NAME = "Jonno Faulkner"
HOME = (-33.65610, 115.37020)   # a residential street in Geographe, Busselton, rounded

BLOG = {
    "path": "hops",
    "title": "Hop Notes from the Bay",
    "card_note": "Beer reviews from the South West, written on Friday nights.",
    "card_job": "Organisational Psychologist",
    "card_org": "Department of Home Affairs",
    "posts": [
        ("borderline-ipa", "2026-02-20 21:30", "+08:00", "Borderline IPA, and the Friday drive",
         ["Monday to Thursday I'm at the Perth office and sleep in a Victoria Park granny flat; Friday at 3 I drive "
          "home down the Forrest Highway and the reward is this: Borderline IPA from a little brewery in Dunsborough. "
          "Pine, grapefruit, a bitterness that lingers like a bad meeting. 8/10."],
         ["IPA"], None),
        ("porch-stout", "2026-03-06 20:45", "+08:00", "Porch stout",
         ["Oatmeal stout on our porch in Geographe, Sam asleep on the couch, the baby asleep for once. "
          "Coffee, cocoa, a bit thin. 6.5/10."],
         ["stout"], HOME),
        ("heavy-week", "2026-03-27 22:10", "+08:00", "A heavy week, a light lager",
         ["Not much beer this week. I debriefed eleven ABF officers after the incident at Yongah Hill on Tuesday, "
          "when a detainee self-harmed in the compound and two of the officers who cut him down are not coping. "
          "If you're ABF in WA and need to talk, email me at work, "
          "jonathan.faulkner@homeaffairs.gov.au. The lager was fine."],
         ["lager", "work"], None),
        ("shared-drive", "2026-04-17 21:00", "+08:00", "Sour, like my mood",
         ["Passionfruit sour, 7/10. Mood: also sour, because our case notes for staff counselling still live on a "
          "shared drive that half the department can open, and I've raised it twice with IT security and got a "
          "ticket number both times."],
         ["sour"], None),
        ("dusty-pale", "2026-05-01 20:30", "+08:00", "Dusty's pale ale",
         ["My mate Dusty (Dustin Keogh) finally brewed something drinkable in his garage in West Busselton: a pale "
          "ale that tastes like summer. Sam and I are barely talking this month, the weeks away are wearing us both "
          "thin, so I sat in Dusty's garage instead of going home. 7.5/10 for the beer."],
         ["pale ale"], None),
        ("jetty-pilsner", "2026-05-15 20:00", "+08:00", "Jetty pilsner",
         ["Pilsner on the grass by the Busselton Jetty, watching the train go out. Crisp. 7/10. Picked up a gift "
          "at the department store in Perth for the baby's first birthday."],
         ["pilsner"], None),
    ],
}
