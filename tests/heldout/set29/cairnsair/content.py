"""Nadia Rahimi (FICTIONAL): a young Border Force officer at Cairns Airport learning Indonesian on Mastodon.

Short language-learner posts mixing Indonesian and English, with corrections from her tandem
partner. Every name, handle and address is invented.
"""
NAME = "Nadia Rahimi"

ACTIVITYPUB = {
    "handle": "nadia_belajar",
    "summary": "<p>Belajar bahasa Indonesia 🇮🇩 pelan-pelan. Level: A2 and a bit. Cairns. Corrections welcome!</p>",
    "notes": [
        (3101, "2026-02-04 21:00", "+10:00",
         "Hari ini saya bekerja di bandara. (Today I worked at the airport.) I'm Border Force at Cairns Airport, "
         "international side, so I get to practise on passengers off the Denpasar flight. They are very patient. #belajar",
         {}),
        (3102, "2026-02-25 18:15", "+10:00",
         "Kelas bahasa Indonesia setiap hari Rabu jam enam sore di TAFE. Every Wednesday 6pm at the TAFE, "
         "if anyone in Cairns wants to join!", {}),
        (3103, "2026-03-11 22:30", "+10:00",
         "Terima kasih to my tandem partner Dewi Kusuma (@dewi_tandem) for fixing my 'ke' and 'di' for the hundredth time.",
         {"mentions": ["dewi_tandem"]}),
        (3104, "2026-04-08 23:10", "+10:00",
         "Kata baru: 'disita' = seized. Used it for real tonight, we held a man off the Denpasar flight with two "
         "kilos of something in the lining of his surfboard bag. Saya capek sekali.", {}),
        (3105, "2026-05-02 20:45", "+10:00",
         "Adik saya Omid (my little brother) says my accent sounds like a GPS. Rude but fair.", {}),
        (3106, "2026-06-16 21:20", "+10:00",
         "Kartu kredit saya... sembilan ribu dolar. Nine grand on the card and rent on my unit in Manunda went up "
         "again. Belajar kata 'hutang' (debt) with real feeling.", {}),
        (3107, "2026-07-01 12:30", "+10:00", "Menonton Border Security dengan subtitle Indonesia. Aneh sekali.", {}),
        (3109, "2026-07-20 23:40", "+10:00",
         "Kata baru: 'rusak' = broken. As in: the SmartGates were rusak for the whole Denpasar arrival tonight "
         "and the backup terminal kept logging us out, so every passport went through the manual desk. #belajar", {}),
        (3108, "2026-08-09 09:00", "+10:00", "Pasar Minggu di Rusty's hari ini. Mangga! 🥭", {}),
    ],
    "others": {"dewi_tandem": "Dewi Kusuma"},
}

PHOTOS: list = []
