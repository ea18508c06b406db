"""Ezra Lindqvist (FICTIONAL): officer boarding ships at the Port of Townsville and a church youth-group
leader; his blog asks questions. Every name, handle, number and address is invented."""
NAME = "Ezra Lindqvist"

BLOG = {
    "path": "blog",
    "title": "Friday Night Questions",
    "card_note": "Youth leader at Riverway Community Church, Townsville. Husband, dad, asker of questions. "
                 "Parents: text me on 0491 570 442.",
    "posts": [
        ("what-do-you-do", "2026-02-06 21:45", "+10:00", "So what do you actually do all day?",
         ["The kids asked me this at youth tonight. What does a customs officer at the Port of Townsville actually do? "
          "Honest answer: climb gangways, read crew lists, open lockers, and write it all down.",
          "Yes, it's Border Force. No, I don't have a gun in my car."],
         ["youth", "work"], None),
        ("what-would-you-do", "2026-02-27 22:10", "+10:00", "What would you have done?",
         ["Question for the seniors this week: what do you do when the thing you were told was ship's stores isn't?",
          "Last Tuesday we boarded a bulk carrier from Qingdao and the 'coffee' behind the engine-room ladder was "
          "11 kg of cannabis in coffee bags. My offsider Tama Rewiri spotted the bags were too heavy. Who would've "
          "just walked past?"],
         ["youth", "questions"], None),
        ("rhythm", "2026-03-13 20:00", "+10:00", "What does your week look like?",
         ["Mine: Tuesday leaders' prayer at 6am before my 7:30 start at the port. Friday youth 7 to 9:30 in the "
          "Riverway church hall. Saturday, whatever Grace has planned.",
          "What's yours? Where do you make room to rest?"],
         ["rhythm"], None),
        ("family-night", "2026-03-28 21:30", "+10:00", "Who's in your corner?",
         ["My better half Grace made 80 sausage rolls for family night. Our daughter Ruby (Year 9 at Heatley "
          "Secondary College) ran the quiz.",
          "Shout out to Priya Sandhu, my co-leader, and to the sound desk crew. Who are your people?"],
         ["family", "thanks"], None),
        ("two-ships", "2026-04-17 22:00", "+10:00", "Can you pray for next month?",
         ["Can I ask you to pray for my team? On the 12th of May two cruise ships arrive the same morning and "
          "there will only be six of us to clear both. How do you keep kind when you're stretched?"],
         ["prayer"], None),
        ("contact", "2026-05-01 18:00", "+10:00", "How do I reach Ezra?",
         ["Parents keep asking: if you can't get me on the mobile, my work email ezra.lindqvist@abf.gov.au is fine "
          "during the week. I'll reply from the port.",
          "And we've moved! Our street in Annandale has a bin chicken problem, anyone?"],
         ["admin"], None),
        ("department-store", "2026-05-15 19:00", "+10:00", "Why is the department store always freezing?",
         ["Took the youth to the department store at Willows for the op-shop challenge. Why are they always so cold?"],
         ["youth"], None),
    ],
}
