"""Priya Ellery (FICTIONAL): 29, APS5 in a Home Affairs branch in Canberra; a wedding-planning blog.

Microformats blog with RSS; one item carries a georss point at home. Every name, number and address is invented.
"""
NAME = "Priya Ellery"

BLOG = {
    "path": "blog",
    "title": "Something Borrowed, Something Budgeted",
    "card_note": "Planning a Canberra wedding on a public servant's pay. Write to me: priya.weds@mailbox.example",
    "posts": [
        ("the-yes", "2026-01-12 20:00", "+11:00", "He asked!",
         ["Sam (my fiancé! Sam Okonjo!) asked at the top of Mount Taylor at sunrise. I cried, he cried, a kangaroo "
          "watched.", "Wedding is booked for March next year. Let the spreadsheets begin."], ["engagement"], None),
        ("budget-reality", "2026-02-08 21:30", "+11:00", "Budget reality check",
         ["Venue deposit went on the credit card, the dress is on a 12-month personal loan, and we've taken $6k "
          "in Afterpay for the little things. Total wedding debt is about $31k before the big day. Breathe.",
          "My APS5 pay at Home Affairs does not stretch like the Pinterest boards do."], ["budget"], None),
        ("bridesmaids", "2026-02-25 19:00", "+11:00", "My girls",
         ["Maid of honour is my uni bestie Georgie Latimer, who has promised no inflatable anything at the hens.",
          "Sam's mum Ngozi (future MIL!!) is making the cake, which is both terrifying and lovely."], ["party"], None),
        ("dress-fittings", "2026-03-10 18:45", "+11:00", "Fittings around the 7:10 bus",
         ["Fittings are Thursdays at 5:30 in Manuka. I get the 7:10 Rapid from the Tuggeranong interchange every "
          "morning to the office at Belconnen, so Thursday is a long day."], ["dress"], None),
        ("work-vs-wedding", "2026-03-24 21:00", "+11:00", "When work eats the wedding budget",
         ["Can't promise a honeymoon abroad: our whole branch is being merged into the new Migration Integrity "
          "Division in July, and word is 40 positions go, mine maybe included. Not announced yet, so shh."],
         ["work"], None),
        ("garden-dry-run", "2026-04-05 15:00", "+10:00", "Backyard dry run for the arch",
         ["Test-built the flower arch in our yard. Our street backs onto the Kambah District Park so the photos "
          "have gum trees for free."], ["diy"], (-35.3869, 149.0583)),
    ],
}
