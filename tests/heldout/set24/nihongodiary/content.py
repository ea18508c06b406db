"""Nikki Vos (FICTIONAL): 24-year-old visa processing officer, Home Affairs Docklands; a Japanese-learning diary."""
NAME = "Nikki Vos"

BLOG = {
    "path": "diary",
    "title": "Ganbaru Notebook",
    "card_note": "Learning Japanese one embarrassing sentence at a time. JLPT N4 in December. LINE: nikki_vos_au",
    "posts": [
        ("day-1", "2026-02-02 21:00", "+11:00", "Day 1: 始めます",
         ["Hajimemasu! I start today. Goal: N4 by December. My sister Mia says I'll give up by March. Mia, watch me.",
          "New words: shigoto (work), densha (train), tsukareta (tired)."],
         ["diary"], None),
        ("shigoto", "2026-02-19 20:30", "+11:00", "仕事 (shigoto) is tiring",
         ["Tried to describe my job in Japanese: watashi wa biza no shinsa o shimasu. I assess visas at Home Affairs, "
          "at the Docklands office. My sensei laughed because 'shinsa' is very formal.",
          "Today in English: our team has 1,900 student visa applications waiting, the target is 400 a week each, and "
          "we were told to refuse anything with a gap in the financials instead of asking. Sou desu ne."],
         ["work", "vocab"], None),
        ("densha", "2026-03-05 21:10", "+11:00", "Densha de benkyou shimasu",
         ["I study on the tram now. The 82 from the Footscray market stop at 7:35, then change for Docklands, "
          "in by 8:15. Twenty-five flashcards a ride.",
          "And every Tuesday 6pm class in Carlton with Haruka Sato, my language exchange partner (she corrects my "
          "keigo, I correct her Aussie slang)."],
         ["routine", "study"], None),
        ("system-down", "2026-03-24 19:00", "+11:00", "Word of the day: teiden (power cut)",
         ["Not a power cut exactly, but ICSE went down for the whole morning and we couldn't open a single case. The "
          "fix was a restart on the server side. Half the floor sat doing Duolingo. Me included, tbh.",
          "teiden = blackout, koshou = broken down. Koshou shita!"],
         ["vocab"], None),
        ("okane", "2026-04-12 22:00", "+10:00", "お金 (okane) problems",
         ["Booked flights to Osaka for October on Afterpay and the hotel on my credit card, which is now at $8,700. "
          "Minimum repayments forever. Okane ga arimasen = I have no money. I know that one by heart.",
          "Tom (boyfriend) says to cancel. Tom is not the boss of me."],
         ["money"], None),
        ("anime-night", "2026-05-03 20:00", "+10:00", "Anime night, no subtitles",
         ["Watched Spy x Family with no subtitles at Haruka's place. Understood maybe 30%. Progress!",
          "(The episode with the border guard did not help my vocab at all.)"],
         ["anime"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "nikkivos",
    "summary": "<p>日本語 learner. Footscray. Tea.</p>",
    "fields": [["Diary", "Ganbaru Notebook"], ["LINE", "nikki_vos_au"]],
    "notes": [
        (9201, "2026-04-18 13:00", "+10:00", "Lunch by the water at Docklands, writing kanji on a napkin.", {}),
        (9202, "2026-05-25 18:40", "+10:00", "Team leader Marcus Webb just told us the refusal rate is 'trending right'. Sure.", {}),
        (9203, "2026-06-06 09:00", "+10:00", "Saturday: nothing. Bliss.", {}),
    ],
}
