"""Warren Keogh (FICTIONAL): Home Affairs ICT field technician, Parramatta, 61; a woodworking blog."""
NAME = "Warren Keogh"

BLOG = {
    "path": "blog",
    "title": "Sawdust in the Socks",
    "card_note": "Hand tools, old timber and the odd rant. Sydney's west.",
    "card_job": "ICT Field Technician",
    "card_org": "Department of Home Affairs",
    "card_tel": "0491 570 442 (work mobile)",
    "posts": [
        ("jarrah-box", "2026-02-14 16:00", "+11:00", "A jarrah box for Glenys",
         ["Dovetailed a little jewellery box out of an old jarrah floorboard for my wife Glenys. Forty years married "
          "this month. She says it is the nicest thing I have made; she said that about the letterbox too."],
         ["projects"], None),
        ("the-shed", "2026-03-03 19:00", "+11:00", "Shed days",
         ["For anyone asking: I am at the Men's Shed in Seven Hills Tuesday and Thursday mornings, 8 till 12, "
          "it is a short walk from our street. Ron Petrakis there has forgotten more about planes than I will ever know."],
         ["shed"], None),
        ("laptops", "2026-03-19 20:30", "+11:00", "Not woodwork: a grumble",
         ["Day job rant. We are rolling out the new laptops at the Parramatta office and the old ones need their "
          "BitLocker PINs reset one by one; half the floor was locked out of the VPN on Monday. The shared local admin "
          "password on the old fleet has not changed since 2019, and nobody upstairs cares."],
         ["work"], None),
        ("outsourced", "2026-04-16 21:00", "+10:00", "Twenty-two years",
         ["Management decided to outsource desk support to a contractor from July. Fourteen of us to go. After "
          "twenty-two years they have shown me the door with a form letter. I am angry and I am not hiding it."],
         ["life"], None),
        ("stool", "2026-05-02 15:00", "+10:00", "A stool for the lad",
         ["My grandson Archie wanted a step stool so he can reach the bench. The lad sanded it himself. "
          "Danish oil, three coats."],
         ["projects"], None),
        ("border-plane", "2026-05-20 18:00", "+10:00", "Border Plane",
         ["No, not that kind of border. A border plane is a small plane for the edges of a panel. Mine is a 1930s Record."],
         ["tools"], None),
    ],
}
