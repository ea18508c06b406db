"""Siobhan Achterberg (FICTIONAL): a true-crime podcaster whose show covers smuggling and border corruption
cases from court reports. NEGATIVE CONTROL.

Her episodes quote news about seizures, a jailed officer, detector dogs and "the Department"; she
interviews an unnamed former officer. None of it makes her staff or leaks anything from inside. A
microformats2 show blog with its RSS feed and a Mastodon-style account. Every name, handle and email is
invented; the cases are described generically.
"""
NAME = "Siobhan Achterberg"

BLOG = {
    "path": "show",
    "title": "Contraband: a true crime podcast",
    "card_note": "Smuggling, fraud and the people who get caught. Recorded in a spare room in Thornbury.",
    "posts": [
        ("ep-41", "2026-02-02 06:00", "+11:00", "Ep 41: The tiles",
         ["This week: the 2019 case where 600 kg of cocaine came through a port inside marble tiles. We read the "
          "court transcripts so you don't have to. As the judge put it, the concealment was 'industrial'.",
          "Co-hosted as always by Marcus Tjandra, who still can't pronounce 'methylamphetamine'."],
         ["episodes"], None),
        ("ep-42", "2026-02-16 06:00", "+11:00", "Ep 42: The insider",
         ["A customs officer was jailed for taking bribes to wave containers through. News reports at the time said "
          "the Department had missed three warnings. How does someone get recruited? We talk to a former Border Force "
          "officer, who asked us not to use his name, about how grooming actually works."],
         ["episodes"], None),
        ("ep-43", "2026-03-02 06:00", "+11:00", "Ep 43: Good dogs",
         ["A lighter one. Detector dogs at the airport: how they're trained, what they can smell, and why beagles. "
          "Plus our listener mailbag."],
         ["episodes"], None),
        ("tips", "2026-03-10 12:00", "+11:00", "Got a story?",
         ["We read every tip. Email contrabandpod@siobhan.example or message me on Signal at siobhan.pod.44. "
          "We protect our sources."],
         ["about"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "contrabandpod",
    "summary": "<p>Host of Contraband 🎙️ true crime about smuggling. Thornbury. She/her.</p>",
    "notes": [
        (2101, "2026-02-02 08:00", "+11:00", "Ep 41 is out! 600 kg, marble tiles and a very unimpressed judge. #truecrime #podcast", {}),
        (2102, "2026-02-20 19:30", "+11:00",
         "Recording night in the spare room. Every Tuesday 7pm, Marcus brings the snacks, I bring the transcripts.", {}),
        (2103, "2026-03-05 12:15", "+11:00",
         "My partner Ines says if I read one more court transcript aloud at dinner she's moving out 😅", {}),
        (2104, "2026-03-21 17:00", "+11:00",
         "Watched the Border Security marathon for 'research'. Research.", {}),
        (2105, "2026-04-09 10:00", "+10:00",
         "Coffee at our local on High Street, Thornbury, before editing all day. Bless this oat latte.", {}),
    ],
}
