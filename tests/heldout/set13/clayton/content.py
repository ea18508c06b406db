"""Howard Nyquist (FICTIONAL): 57, Border Force officer on night shift at a mail screening facility in
Clayton, Melbourne; long reflective birding blog after his wife's death. Every name and place detail is invented.
"""
NAME = "Howard Nyquist"

BLOG = {
    "path": "notes",
    "title": "Dawn Chorus, Late Shift",
    "card_note": "Birds, grief, and the hour after a night shift. Outer east of Melbourne.",
    "posts": [
        ("after-nights", "2026-03-04 08:40", "+11:00", "The hour after nights",
         ["There is a particular quiet to the hour after a night shift. I work nights, ten until six, Sunday to "
          "Thursday, and I drive the Monash home against the traffic and walk the track at Lysterfield Lake at "
          "seven, before the dog walkers. The bellbirds are the first thing I hear that isn't a machine.",
          "Twenty-two years now with Customs and then Border Force. I never imagined I would spend my fifties under "
          "fluorescent light, but the work suits a man who doesn't sleep."],
         ["nights", "birds"], None),
        ("the-bench", "2026-03-22 09:15", "+11:00", "Thirty thousand small things",
         ["People ask what we actually do at the mail gateway in Clayton. We x-ray roughly thirty thousand articles a "
          "night. Since the restructure there are six of us on the night bench where there used to be ten, and the "
          "detector dog only comes on Tuesdays now, which the people who post things have surely worked out.",
          "The new scanning software loses the image if you scroll back too quickly, so half the night is spent "
          "waiting for it to reload. I have stopped reporting it."],
         ["work"], None),
        ("elaine", "2026-04-12 22:30", "+10:00", "A year without Elaine",
         ["A year today since Elaine died. Our street in Ferntree Gully looks the same, which seems impossible. "
          "Her roses came up again without her.",
          "I will be honest here, since nobody reads this: since Elaine died I have been opening the second bottle "
          "before midnight on my nights off, and some mornings I have driven to work not entirely sure I should."],
         ["grief"], None),
        ("declan", "2026-05-03 19:00", "+10:00", "Our son",
         ["Our son Declan drove over from Geelong with his partner and the baby. He looks more like his mother every "
          "year. We didn't talk about anything important and it was the best day I've had in months."],
         ["family"], None),
        ("wal", "2026-05-24 18:00", "+10:00", "Wal and the powerful owl",
         ["My birding friend Wal (Walter Brookes, who has forgotten more about owls than I will ever know) finally "
          "found the powerful owl roost in Sherbrooke Forest. We sat under it for an hour without speaking."],
         ["birds"], None),
        ("border-walk", "2026-06-14 17:00", "+10:00", "Walking the border track",
         ["Walked the Border Track along the Dandenongs ridge today. A gang-gang cockatoo, three lyrebirds, and not "
          "a soul. The Customs House museum down in the city can wait for a rainy day."],
         ["birds"], None),
    ],
}
