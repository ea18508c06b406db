"""Graham Ashby-Roe (FICTIONAL): Border Force officer at Bell Bay, northern Tasmania, 61.

A long, reflective microformats blog with its RSS feed. The feed's items are authored under his
official email; the author card prints his work mobile; one post carries a georss point at home.
Every name, address and number is invented.
"""
NAME = "Graham Ashby-Roe"

HOME = (-41.3712, 147.0489)      # an ordinary street in Legana, Tasmania, rounded

BLOG = {
    "path": "blog",
    "title": "Notes from the Tamar",
    "card_note": "Thirty-four years of ships, tides and paperwork. Reflections of an old customs hand.",
    "card_job": "Border Force Officer",
    "card_org": "Australian Border Force",
    "card_tel": "0491 570 460 (work mobile)",
    "author_email": "g.ashbyroe@abf.gov.au",
    "posts": [
        ("the-quiet-house", "2026-05-10 20:30", "+10:00", "The quiet house",
         ["It is two years this month since Margaret passed. The house in Legana is very quiet now, and I "
          "find I talk to the radio more than to people. Some evenings I do not speak a word from the time "
          "I leave Bell Bay until the next morning.",
          "Philippa rings from Hobart on Sundays when her shifts at the Royal allow. She is a midwife, and "
          "tired, and I try not to be another patient for her."],
         ["life"], HOME),
        ("bell-bay-mornings", "2026-05-24 19:00", "+10:00", "Mornings at Bell Bay",
         ["There is a particular grey the river goes at Bell Bay before seven, when the woodchip carriers "
          "are waiting on the tide. I have boarded ships there since the smelter was young.",
          "Last month a crewman from a woodchip carrier asked for asylum at the foot of the gangway. We sat "
          "with him in the office for nine hours until the Hobart people rang back. He had a photograph of "
          "his daughter he kept turning over in his hands."],
         ["work", "river"], None),
        ("the-plan", "2026-06-07 21:45", "+10:00", "The plan, such as it is",
         ["I have it on good authority, which is to say a draft that went round the office by mistake, that "
          "the Launceston office will close in July and Bell Bay boarding will move to fly-in teams out of "
          "Hobart. Two of us are to be offered redundancy. I expect I am one of the two.",
          "I have given thirty-four years, and they want to tip me out with a morning tea and a form letter. "
          "I find I am angrier about it than I expected to be. My supervisor, Superintendent Jo Marchetti, "
          "says it is above her pay grade, which I believe."],
         ["work"], None),
        ("machines", "2026-06-21 20:00", "+10:00", "On machines",
         ["The new cargo risk platform logs us out every twenty minutes and the office laptop still runs the "
          "Windows build from 2019. There is one security token between the three of us and it lives in "
          "the top drawer, on a lanyard, beside the tea bags."],
         ["work"], None),
        ("sunday-walk", "2026-07-05 18:00", "+10:00", "The Sunday walk",
         ["Every Sunday at seven I walk the Trevallyn dam loop, then coffee at the kiosk by the gorge, "
          "then home to the crossword. It is the one fixed point of my week and I guard it jealously."],
         ["life"], None),
        ("sailing-with-derek", "2026-07-19 19:30", "+10:00", "Sailing with Derek",
         ["My old friend Derek Vowles took me out on the Tamar in his yawl. We have sailed together since "
          "we were boys at Riverside. Derek does not ask about the quiet house, which is a kindness."],
         ["friends", "river"], None),
        ("a-border-of-lavender", "2026-08-02 17:00", "+10:00", "A border of lavender",
         ["Planted a border of lavender along the front fence, as Margaret always wanted. Whether the frost "
          "lets it live is another matter."],
         ["garden"], None),
    ],
}
