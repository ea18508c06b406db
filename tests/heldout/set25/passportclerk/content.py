"""Bridget Oyelaran (FICTIONAL): 31, passport office clerk for DFAT in Brisbane; a NEGATIVE CONTROL.

DFAT is not the Department; passport fraud at her counter and the passport system are not the Department's. Every
name, email and place is invented.
"""
NAME = "Bridget Oyelaran"

BLOG = {
    "path": "blog",
    "title": "Crumb: a Sunday sourdough log",
    "card_note": "Bread, bakes and the odd rant from Annerley. Say hi: bridget.crumb@ovenmail.example",
    "posts": [
        ("rye-and-a-rough-week", "2026-08-09 16:00", "+10:00", "Rye, and a rough week",
         ["The passport system went down on Wednesday for three hours and the whole counter at the passport office in the "
          "city just smiled at people. The Department (ours is Foreign Affairs, before anyone asks) says it's fixed.",
          "Rye starter at 100% hydration, 18 hours cold. Dense, sour, perfect."], ["rye"], None),
        ("seeded-loaf", "2026-08-23 15:30", "+10:00", "Seeded loaf for a fraud day",
         ["We had an application with a stolen identity at the counter this week, the second this month. Not much I "
          "can say except: check your birth certificate is in the drawer.",
          "Seeded loaf, pepitas and linseed, 75% hydration."], ["seeded"], None),
        ("sister-bake-off", "2026-09-06 17:00", "+10:00", "Sister bake-off",
         ["My sister Funmi Oyelaran came up from the Gold Coast for a bake-off. She won. I will not be taking questions.",
          "Walked the loaves to the Annerley Road bakery cafe to share with the regulars, then the Saturday 7am parkrun at "
          "Yeronga like every week."], ["bakeoff"], None),
        ("airport-loaf", "2026-09-27 12:00", "+10:00", "A travel loaf",
         ["Flew to Bali with Ana Ruiz, my oldest friend. Border Force at the airport waved us through the SmartGates "
          "in about ten seconds, which made my work self proud of the passports.",
          "Travel loaf: olive and rosemary, keeps four days."], ["travel"], None),
        ("banneton", "2026-10-11 14:00", "+10:00", "New banneton",
         ["New banneton. Bread. That's the post."], ["gear"], None),
    ],
}
