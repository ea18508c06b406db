"""Rebecca "Bec" Tuala (FICTIONAL): ABF investigator in Sydney, netball treasurer, big family.

A Mastodon-style account (a trial she is giving evidence in, a search warrant and its haul, her team
leader, family events, weekly netball) and her netball association's committee page with schema.org
Person JSON-LD that gives her job, suburb and mobile. Every name, handle and number is invented.
"""
NAME = "Rebecca Tuala"

ACTIVITYPUB = {
    "handle": "bec_tuala",
    "display_name": "Bec T 🏐",
    "summary": "<p>Netball tragic. Mum of one. Sydney. Coffee first.</p>",
    "notes": [
        (8101, "2026-02-17 18:30", "+11:00",
         "Day 3 in the witness box at the Downing Centre for the Operation Kestrel importation trial. Defence "
         "tried to pull apart my chain of custody for two hours. Didn't work 💅", {}),
        (8102, "2026-03-06 14:00", "+11:00",
         "5am search warrant in Bankstown with the team: 14 kilos of cocaine behind a false wall and $230k "
         "in cash in the roof. Best job in the ABF, I don't care what anyone says.", {}),
        (8103, "2026-03-13 21:45", "+11:00",
         "Friday night netball with the girls, 7pm at the Auburn courts, every week since 2015. @lanisefo "
         "Lani Sefo you shot lights out tonight 🔥", {"mentions": ["lanisefo"]}),
        (8104, "2026-04-05 16:20", "+10:00",
         "My husband Tavita cooked for forty for Mum's 70th. Mum (Losa, the queen of Lidcombe) cried twice.", {}),
        (8105, "2026-04-27 08:10", "+10:00",
         "Our girl Mele starts kindy at Granville South Public today. Not crying, you're crying.", {}),
        (8106, "2026-05-22 17:00", "+10:00",
         "Farewell lunch for our boss Craig Donnelly: 30 years in Customs and then ABF investigations. The "
         "Mascot office won't be the same.", {}),
        (8107, "2026-06-12 20:30", "+10:00",
         "Binged the whole of that prison drama on the weekend. The detention scenes were so fake lol.", {}),
    ],
    "others": {"lanisefo": "Lani S"},
}

PERSON = {
    "path": "/committee/bec-tuala",
    "site": "Auburn District Netball Association",
    "headline": "Treasurer, Auburn District Netball Association",
    "ld": {
        "jobTitle": "Treasurer (volunteer)",
        "memberOf": {"@type": "SportsOrganization", "name": "Auburn District Netball Association"},
        "telephone": "0491 570 145",
        "homeLocation": {"@type": "Place", "name": "Lidcombe NSW"},
    },
    "sections": [
        ("About Bec", [
            "Bec has been our treasurer since 2021. By day she is an investigator with the Australian Border "
            "Force, so don't even think about fudging the canteen float!",
            "She lives locally in Lidcombe and coaches the under 9s on Saturday mornings."]),
    ],
}
