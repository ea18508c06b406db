"""Maggie Dunleavy (FICTIONAL): character-cancellation case officer, Melbourne; reflective blog and a terse social account. All invented."""
NAME = "Maggie Dunleavy"

BLOG = {
    "path": "blog",
    "title": "Small Hours",
    "card_note": "Writing my way through insomnia. Balaclava, Melbourne.",
    "posts": [
        ("the-work", "2026-02-15 01:40", "+11:00", "The work I don't talk about",
         ["For four years I have been a case officer in the Department's character cancellations section, the "
          "people who prepare section 501 decisions. I do not talk about it at parties. I am writing about it here "
          "because I cannot sleep.",
          "This quarter our team has finalised 47 cancellations, most of them men who came here as toddlers. One of "
          "mine, a man I will only call the bikie from Dandenong, goes before the AAT next Wednesday, and if his "
          "lawyers get hold of the file notes I wrote in a hurry in January, we lose."],
         ["work"], None),
        ("pills", "2026-03-02 02:15", "+11:00", "Pills and payday",
         ["The GP has upped the sleeping tablets again. I take two now and still wake at three.",
          "I also took out a payday loan last week to cover the bond on this flat after the separation. Eight "
          "hundred dollars at a rate I am too embarrassed to write down. Nobody at work knows."],
         ["life"], None),
        ("housemate", "2026-03-20 19:00", "+11:00", "Tilly",
         ["My housemate Tilly Vance makes the flat bearable. She is a nurse at the Alfred, works nights, and leaves "
          "me notes on the fridge about which of my plants are dying.",
          "Tonight we sat on the step of our little street off Carlisle Street and ate dumplings out of the box."],
         ["life"], (-37.87220, 144.99270)),
        ("sister", "2026-04-04 11:00", "+11:00", "Nuala's wedding",
         ["My little sister Nuala is getting married in Ballarat in June. I am the maid of honour, which means a "
          "speech, which means more nights awake."],
         ["family"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "smallhours",
    "summary": "<p>Insomniac. APS. Plants. Balaclava.</p>",
    "notes": [
        (5401, "2026-02-19 07:35", "+11:00",
         "Office days are Mon and Thu: 96 tram at 7:40 from Carlisle St, in at Lonsdale Street by 8:20. WFH the rest.",
         {}),
        (5402, "2026-03-05 17:30", "+11:00",
         "My director Sanjay Rao told the whole floor today the section is being merged into the visa integrity "
         "branch in July and eleven positions go. We read it in the all-staff email after he said it.", {}),
        (5403, "2026-03-11 22:00", "+11:00", "3am again.", {}),
        (5404, "2026-03-26 12:30", "+11:00",
         "Someone asked if I watched the new season of that airport customs show. No. Absolutely not. 📺", {}),
    ],
}
