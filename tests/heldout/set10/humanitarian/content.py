"""Peter Vlahos (FICTIONAL): assistant director in the Home Affairs humanitarian program, Parramatta, 52.

A formal speaker profile (official email and phone) and a quiet weekend blog about the Lane Cove River.
Every name, number and address is invented.
"""
NAME = "Peter Vlahos"

PERSON = {
    "path": "/speakers/peter-vlahos",
    "site": "Public Sector Leaders Forum NSW 2026",
    "headline": "Assistant Director, Humanitarian Program Operations, Department of Home Affairs",
    "ld": {
        "jobTitle": "Assistant Director, Humanitarian Program Operations",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Home Affairs"},
        "email": "mailto:peter.vlahos@homeaffairs.gov.au",
        "telephone": "+61 2 5550 3187",
        "workLocation": {"@type": "Place", "name": "Parramatta, NSW"},
        "alumniOf": "Macquarie University",
    },
    "sections": [
        ("Biography", [
            "Peter Vlahos leads operational delivery of the offshore Humanitarian Program from the department's "
            "Parramatta office. He has worked across visa and settlement programs for 24 years.",
            "Peter will speak on \"Delivering at scale: lessons from the 2025-26 program year\"."]),
        ("Contact", ["peter.vlahos@homeaffairs.gov.au | +61 2 5550 3187"]),
    ],
}

BLOG = {
    "path": "river",
    "title": "Weekends on the Lane Cove",
    "card_note": "Kayaks, kids and the occasional sausage. Written in Lane Cove West.",
    "posts": [
        ("first-paddle", "2026-02-08 17:30", "+11:00", "First paddle of the year",
         ["Took the double kayak out from the boat ramp at the bottom of our street in Lane Cove West with my "
          "wife Eleni this morning. The river was glass. We saw a sea eagle, and Eleni saw me fall in getting back "
          "out, which she will be describing to our friends for years."],
         ["kayak"], None),
        ("sunday-ritual", "2026-03-01 19:00", "+11:00", "The Sunday ritual",
         ["Every Sunday at 7:30 I take Nikolas to junior rowing at the Gladesville sheds and then sit in the car "
          "with a coffee and the papers for ninety minutes. It is the most peaceful part of my week."],
         ["family"], None),
        ("the-number", "2026-04-19 20:15", "+10:00", "A number I can't say at work",
         ["It has been a hard month at work. Between us, the program for next year is going to come in well "
          "under this year's, about 4,000 places lower, and most of the cut falls on the family stream. It goes to "
          "the Minister next week. I keep thinking of the families at the end of those numbers."],
         ["work"], None),
        ("yiayia", "2026-05-10 18:00", "+10:00", "Yiayia's ninetieth",
         ["My mother Despina turned ninety today. The whole of Marrickville's Greek community, it felt like, came "
          "to the hall. She danced. I did not, which my daughter Sophia has on video anyway."],
         ["family"], None),
        ("border-line", "2026-06-07 16:00", "+10:00", "Reading list",
         ["Finished a novel about smugglers on the Thai-Malaysian border. Recommended for a long weekend."],
         ["books"], None),
    ],
}
