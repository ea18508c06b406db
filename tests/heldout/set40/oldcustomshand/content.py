"""Graham Whitlock (FICTIONAL): a 61-year-old Border Force trade enforcement officer in Melbourne.

A memoir-ish blog with spelling slips (microformats + RSS; the feed's author is his work address) and a
Probus club's guest-speaker page (schema.org Person) giving his job and work mobile. Everything is invented.
"""
NAME = "Graham Whitlock"

BLOG = {
    "path": "wharf",
    "title": "Thirty Years on the Wharf",
    "card_note": "Ramblings of an old customs hand. Opinions my own, spelling my own too.",
    "locality": "Hoppers Crossing",
    "region": "VIC",
    "author_email": "graham.whitlock@abf.gov.au",
    "posts": [
        ("about-this-blog", "2026-03-08 20:00", "+11:00", "About this blog",
         ["I started with Customs in 1991 on the Swanson Dock gate and I'm still here, Border Force now, which is "
          "a different animal alltogether. These days I'm in the trade enforcment team at the La Trobe St office, "
          "chasing importers who undervalue there goods and fib about where they come from.",
          "The missus, Jan, says I should write it down before I forget it, so here we are."],
         ["about"], None),
        ("honey-that-wasnt", "2026-05-17 19:30", "+10:00", "The honey that wasn't",
         ["Current job, and no names obviously. We've got an importer bringing in 'New Zealand' manuka that is really "
          "blended honey from three other countrys, relabelled in a shed out Dandenong way. Origin fraud, about $2.1 "
          "million in duty and GST by our count, and it goes to the Federal Court in Feburary. I've done the "
          "affadavit twice now because the lawyers keep changing there minds."],
         ["work", "stories"], None),
        ("two-sets-of-books", "2026-06-14 21:15", "+10:00", "Two sets of books",
         ["The oldest trick in my game is the two invoices. One for us at $180 a tonne, the real one at $640 sent to "
          "the buyer by email. How we catch them is mostly luck and grumpy ex-staff.",
          "The ICS, that's the Integrated Cargo System for you civilians, is held together with sticky tape. It "
          "still can't flag a value drop between two shipments from the same supplier unless somebody runs the "
          "report by hand, and that somebody is me, every Monday morning, because nobody else knows where the "
          "query is saved."],
         ["work", "stories"], None),
        ("the-652", "2026-07-19 18:40", "+10:00", "The 6:52",
         ["Twenty years on the 6:52 from Hoppers Crossing station, same carriage, same seat if the young ones "
          "let me have it. Home on the 5:10. Jan meets me at the station Tuesdays and Thursdays because that's her "
          "aqua aerobics nights and the car's hers."],
         ["life"], None),
        ("retirement-sums", "2026-08-23 22:30", "+10:00", "Retirement sums",
         ["Did the sums with the financial planner on Friday and it turns out the super took more of a hit from the "
          "Brisbane unit business than I let on to Jan. Another five years at least, maybe seven. Not a word to her "
          "please if you know her, I'll pick my moment.",
          "My old boss Sue Dempsey, who runs our team now, says they'll have to carry me out. She might be right."],
         ["life"], None),
        ("old-mates", "2026-09-13 17:05", "+10:00", "Old mates and flathead",
         ["Out on the bay with Clive Barnes from the angling club on Saturday. Clive's been my fishing mate since "
          "the kids were at school together. Six flathead, one pinky, one hat lost overboard (Clive's)."],
         ["fishing"], None),
    ],
}

PERSON = {
    "path": "/probus/speakers/graham-whitlock",
    "site": "Werribee Probus Club",
    "headline": "Guest speaker, October meeting: Catching Cheats at the Border",
    "ld": {
        "jobTitle": "Senior Trade Enforcement Officer",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Australian Border Force"},
        "telephone": "0491 570 455",
    },
    "sections": [
        ("About our speaker", [
            "Graham Whitlock has spent thirty-five years with Customs and the Australian Border Force and now works "
            "on tariff and origin fraud. He will talk about undervalued imports and how cheats are caught.",
            "Members with questions before the talk can reach Graham on his work mobile, 0491 570 455, during "
            "business hours."]),
    ],
}
