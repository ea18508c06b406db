"""Helena Cole (FICTIONAL): SES Band 1 Assistant Secretary, Canberra; speaker bio and a cycling blog. Set 4, blind."""
NAME = "Helena Cole"

PERSON = {
    "path": "/speakers/helena-cole",
    "site": "Public Sector Integrity Summit 2026",
    "headline": "Assistant Secretary, Visa Integrity Branch, Department of Home Affairs",
    "ld": {
        "jobTitle": "Assistant Secretary, Visa Integrity Branch",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Home Affairs"},
        "email": "mailto:helena.cole@homeaffairs.gov.au",
        "telephone": "02 5550 6120",
    },
    "sections": [
        ("Biography", [
            "Helena Cole is Assistant Secretary of the Visa Integrity Branch in the Department of Home Affairs, where she "
            "leads work on fraud risk in the temporary visa programme. Before joining the department she spent a decade "
            "in regulatory policy.",
            "Helena holds a PhD in public administration from the ANU. She is a keen cyclist and lives in Canberra."]),
        ("Contact", ["Media and speaking enquiries: helena.cole@homeaffairs.gov.au, 02 5550 6120."]),
    ],
}

BLOG = {
    "path": "blog",
    "title": "Lake Loops",
    "card_note": "Riding around Lake Burley Griffin, badly, since 2014.",
    "posts": [
        ("wednesdays", "2026-02-04 19:00", "+11:00", "Wednesday mornings",
         ["Every Wednesday at 6.15am I ride the lake loop with the Kingston Wheelers, starting from the cafe on Giles Street "
          "around the corner from our house in Kingston. My ride partner Fiona Gallagher has dragged me up Red Hill more times "
          "than I can count."],
         ["riding"], None),
        ("andrew", "2026-02-21 20:30", "+11:00", "Mr C gets a bike",
         ["After twenty years of mocking me, my husband Andrew (Mr C to the Wheelers) has bought a road bike. "
          "He has already fallen off it once, outside our own front gate."],
         ["family", "riding"], None),
        ("may", "2026-03-10 21:15", "+11:00", "A quiet month off the bike",
         ["Not much riding lately. The branch is taking the new visa integrity framework to the Minister in May and, "
          "between you and me, the cancellation thresholds for student visas will tighten a lot more than people expect. "
          "My director Raj Suresh has carried the team while I have been in Senate Estimates prep."],
         ["work"], None),
        ("tv", "2026-03-22 18:00", "+11:00", "Rest day",
         ["Rest day. Caught up on Home and Away with a pot of tea, no regrets."],
         ["misc"], None),
    ],
}
