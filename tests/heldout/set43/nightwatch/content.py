"""Tamsin Akers (FICTIONAL): an ABF watch officer at the Border Operations Centre, one line a day.

A Mastodon-style micro-blog of terse notes; one note is place-tagged at home. Every name, handle and
place point is invented.
"""
NAME = "Tamsin Akers"

HOME = (-35.2480, 149.1275)     # a residential street in Lyneham ACT, rounded

ACTIVITYPUB = {
    "handle": "tamsin_a",
    "display_name": "tamsin",
    "summary": "<p>one line a day. watch floor. tea. a small boy.</p>",
    "fields": [("Telegram", "t.me/tamsinakers"), ("pronouns", "she/her")],
    "others": {"noorclimbs": "Noor H."},
    "notes": [
        (6001, "2026-01-12 06:50", "+11:00", "D1. 2 days, 2 nights, 4 off. 0700 start. Kettle first.", {}),
        (6002, "2026-01-15 04:10", "+11:00",
         "N2. Floor quiet till 0300, then a SIEV off Ashmore and the whole watch wakes up.", {}),
        (6003, "2026-01-22 07:20", "+11:00",
         "Walked out of the BOC car park at 0715 into frost. Proud of the #ABF watch tonight.", {}),
        (6004, "2026-02-03 02:40", "+11:00",
         "The Wall froze again. 40 min with no maritime picture. Logged it. Again.", {}),
        (6005, "2026-02-09 19:30", "+11:00",
         "Watch commander Jo Pettifer brought doughnuts to a night shift. Best boss on the floor.", {}),
        (6006, "2026-02-20 16:00", "+11:00",
         "Swapped an N1 with Raf so I can make Lachie's assembly Friday. Owe Raf a curry.", {}),
        (6007, "2026-03-07 11:15", "+11:00", "Off days. Garden. Sun. Nobody needs me.",
         {"location": ("Lyneham", HOME[0], HOME[1])}),
        (6008, "2026-03-11 03:30", "+11:00",
         "Third off-day night not sleeping. Two zopiclone and a glass of red. Don't do what I do.", {}),
        (6009, "2026-04-02 18:05", "+11:00",
         "Thursday 1800 climbing in Mitchell with @noorclimbs. Arms gone.", {"mentions": ["noorclimbs"]}),
        (6010, "2026-04-28 05:55", "+10:00",
         "N2. Helo diverted off the Kimberley for a medevac; we held the cutter on station till first light.", {}),
        (6011, "2026-05-16 08:00", "+10:00", "Lachie, 9, has decided he is a border collie. He herds the cat.", {}),
        (6012, "2026-06-04 01:20", "+10:00",
         "Somebody patched the radio consoles without telling the floor. Lost the Darwin channel for an hour.", {}),
        (6013, "2026-06-26 12:00", "+10:00",
         "Rent went to $640 a week. One wage. Eating the freezer down till payday.", {}),
        (6014, "2026-07-09 22:45", "+10:00",
         "Nine days and I have not talked to anyone who isn't on the watch floor.", {}),
        (6015, "2026-08-14 21:10", "+10:00", "Watched Border Security with a beer. Bad idea on an off day.", {}),
    ],
}
