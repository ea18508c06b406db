"""Imogen Szabo (FICTIONAL): a senior legal officer in the department's Sydney office, 35.

A formal professional profile with schema.org Person JSON-LD (official contact details), and a
reflective microformats2 blog with its RSS feed. Every name, number and address is invented
(02 5550 xxxx is reserved for fiction).
"""
NAME = "Imogen Szabo"

PERSON = {
    "path": "/people/imogen-szabo",
    "site": "Public Law Network",
    "headline": "Senior Legal Officer, Department of Home Affairs (Legal Group), Sydney",
    "ld": {
        "jobTitle": "Senior Legal Officer",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Home Affairs"},
        "workLocation": {"@type": "Place", "name": "Sydney office, Haymarket"},
        "email": "mailto:imogen.szabo@homeaffairs.gov.au",
        "telephone": "02 5550 3187",
        "alumniOf": "University of Sydney",
        "knowsAbout": ["administrative law", "migration litigation", "judicial review"],
        "sameAs": ["{{BASE}}/blog/"],
    },
    "sections": [
        ("Summary", [
            "Public lawyer with ten years' experience in migration and administrative law litigation. "
            "Currently instructing in judicial review matters for the Department of Home Affairs from its Sydney "
            "office in Haymarket.",
            "Enquiries about speaking engagements: imogen.szabo@homeaffairs.gov.au or 02 5550 3187."]),
        ("Experience", [
            "Senior Legal Officer, Department of Home Affairs, 2022 to present.",
            "Associate to a judge of the Federal Circuit Court, 2016 to 2017."]),
    ],
}

BLOG = {
    "path": "blog",
    "title": "Small Hours, Long Briefs",
    "card_note": "A lawyer's notebook: rowing, reading, raising a small human. Views mine.",
    "posts": [
        ("the-appeal", "2026-03-08 22:30", "+11:00", "Before the appeal",
         ["There is a particular quiet in the week before a hearing. Next month the Minister's appeal in a "
          "character cancellation matter goes before the Full Federal Court, and I have read the appeal book so many "
          "times the page numbers have become a kind of liturgy.",
          "Counsel thinks we lose on the second ground. So do I, privately, though I would never say it in the "
          "conference room. The respondent has been in detention for three years while we argue about a comma.",
          "I write this at midnight in the kitchen because it is the only place the thought will sit still."],
         ["work", "law"], None),
        ("iron-cove", "2026-04-21 19:00", "+10:00", "On the water",
         ["Tuesdays and Thursdays I am on the water at Iron Cove by 5:30, in the four with the Leichhardt masters "
          "crew. It is the only part of the week nobody can email me.",
          "My stroke seat, Felicity Osei, has the patience of a saint and the split times of a machine. She tells me "
          "to stop steering from the bow seat with my face."],
         ["rowing"], None),
        ("the-terrace", "2026-06-13 16:00", "+10:00", "Paint",
         ["We have lived in our narrow terrace in Marrickville for six years and this weekend Tom finally painted "
          "the front door. My husband chose a green he calls 'heritage' and I call 'pond'.",
          "Ada, who turns four on Thursday, helped by painting the cat. The cat has forgiven no one."],
         ["home", "family"], None),
        ("reading-offill", "2026-08-02 20:30", "+10:00", "Re-reading",
         ["Re-read The Department of Speculation on the train. Still the best novel about a marriage that I know, "
          "told in fragments, the way one actually remembers things."],
         ["books"], None),
        ("quiet", "2026-09-20 21:00", "+10:00", "Nothing much",
         ["Nothing to report. Spring smells like jasmine and two-stroke."],
         ["notes"], None),
    ],
}
