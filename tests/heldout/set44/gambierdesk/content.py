"""Rhys Carmody (FICTIONAL): a Home Affairs IT service-desk officer working from home in Mount Gambier; a
retro-gaming forum with its posts shown inline. Invented throughout."""
NAME = "Rhys Carmody"

FORUM = {
    "site": "Pixel Attic Retro Forums",
    "user": "crt_rhys",
    "path": "/members/crt_rhys/",
    "inline": True,
    "about": ["CRTs, SNES, bad decisions. Mount Gambier, SA."],
    "posts": [
        ("8801", "2026-01-27 19:20", "+10:30", "Can a mod change my account email?",
         ["Signed up here on my work email back when I was bored on a night shift, and the forum keeps sending "
          "notifications to rhys.carmody@homeaffairs.gov.au. Can a mod swap it to my gmail? Cheers."]),
        ("8802", "2026-02-11 21:45", "+10:30", "What do you lot do for work?",
         ["I'm level 1 service desk for Home Affairs, working from home. Mostly password resets for Border Force "
          "officers who have locked themselves out at 3 am.",
          "Honestly the scary part is we still reset over the phone with just a name and an employee number. No "
          "callback, no second factor. Anyone who knows those two things gets a fresh password from me."]),
        ("8803", "2026-03-02 20:10", "+10:30", "Shift life",
         ["On the phones 7 till 3:30 Monday to Friday, then it's SNES until Tegan drags me out for a walk around "
          "the Blue Lake. My partner is a saint."]),
        ("8804", "2026-04-14 23:55", "+09:30", "Okay I have a gacha problem",
         ["Spent $2,300 on pulls this month, all on the credit card, and I didn't even get the character. Tegan "
          "doesn't know. Please someone tell me to uninstall it."]),
        ("8805", "2026-05-05 18:30", "+09:30", "Found a Border Security game at the op shop",
         ["The Border Security PS2 game, sealed, $2 at the op shop. It's terrible. I love it. Next to a border "
          "collie jigsaw from the department store clearance bin."]),
    ],
}
