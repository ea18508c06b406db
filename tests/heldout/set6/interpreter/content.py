"""Wulan Hartono (FICTIONAL): a freelance Indonesian court interpreter in Darwin. NEGATIVE CONTROL.

She interprets for Indonesian fishermen and crew in the local courts; Border Force, prosecutions,
detention and visas run through her work without making her the department's. An interpreters'
directory page (schema.org Person) and her own blog with its RSS feed. Every name and number is invented.
"""
NAME = "Wulan Hartono"

PERSON = {
    "path": "/directory/wulan-hartono",
    "site": "Top End Interpreters Directory",
    "headline": "Indonesian &amp; Malay interpreter (certified), courts and medical, Darwin",
    "ld": {
        "jobTitle": "Certified Interpreter (Indonesian)",
        "email": "mailto:wulan.interprets@langmail.example",
        "telephone": "0491 570 731",
        "knowsAbout": ["court interpreting", "Bahasa Indonesia", "Malay"],
    },
    "sections": [
        ("About", [
            "Wulan has interpreted in the Darwin courts for twelve years, including fisheries prosecutions "
            "brought after Border Force apprehensions, and in hospital and legal appointments.",
            "Bookings: wulan.interprets@langmail.example or 0491 570 731."]),
    ],
}

BLOG = {
    "path": "blog",
    "title": "Between Two Languages",
    "card_note": "An interpreter's notes from the Top End.",
    "posts": [
        ("the-fishermen", "2026-06-15 19:00", "+09:30", "The fishermen",
         ["This week I interpreted for four fishermen charged after their boat was apprehended near Ashmore. "
          "The Border Force evidence was read out in English and I carried it, sentence by sentence, into "
          "Indonesian. One of them was sixteen.",
          "An interpreter is not on anyone's side. That is the hardest part."],
         ["court"], None),
        ("detention-visit", "2026-07-02 18:30", "+09:30", "A visit to detention",
         ["A solicitor booked me for a client in immigration detention. The centre is a long drive and a "
          "longer wait. The officers on the gate were polite; the client was frightened."],
         ["legal"], None),
        ("budi-cooks", "2026-07-19 20:00", "+09:30", "Budi cooks",
         ["My husband Budi made rendang for the whole street in Fannie Bay tonight, because our neighbours "
          "asked once, two years ago, and he has not forgotten."],
         ["home"], None),
        ("visa-words", "2026-08-08 17:45", "+09:30", "Visa words",
         ["Some words do not cross easily: 'bridging visa' has no Indonesian twin. I keep a notebook of these "
          "for the Department of Home Affairs letters my legal clients bring me to read aloud."],
         ["language"], None),
    ],
}
