"""Margaret Lindqvist (FICTIONAL): retired, volunteer English tutor for newly arrived refugees in Hobart;
a NEGATIVE CONTROL. Her community group's newsletter-style blog talks about visas, Home Affairs letters,
citizenship tests and a news story about Border Force. Every name, email and group is invented.
"""
NAME = "Margaret Lindqvist"

BLOG = {
    "path": "notes",
    "title": "Welcome Table Tutors: Notes from Peg",
    "card_note": "Volunteer English conversation tutoring for new arrivals in southern Tasmania. Peg writes the notes.",
    "posts": [
        ("term-one", "2026-02-12 15:00", "+11:00", "Term one, welcome back",
         ["Dear friends, welcome back to another year of the Welcome Table. We meet every Thursday at 10am in the "
          "Glenorchy library meeting room, and I will be there with the urn on from 9:30 as always.",
          "A reminder that we are volunteers, not migration agents: if a learner brings you a visa question or a "
          "letter from the Department of Home Affairs, please point them to the legal service, however tempting it "
          "is to help."],
         ["news"], None),
        ("citizenship-test", "2026-03-19 14:30", "+11:00", "Practising for the citizenship test",
         ["Three of our learners sit the citizenship test next month. We have been practising the questions about "
          "parliament over scones. Ruth Abernethy, who has tutored with me for nine years, made flash cards."],
         ["citizenship"], None),
        ("news-this-week", "2026-04-23 16:00", "+10:00", "In the news this week",
         ["Several of you asked about the newspaper story on Border Force and the boat that arrived in the north. "
          "Our learners saw it too. It is not something we discuss at the table; kindness first.",
          "One learner's case officer has at last replied. Patience rewarded."],
         ["news"], None),
        ("winter", "2026-06-18 15:30", "+10:00", "Winter notes",
         ["Sven (my husband, for those who have not met him) has fixed the library's broken trolley. The walk home "
          "along Nutgrove Beach to our place in Sandy Bay was bitter but beautiful.",
          "New volunteers welcome: write to me at peg.lindqvist@mailbox.example."],
         ["volunteers"], None),
        ("detention-talk", "2026-08-13 15:00", "+10:00", "A talk about detention",
         ["The talk at the town hall about immigration detention was well attended. I learned a great deal and will "
          "share my notes at the table."],
         ["events"], None),
    ],
}
