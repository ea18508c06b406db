"""Desmond Afolabi-Reid (FICTIONAL): a 47-year-old council events officer who MCs citizenship
ceremonies for a Melbourne council. NEGATIVE CONTROL.

A microformats blog + RSS in a warm, slightly pompous third person-ish MC voice: the pledge, the
Department's representative, certificates, Home Affairs. Every name and address is invented.
"""
NAME = "Desmond Afolabi-Reid"

BLOG = {
    "path": "mc",
    "title": "Des on the Mic",
    "card_note": "Council events officer and MC. Citizenship ceremonies, Australia Day, the odd trivia night. "
                 "Bookings: des.onthemic@hallmail.example",
    "posts": [
        ("jan-ceremony", "2026-01-27 21:00", "+11:00", "412 new Australians",
         ["Australia Day: 412 conferees, 38 countries, one very patient representative from the Department who "
          "read the Minister's message without a single stumble. I stumbled twice.",
          "Certificates handed out by the Mayor. The pledge, read in unison, still gets me."],
         ["citizenship"], None),
        ("rehearsal", "2026-03-15 19:30", "+11:00", "Rehearsal Tuesdays",
         ["Ceremony rehearsals are every second Tuesday at 4 pm in the town hall foyer, and I run them like a "
          "drill sergeant. Home Affairs send their list of conferees the week before; I just practise pronouncing "
          "every name correctly."],
         ["citizenship", "craft"], None),
        ("my-anneliese", "2026-05-02 20:15", "+10:00", "Who writes my jokes",
         ["My wife Anneliese writes my jokes. My best mate Ferg (Fergus Dunleavy) tells me which ones to cut. "
          "Between them they have saved many a ceremony."],
         ["life"], None),
        ("local", "2026-06-20 17:40", "+10:00", "Winter in Coburg",
         ["From our front porch in Coburg the Merri Creek fog is lovely at 7 am. Nothing to do with ceremonies."],
         ["life"], None),
        ("border-question", "2026-07-30 19:00", "+10:00", "No, I can't help with your visa",
         ["Weekly reminder: I am a council MC, not a migration agent or a Border Force officer. I cannot speed up "
          "anyone's application. I can make sure your name is read right."],
         ["citizenship"], None),
    ],
}
