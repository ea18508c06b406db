"""Murray Henshaw (FICTIONAL): ABF air-cargo examination officer at Melbourne Airport, home in Moama.

A trivia and crossword blog whose feed is authored under his work email. Every name is invented.
"""
NAME = "Murray Henshaw"

BLOG = {
    "path": "clues",
    "title": "Cryptic on the Murray",
    "card_note": "Quiz nights, cryptic crosswords and the odd rant from the river.",
    "author_email": "murray.henshaw@abf.gov.au",
    "posts": [
        ("bowlo-quiz-wrap", "2026-02-12 22:15", "+11:00", "Bowlo quiz wrap: second again",
         ["Wednesday 7:30 at the Moama bowling club as always, and Quizteama Aguilera came second by a point. "
          "Cheers to Pauline Roach for knowing the 1986 grand final score. Pauline, you carried us."],
         ["quiz"], None),
        ("clues-on-the-calder", "2026-02-19 20:40", "+11:00", "Clues on the Calder",
         ["People ask how I solve the Saturday cryptic so fast. Four days on at the cargo sheds at Tulla for Border "
          "Force and two and a half hours each way from Moama, so I leave at 4am for the 6:30 start and do the "
          "clues in my head on the Calder. Wife Jenny says it's not healthy. Jenny sets the Saturday puzzle for the "
          "club newsletter, so she would know."],
         ["crosswords", "commute"], None),
        ("work-clue", "2026-02-26 21:00", "+11:00", "Work clue of the week",
         ["Twelve kilos, white, hidden in a pallet of tile adhesive (7). Answer: our Tuesday find at the sheds. "
          "Can't say more, but the dog team earned their biscuits."],
         ["work"], None),
        ("grandad", "2026-03-05 19:30", "+11:00", "An anagram of frustration",
         ["Our new x-ray at the sheds can't talk to the cargo system (we call it Grandad), so every image gets "
          "saved to a USB stick and walked across the floor. Thirty years of computers and we're back to sneakernet. "
          "Anagram of that, anyone?"],
         ["rants"], None),
        ("seventeen-across", "2026-03-12 21:20", "+11:00", "Seventeen across",
         ["Last week's hardest: 'Large shop arranged in sections (10,5)'. Department store. And the 9 down "
          "everyone hated was border collie. Sorry."],
         ["crosswords"], None),
    ],
}
