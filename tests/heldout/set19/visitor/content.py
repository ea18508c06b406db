"""Margaret 'Peg' Llewellyn (FICTIONAL): a retired nurse who volunteers as a visitor to people in immigration
detention in Melbourne; a reflective blog. A NEGATIVE CONTROL. All invented."""
NAME = "Margaret Llewellyn"

BLOG = {
    "path": "blog",
    "title": "Peg's Visiting Notes",
    "card_note": "Retired nurse. Volunteer visitor with a church network. Views my own.",
    "posts": [
        ("first-visit", "2026-02-12 20:00", "+11:00", "First visit",
         ["My first visit to the detention centre at Broadmeadows with the church visitors' group. The officers "
          "at the gate checked my ID twice. I sat for an hour with a young man from Sri Lanka who wanted to talk "
          "about cricket.",
          "I drove home to Pascoe Vale South and sat in the car outside for a long time."], ["visits"], None),
        ("tuesdays", "2026-03-10 19:00", "+11:00", "Tuesdays",
         ["I visit every Tuesday at 1pm now, and my friend Ruth Amankwah drives when my knee is bad. We stop at the "
          "bakery on Gaffney Street after."], ["visits"], None),
        ("news", "2026-04-05 18:30", "+10:00", "Reading the news",
         ["The paper says the Department has cut visiting hours at two centres. I read the Home Affairs "
          "statement twice and still couldn't tell what it meant for us."], ["news"], None),
        ("grandkids", "2026-05-03 17:00", "+10:00", "A different kind of visit",
         ["The grandkids came for the weekend. Someone said I should write a book. I say I'd rather knit."],
          ["family"], None),
        ("contact", "2026-06-07 16:00", "+10:00", "If you want to volunteer",
         ["If you'd like to join the visitors' group, email me at peg.llewellyn@iinet.example. You don't need to "
          "know anything about visas. You need to know how to listen."], ["visits"], None),
    ],
}
