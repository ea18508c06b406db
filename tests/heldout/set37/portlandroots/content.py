"""Graham Toohey (FICTIONAL): Border Force officer at the Port of Portland, Victoria, 59; a genealogy blog.

Long reflective family-history posts whose RSS feed is authored under his work email; one post carries a
georss point at his house. Every name, address and number is invented; the point is rounded on an
ordinary street.
"""
NAME = "Graham Toohey"
HOME = (-38.32650, 141.59620)

BLOG = {
    "path": "blog",
    "title": "Toohey Threads",
    "card_note": "Chasing Tooheys, Quarrells and a few Blatch strays across the Western District since 1998. "
                 "Portland, Vic. Member of the Glenelg Family History Circle.",
    "author_email": "graham.toohey@abf.gov.au",
    "posts": [
        ("the-quiet-house", "2026-02-08 20:30", "+11:00", "The quiet house",
         ["I have put off writing this one. Longer than usual, so put the kettle on.",
          "Maureen went to her sister's in Warrnambool at Christmas, and in March she rang to say she would not be "
          "coming back. Thirty-four years. I am not going to air it all here, but I will say the house up in "
          "Portland North has been very quiet, and the evenings are long, and some nights the only voice I hear "
          "after handover is the bloke on the wireless doing the shipping forecast. The research has been a "
          "mercy. You can sit with the dead for hours and they never ask how you are going.",
          "If anyone from the Circle reads this: yes, I will still bring the scones on Thursday."],
         ["personal"], HOME),
        ("dulcie", "2026-02-22 19:10", "+11:00", "Mum, Dulcie Toohey (née Quarrell)",
         ["Mum's birth certificate finally came through from Births, Deaths and Marriages, and it settles the "
          "argument: Dulcie Toohey (née Quarrell) was born at Heywood in 1936, not Condah. My brother Ray, who "
          "still lives in Hamilton and is never wrong about anything, owes me a beer.",
          "Ray says the Quarrells came out on the Lady Kennaway. I say prove it. Next stop, the passenger lists."],
         ["Quarrell", "Toohey"], None),
        ("noreen-and-the-parish-books", "2026-03-12 21:00", "+11:00", "Noreen and the parish books",
         ["Thursdays after handover, about 2.30, I go up to the Circle's room at the back of the library and Noreen "
          "Blatch has usually got the kettle on and three parish registers open already. Noreen is eighty-one and "
          "reads copperplate faster than I read the paper.",
          "This week Noreen found a Blatch baptism that might make us fourth cousins. She is delighted. I am "
          "mildly alarmed."],
         ["Blatch", "Circle"], None),
        ("thirty-one-years", "2026-04-10 20:45", "+10:00", "Thirty-one years on the wharf",
         ["A bit of a departure from the usual. Somebody at the Circle asked what I actually do, so here it is: "
          "thirty-one years in Customs, which has been Border Force since 2015, most of it at the wharf office at "
          "the Port of Portland. Ships in, crews checked, paperwork, and a fair bit of standing in the wind.",
          "Last month was a strange one. Two young blokes were found in the hold of a fertiliser ship the morning "
          "she berthed. We had them in the crib room for nine hours with sandwiches and a heater while we waited "
          "for Melbourne to send someone down, and the master was not happy about the delay to unloading. I still "
          "think about the younger one, who would not let go of a plastic bag of photographs. Family history of "
          "another kind.",
          "Luke Faraday, the young bloke I work with, did most of the talking through the phone interpreter. "
          "Luke is good at that. I am better at the sandwiches."],
         ["work", "reflections"], None),
        ("the-laptop-and-the-phone", "2026-05-02 18:15", "+10:00", "On old technology",
         ["A confession for the technophobes. At work, when the line to the office drops (most windy days), the "
          "laptop with ICS on it has to tether to my own phone so we can lodge anything at all. Luke calls it "
          "'the Graham hotspot'. At home I still use a 2009 desktop for the family tree and I am not sorry.",
          "Backups, though. Everyone back up your GEDCOM files. I learned that the hard way in 2019."],
         ["technology"], None),
        ("kirsty", "2026-06-14 17:40", "+10:00", "A visitor from Ballarat",
         ["My daughter Kirsty came down from Ballarat for the long weekend, between her shifts at the hospital "
          "there. We drove to the old Quarrell selection at Condah and stood in a paddock where a house used to "
          "be. She took photographs of me pointing at grass. It was the best day I have had this year.",
          "She left a casserole in the freezer. I think she is worried about me. She need not be."],
         ["family"], None),
    ],
}
