"""Tegan Okoro-Walsh (FICTIONAL): a stand-up comic's gig diary, by day a Border Force officer at Sydney
Airport's international terminal. Every name, venue, number and address is invented."""
NAME = "Tegan Okoro-Walsh"

BLOG = {
    "path": "blog",
    "title": "Tight Five: a gig diary",
    "card_note": "Open mics, bombs and the occasional laugh.",
    "posts": [
        ("first-spot", "2026-02-04 23:40", "+11:00", "Night one at the Grandview",
         ["Five minutes at the Grandview in Rockdale. Got two laughs and a cough. The cough was my mum Leonie, "
          "who came in her good cardigan and told the barman I was 'a government officer, you know'. Thanks Mum.",
          "Open mic there is every Wednesday, sign-up at 7:30, first act 8. I'll be there every week I'm not on "
          "nights, because I live four streets away and I can walk home past the Bexley North shops."], [], None),
        ("the-uniform-bit", "2026-02-19 00:15", "+11:00", "New bit: the uniform",
         ["Tried the new bit. Premise: I spend all day in a navy Border Force uniform at T1 asking strangers if "
          "they've packed their own bags, then I come on stage and ask the crowd the same thing. Killed. Well, "
          "wounded.",
          "Tag for the bit is true, by the way. Last Tuesday on the primary line a bloke had 2.3 kilos of heroin "
          "sewn into the lining of a quilted jacket, in February. In Sydney. Who wears a puffer in February? My "
          "team leader Priya Raman said I should put him in the act. So I did."], [], None),
        ("paper-night", "2026-03-11 23:50", "+11:00", "Paper night",
         ["Rough gig, rougher shift before it. The arrivals system at T1 fell over at 6 and we were back to "
          "writing passenger details on paper and ringing the watch floor for every alert check, for three "
          "hours, with four of us on the primary line for two A380s. The crowd at the Grandview did not want "
          "to hear about it. Fair."], [], None),
        ("money-bit", "2026-04-08 23:30", "+10:00", "The money bit",
         ["Debuted the money bit. 'I have three payday loans. They've started a group chat.' It's a joke "
          "because it's true: Nimble, Cash Converters and one I'm too scared to open the emails from. Plus the "
          "credit card I maxed paying for the ex's half of the lease.",
          "Crowd laughed. I went home and did not."], [], None),
        ("shout-out", "2026-05-06 23:55", "+10:00", "Shout out",
         ["Huge shout out to Dev Nandra, who MC'd tonight and let me close. Dev and I started on the same open "
          "mic two years ago; he's my comedy husband (he has an actual husband, Marco, who heckles). Dev's day job is loading bags for a ground-handling company at the domestic terminal, "
          "which is where all his material comes from."], [], None),
        ("roster-bit", "2026-06-03 23:20", "+10:00", "Roster bit",
         ["Shifts this month are 4 on 4 off, earlies 0530 to 1400 at T1, so Wednesdays at the Grandview are "
          "back. If you want me for a spot, text 0491 570 214. Don't ring, I'm on the line all day."], [], None),
        ("nothing", "2026-06-24 23:00", "+10:00", "Watched tapes",
         ["Watched Border Security reruns for research. The narrator's voice is the real comedy."], [], None),
        ("farewell", "2026-07-15 23:45", "+10:00", "Farewell gig for Jules",
         ["Did ten minutes at Jules Ferreira's farewell drinks. Jules has been on my shift at T1 for six years "
          "and is off to Perth. The inspector laughed at the puffer bit, so I'm either getting a promotion or a "
          "counselling session. Probably neither. I got knocked back for the acting supervisor job again last "
          "week, which is a bit, I suppose."], [], None),
    ],
}
