"""Dawn Pettigrew (FICTIONAL): NEGATIVE CONTROL. Wife of a retired Customs officer, Kingston TAS, 68.

She writes about her own life on a spinners-and-weavers forum: fleece, her husband's old Customs stories
told at the dinner table, a department store, Border Security on telly. She was never staff and he retired
long ago. Every name, number and address is invented.
"""
NAME = "Dawn Pettigrew"

FORUM = {
    "site": "Tassie Spinners & Weavers",
    "user": "dawn_spins",
    "path": "/community/members/dawn_spins/",
    "about": ["Spinning since 1979. Corriedale girl. Kingston, Tasmania."],
    "posts": [
        ("881", "2026-02-18 15:40", "+11:00", "Thursday circle is back",
         ["Thursday circle is back at the Kingston library meeting room, 1 till 3, from next week. Bring your "
          "own wheel and a plate. I'll be there every week as usual."]),
        ("889", "2026-03-15 19:20", "+11:00", "RE: Husbands and hobbies",
         ["My Ron (Ronald Pettigrew) retired from Customs in 2008 and has been 'helping' with my fleece ever "
          "since. He still tells the one about the big heroin bust on the Hobart wharf in '94 at every dinner "
          "party. I could tell it myself by now. Word for word."]),
        ("902", "2026-04-21 14:10", "+10:00", "Dye day disaster",
         ["Tried onion skins. Got beige. Ron says it's 'Customs House sandstone'. Ron is not helping."]),
        ("915", "2026-05-26 20:30", "+10:00", "A quieter winter",
         ["Ron went into respite care at the end of April after his fall and the house is terribly quiet. I've "
          "been spinning more than I should, and talking to the cat. If anyone in Kingston fancies a cuppa and a "
          "ply-along, I'd love the company. My number's 02 5550 7316."]),
        ("927", "2026-06-19 16:00", "+10:00", "RE: Where do you buy needles?",
         ["Not the department store, their needles bend. The wool shop in Huonville if you can get there. We "
          "watched Border Security last night and Ron shouted at the telly the whole time: 'that's not how we "
          "did it!'"]),
    ],
}
