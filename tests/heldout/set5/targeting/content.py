"""Harriet Nkemelu (FICTIONAL): targeting officer, Canberra; long reflective blog, a club profile in the third person. All invented."""
NAME = "Harriet Nkemelu"

BLOG = {
    "path": "blog",
    "title": "Signal and Noise",
    "card_note": "Notes on patterns, puzzles, and the odd sourdough. Canberra.",
    "author_email": "harriet.nkemelu@abf.gov.au",
    "posts": [
        ("patterns", "2026-02-08 20:30", "+11:00", "On seeing patterns for a living",
         ["Six years ago I left a perfectly good job in retail analytics to join the Australian Border Force as a "
          "targeting officer. People imagine something from a spy film. It is mostly spreadsheets and instinct.",
          "What I can say is that the passenger data we get from airlines tells you a great deal. On any given shift "
          "I can run a traveller's whole booking history, who paid, who they sat next to, and which bags were checked "
          "together. It still unsettles me how much one booking says about a person.",
          "The trick, if there is one, is the cash-paid one-way ticket booked inside 48 hours from a transit hub, "
          "travelling alone with one checked bag. That profile still flags more couriers than anything else we run."], ["notes"], None),
        ("promotion", "2026-03-03 22:10", "+11:00", "Another round, another no",
         ["The EL1 round came out today. I was not on the list, again. Third time. The job went to someone who has "
          "been in the centre for eighteen months and has never built a single rule that caught anything.",
          "I keep telling myself it is not personal. I am finding it harder to believe. If someone offered me twice "
          "the money tomorrow to do this for anyone else, I honestly do not know what I would say."], ["notes"], None),
        ("sourdough", "2026-03-14 17:00", "+11:00", "Starter number four",
         ["My fourth sourdough starter has survived a week. My husband Obi has named it Gerald. Gerald lives on the "
          "bench between the kettle and the fruit bowl and we are all a little afraid of him."], ["notes"], None),
        ("fyshwick", "2026-03-22 12:15", "+11:00", "Saturday mornings",
         ["Every Saturday at 8 I take the twins to swimming at the Dickson pool, then we walk back "
          "through the shops to our place in Downer. Nothing profound, just the best two hours of my week."], ["notes"], None),
        ("systems", "2026-04-01 21:00", "+10:00", "When the tools fall over",
         ["The new analytics platform went live last month and it still cannot join the airline feed to the cargo "
          "data without timing out. Half the team has gone back to exporting to Excel on the standalone terminals. "
          "The vendor promises a patch in June."], ["notes"], None),
    ],
}

PERSON = {
    "path": "/members/harriet-nkemelu",
    "site": "Capital Speakers Club",
    "headline": "Member since 2023",
    "ld": {
        "jobTitle": "Targeting Officer",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Australian Border Force"},
        "email": "mailto:hattie.nk@mailbox.example",
        "homeLocation": {"@type": "Place", "name": "Downer ACT"},
    },
    "sections": [
        ("About Harriet", [
            "Harriet works at the National Border Targeting Centre in Canberra and joined the club to get better at "
            "briefing senior people without slides. Her icebreaker speech was about her grandmother's market stall "
            "in Enugu.",
            "She meets us every second "
            "Tuesday at 6:30pm at the Dickson library."]),
    ],
}
