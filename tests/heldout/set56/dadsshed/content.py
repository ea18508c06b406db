"""NEGATIVE CONTROL. Nicole Varga (FICTIONAL): a retired Customs/Border Force officer's adult daughter in
Bairnsdale writing about her dad; she is not Department staff."""
NAME = "Nicole Varga"

HOME = (-37.829, 147.637)      # a rounded point on an ordinary street in Eastwood, Bairnsdale

BLOG = {
    "path": "shed",
    "title": "Dad's Shed",
    "card_note": "Stories from my father's shed, and the rest of us.",
    "posts": [
        ("thirty-one-years", "2026-02-15 20:00", "+11:00", "Thirty-one years",
         ["Dad (Ron, to everyone else) spent thirty-one years in Customs and then Border Force before he retired "
          "to Bairnsdale. He still tells the story of the heroin in the surfboards at every Christmas, and the "
          "grandkids still pretend they haven't heard it."],
         ["Dad"], None),
        ("sunday-roast", "2026-03-01 19:30", "+11:00", "Sunday roast",
         ["Sunday roast at Dad's every week at 12:30: me, my husband Pete and the kids. Ron carves, Pete "
          "washes up, the kids vanish."],
         ["family"], None),
        ("our-veggie-patch", "2026-03-14 16:00", "+11:00", "Our own patch",
         ["Dad helped me build raised beds at our place in Eastwood, Bairnsdale. Tomatoes in, fingers crossed."],
         ["garden"], HOME),
        ("old-workmates", "2026-04-03 18:00", "+10:00", "Did you work with Dad?",
         ["If you worked with Dad at the Department in the eighties or nineties, he'd love to hear from you. "
          "Email me at nic.varga@mailbox.example and I'll pass it on."],
         ["Dad"], None),
        ("made-redundant", "2026-04-20 21:00", "+10:00", "A hard month",
         ["Got made redundant from the council in March and money's been tight. We've put the caravan up for sale "
          "and I've stopped pretending the credit card is fine."],
         ["life"], None),
        ("sue-and-the-shed", "2026-05-09 15:00", "+10:00", "Sue and the shed",
         ["My friend Sue Maddock came over to sort Dad's shed with me. We found his old Border Force cap, a box "
          "of seized-goods photos from a training course, and forty jars of screws."],
         ["Dad", "friends"], None),
    ],
}
