"""Graham Whitcombe (FICTIONAL): a Border Force superintendent at Melbourne Airport, near retirement.

A long-form microformats2 blog with its RSS feed (the feed carries his work
email as author) and a schema.org Person page like a professional profile.
Every name, address and number is invented.
"""
NAME = "Graham Whitcombe"

BLOG = {
    "path": "journal",
    "title": "Thirty Years at the Gate",
    "card_note": "Reflections of a long-serving public servant. Views my own.",
    "locality": "Sunbury",
    "region": "VIC",
    "author_email": "graham.whitcombe@abf.gov.au",
    "posts": [
        ("farewell-priya", "2026-02-06 19:30", "+11:00", "A farewell, and a few thoughts on loyalty",
         ["On Friday we farewelled Priya Natarajan, who has been an inspector on my shift at Tullamarine for "
          "eleven years. She knew every airline station manager by name and could read a nervous passenger "
          "from the back of the queue.",
          "I have been thinking about loyalty since. The organisation asks a great deal of people like Priya "
          "and gives back a cake and a card."],
         ["work", "people"], None),
        ("contactless-trial", "2026-02-24 21:00", "+11:00", "What the new arrivals trial will change",
         ["From March the international terminal will trial contactless arrivals processing for Australian "
          "passport holders. The working group I sit on recommended removing the second document check at the "
          "primary line, and the Commander signed it off last week.",
          "On a bad night we still hold a dozen or more passengers for secondary; last Tuesday it was fourteen, "
          "two of whom were refused entry and are being removed on the morning flight."],
         ["work"], None),
        ("smartgate-blackout", "2026-03-11 22:15", "+11:00", "Forty minutes without the gates",
         ["The SmartGates at T2 lost their link to the passenger database for forty minutes on Wednesday. "
          "The kiosks fell back to manual processing and the queue reached the duty free. Nobody upstairs "
          "seems interested in why the failover did not fail over."],
         ["work", "technology"], None),
        ("passed-over", "2026-04-14 20:40", "+10:00", "On being passed over",
         ["I was passed over for the Commander role again. Twenty-seven years of service, and the job went to "
          "someone who has never worked a primary line. I will not pretend it does not sting.",
          "Jenny says I should take the package and go. Some nights I think she is right."],
         ["personal"], None),
        ("hamish-grand-final", "2026-05-24 18:00", "+10:00", "Hamish kicks four",
         ["My son Hamish kicked four goals for the Sunbury Lions under 16s on Saturday. His mother and I were "
          "hoarse by three-quarter time."],
         ["family", "footy"], None),
        ("parkrun-100", "2026-06-28 11:00", "+10:00", "One hundred parkruns",
         ["Every Sunday at 7am, rain or shine, I run the Jacksons Creek parkrun. This morning was my hundredth. "
          "Thanks to Bruce Lindqvist, who has paced me for most of them and never once let me walk the hill."],
         ["running"], None),
    ],
}

PERSON = {
    "path": "/people/graham-whitcombe",
    "site": "ProNet",
    "headline": "Superintendent, Australian Border Force · Melbourne Airport",
    "ld": {
        "jobTitle": "Superintendent, Passenger Operations",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Australian Border Force"},
        "workLocation": {"@type": "Place", "name": "Melbourne Airport, Tullamarine VIC"},
        "email": "graham.whitcombe@abf.gov.au",
        "telephone": "+61 3 9338 4102",
        "alumniOf": "Victoria University",
    },
    "sections": [
        ("About", ["Twenty-seven years in border operations, the last nine leading passenger processing teams at "
                   "Melbourne Airport. Interested in queue design, people leadership and running."]),
        ("Contact", ["Work: graham.whitcombe@abf.gov.au · (03) 9338 4102"]),
    ],
}
