"""Eleanor Voss (FICTIONAL): an assistant director in visa policy, newly moved to Canberra.

A schema.org Person page (a choir's member directory) and a reflective
microformats2 blog with RSS. Every name and address is invented.
"""
NAME = "Eleanor Voss"

PERSON = {
    "path": "/members/eleanor-voss",
    "site": "Canberra Chamber Singers",
    "headline": "Alto · joined 2026",
    "ld": {
        "jobTitle": "Assistant Director, Visa Cancellation Policy",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Immigration and Border Protection"},
        "homeLocation": {"@type": "Place", "name": "Kingston ACT"},
    },
    "sections": [
        ("About", ["Eleanor moved to Canberra from Adelaide this year and sings alto. She rehearses with us every "
                   "Wednesday at 7pm at St John's, Reid."]),
    ],
}

BLOG = {
    "path": "notes",
    "title": "Low Notes",
    "card_note": "An alto, a walker, a reluctant Canberran.",
    "posts": [
        ("new-city", "2026-02-08 20:00", "+11:00", "A new city, a quiet flat",
         ["Three months in Canberra and I still know almost nobody. Weekends are long. I talk to the barista at "
          "the Kingston shops more than to anyone who is not at work, and I have started to dread Sundays.",
          "My partner Chris stayed in Adelaide with the house and the cat; we speak most nights, but it is not "
          "the same."],
         ["life"], None),
        ("drafting-season", "2026-03-10 21:30", "+11:00", "Drafting season",
         ["Work is all-consuming: my director, Anand Pillai, has us redrafting the character-test cancellation "
          "framework before the cabinet submission goes up in May, and the minister's office keeps moving the "
          "goalposts. I cannot say more, except that the changes will be significant."],
         ["work"], None),
        ("choir", "2026-03-26 22:00", "+11:00", "What choir gives back",
         ["Wednesday choir has saved my sanity. Margaret Ho, who sits next to me in the altos, has adopted me "
          "and insists on driving me home afterwards."],
         ["music"], None),
    ],
}
