"""Callum Ferreira-Watts (FICTIONAL): NEGATIVE CONTROL. A Canberra press gallery reporter who covers Home Affairs
for a news site: his blog quotes estimates hearings, leaks reported by others, and department statements. He is
not staff. Every name, number and street is invented.
"""
NAME = "Callum Ferreira-Watts"

BLOG = {
    "path": "blog",
    "title": "Gallery Notes",
    "card_note": "Political reporter in the Canberra press gallery. Home Affairs, immigration, national security. Tips welcome.",
    "card_job": "Political Reporter",
    "card_org": "The Capital Wire",
    "posts": [
        ("estimates-week", "2026-02-26 22:00", "+11:00", "Estimates week, day three",
         ["Eleven hours in Senate estimates today. The Home Affairs Secretary was asked four times about detention "
          "numbers and gave four versions of the same non-answer. The Border Force Commissioner did better, and "
          "confirmed the patrol boat replacement is running a year late.",
          "Filed from the press gallery at Parliament House at 10.40pm. My partner Ines has stopped waiting up."],
         ["estimates"], None),
        ("the-restructure-story", "2026-03-19 19:30", "+11:00", "On the restructure story",
         ["A rival outlet reported a leaked restructure of the department's visa processing network this week. I "
          "couldn't stand it up, so we didn't run it. Sources matter. If you have documents, Signal me on "
          "0491 570 901."],
         ["sources"], None),
        ("outage", "2026-04-22 17:00", "+10:00", "What the outage statement didn't say",
         ["The department's statement on Monday's visa system outage ran to three sentences. According to the "
          "department, no data was lost. Nobody has yet explained why the backup also failed."],
         ["systems"], None),
        ("sunday-run", "2026-05-10 10:30", "+10:00", "Sunday",
         ["Parkrun at Haig Park, every Sunday at 8, then pastries from the bakery on our street in Braddon. "
          "The only two hours a week nobody rings me."],
         ["life"], None),
        ("border-force-doco", "2026-06-07 20:00", "+10:00", "Reviewing the new Border Force documentary",
         ["The new streaming documentary about Border Force officers is slick, heavily supervised, and tells you "
          "almost nothing about how the agency is actually run. Three stars."],
         ["reviews"], None),
    ],
}
