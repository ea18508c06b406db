"""Maureen Ashby (FICTIONAL): Home Affairs citizenship-test officer in Bendigo; a book-review blog."""
NAME = "Maureen Ashby"

HOME = (-36.79900, 144.24300)

BLOG = {
    "path": "blog",
    "title": "Shelf Notes",
    "card_note": "Book reviews from a reading chair in central Victoria.",
    "card_job": "Citizenship Test Officer",
    "card_org": "Department of Home Affairs",
    "locality": "Kangaroo Flat",
    "region": "VIC",
    "author_email": "maureen.ashby@homeaffairs.gov.au",
    "posts": [
        ("the-rain-heron", "2026-02-10 20:00", "+11:00", "Review: The Rain Heron",
         ["A strange, cold, lovely book. Four stars.",
          "Graham, my husband of 31 years, fell asleep in chapter two and claims he 'got the gist'. He did not."],
         ["review", "fiction"], None),
        ("tomorrow-and-tomorrow", "2026-03-17 21:10", "+11:00", "Review: Tomorrow, and Tomorrow, and Tomorrow",
         ["Read this in the gaps between test sessions, which tells you how gripping it is.",
          "We ran 22 candidates on Tuesday and 9 failed, nearly all on the Australian values questions. The new question "
          "bank goes live on 1 March and nobody has seen it yet, including us. Anyway: three and a half stars."],
         ["review"], None),
        ("the-bee-sting", "2026-04-22 19:40", "+10:00", "Review: The Bee Sting",
         ["Our team leader Moira lent me this and it has now been passed around half the Hargreaves Street office.",
          "Candidates who want to rebook can ring our desk on 02 5550 4410, by the way, since three of you asked in "
          "the comments. Five stars for the book."],
         ["review", "irish"], None),
        ("lessons-in-chemistry", "2026-05-30 16:25", "+10:00", "Review: Lessons in Chemistry",
         ["Ellie, our youngest, who is studying nursing at Federation Uni in Ballarat, made me read it. She was right."],
         ["review"], None),
        ("book-club-night", "2026-06-19 22:00", "+10:00", "Book club, and a confession",
         ["Book club is the first Thursday of the month, 7pm, at Pat Delaney's on Retreat Road. Pat, I am bringing the "
          "lemon slice again, sorry.",
          "Our border collie Biscuit has eaten the corner of the library copy. I will be paying for that."],
         ["bookclub"], None),
        ("test-room-kiosks", "2026-07-28 20:30", "+10:00", "Not a review: a grumble",
         ["A dull one. The test-room kiosks still log themselves in as TESTADMIN on an old Windows 10 image, and twice "
          "this month a candidate has wandered out of the test and into the desktop. I have mentioned it. Twice."],
         ["work", "grumbles"], None),
        ("reading-chair", "2026-09-06 15:15", "+10:00", "The reading chair, in spring",
         ["My reading chair is back out under the apricot tree. Two chapters and a cup of tea before the wind got up."],
         ["garden"], HOME),
    ],
}
