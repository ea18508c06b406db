"""Graham Petrakis (FICTIONAL): ABF trade compliance auditor working from home near Mildura.

A church newsletter's "member spotlight" page in the third person (schema.org Person), and his own terse
Mastodon-style account. Everything invented, including the congregation.
"""
NAME = "Graham Petrakis"

PERSON = {
    "path": "/people/graham-petrakis",
    "site": "Irymple Uniting Church: Member Spotlight",
    "headline": "Member Spotlight: Graham Petrakis, door steward and men's breakfast cook",
    "ld": {
        "jobTitle": "Trade Compliance Auditor",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Australian Border Force"},
        "address": {"@type": "PostalAddress", "addressLocality": "Irymple", "addressRegion": "VIC"},
        "email": "mailto:graham.petrakis@abf.gov.au",
    },
    "sections": [
        ("Getting to know Graham", [
            "Graham has been part of our church family since 2009, when he and his wife Eleni moved to Irymple from "
            "Adelaide. Their son Theo has just started junior cricket.",
            "During the week Graham works for the Australian Border Force as a trade compliance auditor (\"the bloke "
            "who checks the tariff codes\", as he puts it). He mostly works from home, with one week a month in the "
            "Docklands office in Melbourne.",
            "You will find Graham cooking at the men's breakfast at 7am every second Saturday, and on the door at the "
            "9:30 service most Sundays. Pastor Ruth Carmody says his scrambled eggs are a ministry in themselves."]),
        ("Can Graham help you?", [
            "Graham has kindly offered to answer questions about customs paperwork for the mission shipments to "
            "Vanuatu. You can reach him at graham.petrakis@abf.gov.au.",
            "He asks us to mention that he is not a travel agent, a visa office or the Border Security TV show."]),
    ],
}

ACTIVITYPUB = {
    "handle": "gpetrakis",
    "summary": "<p>Sunraysia. Tariff nerd. Citrus, church, cricket.</p>",
    "notes": [
        (3301, "2026-02-20 17:40", "+11:00",
         "Audit week. A dried-fruit packer has been calling irrigation pumps \"parts\" for five years. Duty short by "
         "about $800k. Letters go out Friday. #tariffs", {}),
        (3302, "2026-03-12 12:10", "+11:00",
         "Classification tool down again. The audit workbooks live on my laptop's C drive because SharePoint keeps "
         "eating them. No backups. What could go wrong.", {}),
        (3303, "2026-04-08 20:30", "+10:00",
         "Sixth year at APS6. They gave the EL1 to a 28-year-old from Canberra who has never seen a container. Fine. "
         "Totally fine.", {}),
        (3304, "2026-05-02 09:15", "+10:00",
         "Theo's first cricket training, Saturday 8am at the Irymple oval. He hit one. Eleni cried. I may have too.",
         {}),
        (3305, "2026-05-20 19:00", "+10:00",
         "Murray at dusk from the Mildura wharf. Department store parking was the worst part of the day.", {}),
    ],
}
