"""Ingrid Solheim (FICTIONAL): NEGATIVE CONTROL. Migration-law academic who studies the department from outside:
submissions, FOI releases, detention visits, portal outages. Set 4, blind."""
NAME = "Ingrid Solheim"

PERSON = {
    "path": "/staff/ingrid-solheim",
    "site": "Faculty of Law, Southbank University (fictional)",
    "headline": "Associate Professor, Migration and Refugee Law",
    "ld": {
        "jobTitle": "Associate Professor",
        "worksFor": {"@type": "CollegeOrUniversity", "name": "Southbank University"},
        "email": "mailto:i.solheim@southbank-uni.example",
        "knowsAbout": ["visa cancellation", "immigration detention", "administrative review"],
    },
    "sections": [
        ("Research", [
            "Ingrid researches the law of visa cancellation and immigration detention. Her current project examines "
            "how the Department of Home Affairs uses character cancellations, using FOI documents and court files.",
            "Contact: i.solheim@southbank-uni.example"]),
    ],
}

BLOG = {
    "path": "blog",
    "title": "Notes from the Margins of the Migration Act",
    "card_note": "An academic's working notes. Long, footnoted, occasionally cross.",
    "posts": [
        ("submission", "2026-02-09 20:00", "+11:00", "Our submission on the new cancellation bill",
         ["This week our clinic lodged a submission to the Senate inquiry. The Department of Home Affairs' own figures "
          "show visa cancellations doubled in two years, and the explanatory memorandum does not say why.",
          "I am grateful, as always, to my co-author and old friend Dr Kwame Asante, who does the statistics so I do not have to."],
         ["submissions"], None),
        ("foi", "2026-02-26 21:30", "+11:00", "What the FOI documents say",
         ["The FOI documents released last month show detention numbers at one facility ran 40 per cent over capacity "
          "through winter. Border Force's response to our questions was, predictably, a media release."],
         ["detention", "FOI"], None),
        ("portal", "2026-03-12 19:00", "+11:00", "When the portal goes down",
         ["Students on my clinic spent Tuesday watching the ImmiAccount portal crash every ten minutes while clients' "
          "deadlines ran out. No public explanation from the department yet."],
         ["clinic"], None),
        ("sabbatical", "2026-03-29 18:30", "+11:00", "A sabbatical at home",
         ["Sabbatical, finally. I am writing at the kitchen table in our terrace in Fitzroy North while my partner Joel "
          "pretends the renovation will be finished by winter."],
         ["personal"], None),
    ],
}
