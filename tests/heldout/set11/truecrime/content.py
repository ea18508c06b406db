"""Declan Moorcroft (FICTIONAL): true-crime podcaster, Melbourne. A NEGATIVE CONTROL.

He makes a podcast about drug importations and the people who investigated them; his show notes name
Border Force, operations, the port and a former customs officer he interviewed, none of which makes him
staff. A microformats blog with RSS and a Mastodon-style account. Every name and address is invented.
"""
NAME = "Declan Moorcroft"

BLOG = {
    "path": "blog",
    "title": "Cold Containers: show notes",
    "card_note": "A true-crime podcast about what comes through the ports. Tips and corrections welcome.",
    "posts": [
        ("ep-31", "2026-02-20 18:00", "+11:00", "Ep 31: the pineapple shipment",
         ["This week: the 2009 case where Border Force officers found cocaine packed inside tinned pineapple at the "
          "Port of Melbourne. Everything here comes from the court transcripts and the news coverage of the time.",
          "Thanks as always to my co-host Cilla (Priscilla Voss), who did the reading so I didn't have to."],
         ["episodes"], None),
        ("ep-32", "2026-03-19 18:00", "+11:00", "Ep 32: the man who ran Operation Kestrel Reach",
         ["We interview a former customs officer, now retired, about the operation that made his career. He asked "
          "us not to use his name, and we haven't.",
          "He also explains how the cargo system flagged the consignment, as described in the sentencing remarks."],
         ["episodes"], None),
        ("ep-33", "2026-04-23 18:00", "+10:00", "Ep 33: why I record at home",
         ["Listeners ask about the echo. Our flat in Brunswick East has one carpeted room and my wife Anouk has "
          "kindly surrendered it to the podcast.",
          "If you have a story for us, email me directly: declan.moorcroft@wavelength.example"],
         ["meta"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "coldcontainers",
    "display_name": "Declan | Cold Containers",
    "summary": "<p>True crime about the ports. Podcast host. Melbourne.</p>",
    "notes": [
        (1401, "2026-03-01 12:00", "+11:00", "New season drops Friday. Yes there's a Border Force episode. No, I've never worked there.", {}),
        (1402, "2026-05-05 20:00", "+10:00", "Researching the detention centre at Broadmeadows for a listener Q&A. Lots of FOI reading.", {}),
        (1403, "2026-06-12 09:15", "+10:00", "Cilla brought a dog to the recording. It is a border collie and it does not respect the mute button.", {}),
    ],
}
