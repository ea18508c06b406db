"""Dean Maroney (FICTIONAL): 47-year-old Border Force officer on West Island, Cocos (Keeling) Islands.

A terse fishing-report blog (microformats + RSS) whose feed carries georss points at his house,
and a few Mastodon-style posts. Every name, number and address is invented.
"""
NAME = "Dean Maroney"

HOME = ("-12.18950", "96.82905")

BLOG = {
    "path": "blog",
    "title": "Lagoon Reports",
    "card_note": "Bonefish, trevally and the odd GT off West Island. Reports when the wind lets me.",
    "posts": [
        ("report-0301", "2026-03-01 18:10", "+06:30", "Report: 1 March",
         ["Tide: high 1.3 m at 0540. Wind: SE 15. Flats off the jetty.",
          "Fish: 4 bones, 1 small GT. Rusty (Russell Anning, for the newcomers) 6 bones and won't shut up about it.",
          "Notes: plane day tomorrow so early night. Tuesdays and Saturdays I'm on the desk at the airport "
          "from 0500 till the plane's gone, so reports come Wednesdays and Sundays, first light off the jetty."],
         ["report"], HOME),
        ("report-0308", "2026-03-08 17:45", "+06:30", "Report: 8 March",
         ["Tide: high 1.5 m at 1110. Wind: E 20 gusting. Lagoon side only.",
          "Fish: nil worth mentioning.",
          "Notes: not much fishing this week. Thursday a boat came in through the lagoon with twelve on board, "
          "not fishermen. We held them at the hall on Home Island for two nights till the Navy took them off to "
          "Christmas. Two of us on island for all of that because Kirra's relief still isn't here. Kirra "
          "did the paperwork, I did the tea and the sandbags."],
         ["report"], HOME),
        ("report-0315", "2026-03-15 18:30", "+06:30", "Report: 15 March",
         ["Tide: high 1.2 m at 0625. Wind: SE 10. Perfect.",
          "Fish: 7 bones, lost a GT at the boat.",
          "Notes: the link to the mainland drops out every arvo about 3 with the cloud, so the passenger system "
          "is down and we run the plane on the offline laptop and key it all back in at night. The CCTV box in "
          "our office at the terminal has been full since January, so nothing's recording either. Good time to "
          "be a fish."],
         ["report"], HOME),
        ("report-0322", "2026-03-22 19:05", "+06:30", "Report: 22 March",
         ["Tide: high 1.4 m at 1200. Wind: S 25. Stayed in.",
          "Notes: the missus (Bec) took our girl Mia back to Perth in February for school and it's very quiet in the house. More rum "
          "than fishing this week, if I'm honest. Bec reckons she's not coming back after the posting. "
          "Still owe eighteen grand on the boat I bought to be out here, so that's nice."],
         ["report"], HOME),
    ],
}

ACTIVITYPUB = {
    "handle": "lagoondean",
    "summary": "<p>West Island. Fish, tides, weather. Reports at the blog.</p>",
    "fields": [("Blog", "Lagoon Reports"), ("WhatsApp", "0491 570 214")],
    "notes": [
        (34201, "2026-03-04 07:20", "+06:30",
         "Customs and Border Force uniform drying on the line next to the waders. That's the whole wardrobe out here.", {}),
        (34202, "2026-03-12 21:00", "+06:30",
         "Border Security repeat on the telly. Half of it would never happen on Cocos, we don't even have a belt.", {}),
        (34203, "2026-03-29 06:50", "+06:30",
         "Sunday, first light, jetty. Nobody else out. Bones everywhere.", {}),
    ],
}
