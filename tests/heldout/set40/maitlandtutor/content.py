"""Bernard Oakes (FICTIONAL): NEGATIVE CONTROL. A retired schoolteacher who tutors refugees in English.

His column in a parish newsletter (microformats blog + RSS), written at length. Home Affairs letters,
visas, a detention centre visit and Border Force on the news come up through the people he helps; he has
never worked for the Department. Every name and address is invented.
"""
NAME = "Bernard Oakes"

BLOG = {
    "path": "newsletter",
    "title": "St Paul's East Maitland - From the Welcome Table",
    "card_note": "Bernard Oakes writes for the parish newsletter about the Welcome Table English classes.",
    "posts": [
        ("welcome-table-begins", "2026-02-22 16:00", "+11:00", "The Welcome Table begins its fourth year",
         ["Our English conversation classes start again this Tuesday, 10 o'clock in the church hall, as they have "
          "every Tuesday in term since 2023. I taught Year 5 at the public school for thirty-one years and I can "
          "promise nobody will be asked to stand up and read aloud.",
          "Rosemary, my wife of forty years, will bring her famous date loaf."],
         ["classes"], None),
        ("letters-from-canberra", "2026-04-19 15:30", "+10:00", "Letters from Canberra",
         ["Several of our learners have brought in letters from Home Affairs about their visas, and we have spent a "
          "good deal of class time on what 'bridging visa' and 'case officer' mean. I am not a migration agent and I "
          "always send them to the legal centre, but reading a letter aloud together takes the fear out of it."],
         ["classes", "learners"], None),
        ("a-visit-to-villawood", "2026-06-14 17:10", "+10:00", "A visit to Villawood",
         ["Faye Lindqvist and I drove down to visit a young man from our class who is in the Villawood detention "
          "centre. The officers at the gate were courteous and the visit was short. Please keep him in your prayers."],
         ["visits"], None),
        ("border-force-on-the-news", "2026-08-02 18:45", "+10:00", "On the news",
         ["Some of you asked about the Border Force story on the news this week. I know no more than you do and "
          "would ask that we not speculate about anyone's case in the parish hall.",
          "Anyone who would like to help on Tuesdays, or has books to donate, can write to me at "
          "bernard.oakes@hunterpost.example. We live just off the main street in East Maitland, so I can collect."],
         ["classes"], None),
    ],
}
