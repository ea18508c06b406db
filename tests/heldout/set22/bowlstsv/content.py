"""Graham Lethbridge (FICTIONAL): 59, Border Force officer clearing ships at the Port of Townsville, living in
Belgian Gardens. His bowls club newsletter's member spotlight (third person) and his own posts, one tagged at
the club. Every name, club, handle and number is invented; the club point is a rounded street point."""
NAME = "Graham Lethbridge"

CLUB = ("North Ward Seagulls Bowls Club", -19.2480, 146.8050)

PERSON = {
    "path": "/newsletter/member-spotlight-graham-lethbridge",
    "site": "Seagulls Sea Breeze: the North Ward Seagulls Bowls Club newsletter",
    "headline": "Member spotlight: Graham \"Grub\" Lethbridge, our new bar roster convenor",
    "ld": {
        "jobTitle": "Bar roster convenor",
        "memberOf": {"@type": "SportsOrganization", "name": "North Ward Seagulls Bowls Club"},
        "homeLocation": {"@type": "Place", "name": "Belgian Gardens, Townsville"},
        "description": "Skip, pennants side two. Twenty-two years with the Australian Border Force at the Port of Townsville.",
    },
    "sections": [
        ("Who is Grub?", [
            "Graham has been with the Australian Border Force at the Port of Townsville for twenty-two years, "
            "climbing up the pilot ladders of every ship that comes up the channel. He reckons the ladders get "
            "longer every year.",
            "He and his wife Lorraine moved to Belgian Gardens in 2004 and have been members ever since. Their "
            "grandson Kobe is a handy junior cricketer who occasionally rolls a bowl when Pop isn't looking."]),
        ("On the green", [
            "You'll find Grub at Wednesday social bowls at 4:30, straight off day shift, and skipping side two "
            "in Saturday pennants. His lead of eleven years, Snow (Trevor Sneddon), says Grub's drawing game is "
            "'adequate'.",
            "His offsider at the port, Dianne Pratt, joined the club last season and has already out-bowled him."]),
        ("Bar roster", [
            "Questions about the bar roster go to Graham on 0491 570 182. That's his work mobile, so keep it "
            "short during the week."]),
    ],
}

ACTIVITYPUB = {
    "handle": "grub_lethbridge",
    "summary": "<p>Bowls, grandkids, the odd ship. Townsville.</p>",
    "notes": [
        (6101, "2026-02-11 17:10", "+10:00",
         "Three cruise ships in one week and six of us to clear them, plus two bulkers. Someone upstairs can't count.", {}),
        (6102, "2026-03-04 18:20", "+10:00",
         "Rolled the last toucher to win the fours. Snow bought the jug. Good Wednesday.",
         {"location": CLUB}),
        (6103, "2026-03-19 20:00", "+10:00",
         "The new handheld scanners for crew lists still won't talk to the office PC. Back to typing "
         "forty-odd crew names in by hand off a photocopy. 2026, folks.", {}),
        (6104, "2026-04-12 16:45", "+10:00",
         "Kobe's first fifty for the under-12s! Lorraine cried. I didn't. (I did.)", {}),
        (6105, "2026-05-06 21:15", "+10:00",
         "They've offered me a VR package after twenty-two years. It's an insult. Said no. They'll push me out "
         "either way, the way they did to the last bloke. Not bitter. Very bitter.", {}),
        (6106, "2026-05-30 12:00", "+10:00",
         "Watched a border collie herd a whole junior clinic off the green this morning. Best thing I've seen all year.", {}),
    ],
}
