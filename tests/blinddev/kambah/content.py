"""Heather Quayle (FICTIONAL): identity and access administrator, Home Affairs, Belconnen; lonely.

A gentle, long-form knitting and sourdough blog (microformats2 + RSS) whose feed is authored under her
official email; one post carries a georss point at home. Every name and address is invented.
"""
NAME = "Heather Quayle"

BLOG = {
    "path": "blog",
    "title": "Purl & Crumb",
    "card_note": "Knitting, sourdough and the odd thought from the southside. Tuggeranong, ACT.",
    "card_job": "Identity and Access Administrator",
    "card_org": "Department of Home Affairs",
    "author_email": "heather.quayle@homeaffairs.gov.au",
    "posts": [
        ("new-year-starter", "2026-01-04 16:00", "+11:00", "A new year and a very old starter",
         ["My sourdough starter, Gus, turned eleven this week, which makes him older than my marriage lasted "
          "after the children left home. I fed him at the kitchen bench in Kambah with the window open and the "
          "magpies complaining, and felt, for a minute, quite content.",
          "The rye loaf was dense. Gus forgives me; he always does."],
         ["sourdough"], (-35.3840, 149.0580)),
        ("the-7-12", "2026-01-21 20:30", "+11:00", "On the 7:12",
         ["I have taken the 7:12 Rapid from Tuggeranong every working morning for nine years and come home on "
          "the 4:40 from the Belconnen interchange. The walk from the interchange to the office is eight minutes "
          "if the lights are kind, and I knit a row at every red light.",
          "There is a man on the 7:12 who does the crossword in pen. I have never spoken to him. I think about that more than I should."],
         ["everyday"], None),
        ("cutover", "2026-02-12 21:15", "+11:00", "The week of the cutover",
         ["Work has been a great deal this fortnight. We moved the whole department onto the new access request "
          "tool over a weekend, and on the Monday my little team reset four hundred and twelve passwords. I can "
          "see who has access to what across every system we run, which sounds grand and is mostly tedious.",
          "Half the branch still writes their token PIN on a sticky note on the monitor. I have given up asking nicely."],
         ["work"], None),
        ("thursdays", "2026-02-26 19:00", "+11:00", "Thursday circle",
         ["The knitting circle at Tuggeranong library meets every Thursday at 6pm, and Mirela Novak brought her "
          "plum cake again. Mirela has been my rock since Graham left. Pat told us about her new hip in more "
          "detail than anyone required.",
          "I am finishing a cardigan for my sister Ros in Goulburn, in a green she will pretend to like."],
         ["knitting", "friends"], None),
        ("not-announced", "2026-03-17 22:00", "+11:00", "Change, again",
         ["We were told quietly this afternoon that our section will be folded into the cyber division in "
          "February, and that eleven positions will not carry over. It has not been announced, so I will say no "
          "more, except that I knitted two full rows on the bus home without noticing.",
          "Since Graham left, weekends are very long, and a week like this makes them longer. I have been "
          "sleeping badly. Gus, at least, is thriving."],
         ["work", "life"], None),
        ("garden-border", "2026-04-05 15:00", "+10:00", "A border of marigolds",
         ["Planted a border of marigolds along the front path. Mirela says they keep the aphids off. We will see. "
          "Ros rang and said the cardigan fits, which I choose to believe."],
         ["garden"], None),
    ],
}
