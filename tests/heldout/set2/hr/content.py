"""Janelle Pocock (FICTIONAL): HR business partner in the department's Canberra corporate group.

Her choir's member page (schema.org Person JSON-LD; the text names her employer, office and weekly
rehearsal and gives her work number for choir business) and a reflective microformats2 blog with RSS
(a restructure she is drafting letters for, being passed over, the new HR system, a farewell, her
in-laws). Every name and number is invented (02 5550 xxxx is reserved for fiction).
"""
NAME = "Janelle Pocock"

PERSON = {
    "path": "/members/janelle-pocock",
    "site": "Canberra Harmony Chorus",
    "headline": "Alto section leader",
    "ld": {
        "jobTitle": "Alto section leader",
        "memberOf": {"@type": "MusicGroup", "name": "Canberra Harmony Chorus"},
        "sameAs": ["{{BASE}}/notes/"],
    },
    "sections": [
        ("About Janelle", [
            "By day Janelle looks after workforce relations for the Department of Immigration and Border "
            "Protection at its Belconnen office; by night she wrangles our altos.",
            "Rehearsals are every Tuesday, 7.30pm at the Wesley Music Centre in Forrest, and Janelle runs the "
            "alto sectional from 7."]),
        ("Contact", [
            "For section business call Janelle during office hours on 02 5550 7723 (work)."]),
    ],
}

BLOG = {
    "path": "notes",
    "title": "Notes from the Middle",
    "card_note": "Middle management, middle age, middle C.",
    "rel_me": [("Choir", "/members/janelle-pocock")],
    "posts": [
        ("restructure", "2026-03-03 20:30", "+11:00", "The restructure has landed",
         ["It's official: 212 positions in the Corporate group are going by 30 June, and I'm the one drafting "
          "the redundancy letters. Voluntary packages first, then the spill.",
          "And the EL1 job I've been acting in for eighteen months went to someone from outside. I trained her "
          "predecessor. I'm not bitter. I'm a little bitter."],
         ["work"], None),
        ("aurora", "2026-04-16 21:00", "+10:00", "Aurora ate our leave balances",
         ["The new HR system went live on Monday. Aurora, they called it, like it's a dawn. It's SAP under the "
          "hood with a new coat of paint, and the migration zeroed everyone's long service leave in the "
          "payroll module. Three days of phones ringing."],
         ["work"], None),
        ("farewell", "2026-05-29 19:00", "+10:00", "Farewell, Min-jun",
         ["Said goodbye to Min-jun Park from our employee relations team today, off to Finance after nine "
          "years with us. He taught me everything about enterprise agreements worth knowing."],
         ["work", "people"], None),
        ("sunday-roast", "2026-06-14 18:00", "+10:00", "Sunday roast",
         ["Sunday roast with my in-laws, Pat and Doug Pocock, at their place in Weston. Doug carved, Pat "
          "supervised, and Graham and I washed up like it's 1998."],
         ["family"], None),
    ],
}
