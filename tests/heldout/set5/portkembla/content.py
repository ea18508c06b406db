"""Desmond Achterberg (FICTIONAL): ABF superintendent, Port Kembla; formal profile and a birding blog. All invented."""
NAME = "Desmond Achterberg"

PERSON = {
    "path": "/profile/desmond-achterberg",
    "site": "Illawarra Professionals Network",
    "headline": "Superintendent, Maritime and Cargo · Australian Border Force · Port Kembla",
    "ld": {
        "jobTitle": "Superintendent, Maritime and Cargo",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Australian Border Force"},
        "email": "mailto:desmond.achterberg@abf.gov.au",
        "telephone": "+61 2 5550 4418",
        "alumniOf": "University of Wollongong",
    },
    "sections": [
        ("Summary", [
            "Twenty-six years in customs and border protection across Sydney, Newcastle and the Illawarra. Currently "
            "responsible for maritime and cargo operations at Port Kembla. Interested in leadership, port "
            "partnerships and coastal bird conservation.",
            "Professional enquiries: desmond.achterberg@abf.gov.au or 02 5550 4418."]),
    ],
}

BLOG = {
    "path": "birds",
    "title": "Escarpment to Sea",
    "card_note": "A retired-in-spirit birder on the Illawarra coast.",
    "posts": [
        ("sooty", "2026-02-22 13:00", "+11:00", "Sooty oystercatchers at Killalea",
         ["Every Sunday at 6am, rain or shine, I walk the headland at Killalea. This week a pair of sooty "
          "oystercatchers, and my birding companion Pip Coutts spotted a white-bellied sea eagle before I did, "
          "which she will not let me forget."], ["birds"], None),
        ("figtree", "2026-03-08 17:30", "+11:00", "Garden visitors",
         ["Eastern spinebills back in the grevilleas at our place in Figtree. My better half Ingrid keeps the "
          "feeder topped up and claims all the credit."], ["garden"], None),
        ("felix", "2026-03-29 16:00", "+11:00", "A new birder",
         ["Took our grandson Felix out with the binoculars for the first time. Seven years old and already more "
          "patient than me. His school, Farmborough Road Public, is doing a bird count next term."], ["family"], None),
        ("harbour", "2026-04-12 09:00", "+10:00", "Harbour terns",
         ["Crested terns on the breakwall. It was a quieter week at work, for once, with the second cargo "
          "examination team stood down after the restructure; I had time for lunch outside."], ["birds"], None),
        ("shorebirds", "2026-04-26 12:00", "+10:00", "Shorebird count",
         ["Counted 140 red-necked stints on the flats. The department store car park at Warrawong had more "
          "gulls than the beach."], ["birds"], None),
    ],
}
