"""Rhys Tamblyn (FICTIONAL): Border Force officer at the Kewdale examination shed, venting on a renters' forum."""
NAME = "Rhys Tamblyn"

FORUM = {
    "site": "Rental Horror Stories AU",
    "user": "rhys_t_renting",
    "path": "/forum/u/rhys_t_renting/",
    "about": ["perth renter, 34, 3 landlords in 4 yrs. work shifts so i reply at weird hours",
              "(signed up with my work email rhys.tamblyn@abf.gov.au cos my hotmail got locked, dont judge)"],
    "posts": [
        ("501", "2026-03-03 22:40", "+08:00", "landlord wont fix the aircon AGAIN",
         ["4th summer in this place in Cloverdale and the split system is cooked again. agent says 'landlord is aware'. "
          "mate im on 4 on 4 off earlies at the Kewdale shed, 0600 start, i need to actually sleep in the arvo.",
          "anyone had luck going to the tribunal over this or is it a waste of time"]),
        ("502", "2026-03-19 21:15", "+08:00", "rent up $90 a week lol",
         ["new lease just came thru, up $90. i already had to get a $2,000 payday loan to cover bond on the last move and im "
          "still paying that off. plus the card is maxed. honestly dont know how people do it on one wage"]),
        ("503", "2026-04-02 23:05", "+08:00", "inspection while i was on nights??",
         ["agent did a routine inspection tuesday while i was asleep after a night shift, didnt even knock properly. "
          "my housemate Kyle Brandt let them in in his undies which tbh serves them right",
          "also wtf is the point of 'photos for the file' of my bedroom"]),
        ("504", "2026-04-20 20:30", "+08:00", "sublet the spare room?",
         ["Tahnee (gf) is moving in so Kyle is moving out. anyone know if i can advertise the room without the agent? "
          "text me if you know the rules, 0491 570 118"]),
        ("505", "2026-05-06 22:50", "+08:00", "the mould is back",
         ["black mould in the laundry again. sorry for the rant, work was rubbish too. we pulled 60 kilos of meth out of "
          "a box of brake drums on friday and then sat there till 9 cos the x-ray image software crashed and ICS was down "
          "so we couldnt even put the hold in. only three of us on the line over the long weekend.",
          "anyway. mould. bleach or vinegar?"]),
        ("506", "2026-05-22 21:40", "+08:00", "bond dispute advice pls",
         ["old agent wants $640 out of my bond for 'carpet'. carpet was 15 yrs old. my TL Greg Osei reckons fight it, "
          "he won his last year. the boss at work is more use than the agent lol",
          "(no, not the department store kind of carpet cleaning, the legit steam clean, i have receipts)"]),
        ("507", "2026-06-10 19:10", "+08:00", "watching Border Security reruns instead of packing",
         ["moving day saturday and ive packed one box. watching Border Security reruns. also the neighbours border collie "
          "has been barking since 5am. pray for me"]),
        ("508", "2026-06-28 20:00", "+08:00", "new place! (not a horror story for once)",
         ["signed for a unit still in Cloverdale, near the Belmont Forum, same street as my old footy club. "
          "landlord seems human. honestly feeling a bit down lately with the money stuff, but this helps",
          "drink at the pub to celebrate, Kyle shouting"]),
    ],
}
