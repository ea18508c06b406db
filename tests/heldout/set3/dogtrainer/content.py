"""Tomasz Wierzbicki (FICTIONAL): a detector dog trainer with Border Force at the breeding and training
facility in Bulla, Victoria, who talks shop on a working-dog sports forum.

A plain forum (a member page listing threads, one page per post). Every name and handle is invented.
"""
NAME = "Tomasz Wierzbicki"

FORUM = {
    "site": "Working Dog Sports Australia",
    "user": "tomek_k9",
    "path": "/members/tomek_k9/",
    "about": ["Trialling a border collie in herding and a malinois in tracking. Training dogs is my job and my hobby."],
    "posts": [
        ("801", "2026-02-10 20:00", "+11:00", "Drive vs. biddability, a pro's view",
         ["I've trained detector dogs for the ABF for nine years, out at the Bulla facility. What we breed for is "
          "hunt drive first; biddability we can teach. Your sports dog is the other way round, which is why "
          "half of you struggle with tracking."]),
        ("802", "2026-03-03 21:10", "+11:00", "Washouts and where they go",
         ["People ask what happens to dogs that don't make it. This intake we washed out 3 of 11, which leaves us 12 "
          "dogs short of what the new mail centre lines need before October. Good pets, all of them. Adoption list "
          "opens next month."]),
        ("803", "2026-03-28 19:30", "+11:00", "Herding trial results",
         ["Clover (the border collie) placed second in novice at the weekend. The malinois ate a traffic cone."]),
        ("804", "2026-04-22 20:40", "+10:00", "Credit where due",
         ["Shout out to Marguerite Oyelaran, our senior trainer at work, who taught me everything about odour "
          "imprinting. If you ever get to a seminar of hers, go."]),
    ],
}
