"""Sharon Tregonning (FICTIONAL): a Home Affairs human resources officer working from home in Boulder for the
Perth office. Long rambling posts on a community noticeboard (plain forum, posts shown whole on the member page
with permalinks). Every name, number and street point is invented."""
NAME = "Sharon Tregonning"

FORUM = {
    "site": "Boulder & Kal Community Noticeboard",
    "user": "SharonT_Boulder",
    "path": "/board/members/sharont/",
    "inline": True,
    "about": ["Boulder born and bred. Quilter. Nan of three. Will talk your ear off."],
    "posts": [
        ("701", "2026-02-17 14:20", "+08:00", "Anyone else lose power this morning?",
         ["Anyone else lose power this morning around 10? We're just off Lane Street in Boulder and everything "
          "went, the fridge, the aircon, and of course I was on a Teams call for work, I'm in HR with the "
          "Department of Home Affairs and I work from home here for the Perth office, and my boss must have "
          "thought I'd hung up on her, which honestly some days I'd like to, ha ha, anyway it came back at 11.20 "
          "but the microwave clock is flashing and Gaz says it's my job to fix it because I'm the one with the "
          "government job, so if anyone knows how to stop a microwave flashing, asking for a friend."]),
        ("702", "2026-03-05 19:05", "+08:00", "Government jobs in the Goldfields? Ask me",
         ["Lots of young ones asking about government jobs so here's a long one. The Department is recruiting "
          "Border Force trainees again and the APS jobs site has everything, but if your kids want someone to "
          "point them in the right direction, email me at work on sharon.tregonning@homeaffairs.gov.au and I "
          "will send them the right links, I do this all day anyway, and don't listen to anyone who says you "
          "need a uni degree, you don't, my offsider Deb Mancini in Perth started on the phones at nineteen."]),
        ("703", "2026-04-09 21:40", "+08:00", "Rant, sorry, long",
         ["Rant, sorry. We've got forty-odd code of conduct cases open across WA at the moment, one of them an "
          "officer at Perth Airport who was tipping off a mate about which flights were being looked at, and I am "
          "the one typing up every letter, and I've been acting up a level for eleven months with no higher "
          "duties allowance because the paperwork is 'with Canberra', so I'm feeling very appreciated, not. "
          "Anyway that's my whinge. Going to the quilting group to stab some fabric."]),
        ("704", "2026-05-02 08:15", "+08:00", "LOST: red kelpie, Boulder",
         ["Our Gaz (my husband Garry, for those who don't know him, the one with the moustache) left the side "
          "gate open AGAIN and Rusty is out, red kelpie, blue collar, answers to biscuits. Our grandson is "
          "beside himself. Please ring my mobile 0491 570 271 if you see him. UPDATE: found at the bakery, of "
          "course."]),
        ("705", "2026-05-20 17:30", "+08:00", "Goldfields Quilters: new members welcome",
         ["Goldfields Quilters meet every Wednesday at 7pm at the Boulder town hall supper room, all welcome, "
          "bring a plate. Noreen Batty and I have been running it together for twelve years now, she's my oldest "
          "friend and the best binder in WA. No, not the border collie kind of binding, Noreen."]),
        ("706", "2026-06-11 20:00", "+08:00", "Payroll woes",
         ["Also for anyone else in the public service out here, the new HR and payroll system at work, which we "
          "all call the Payrollercoaster, lost everybody's leave balances last pay, so if your leave looks wrong "
          "it isn't you. Took me four hours on the phone to the vendor. Rant over, again."]),
    ],
}
