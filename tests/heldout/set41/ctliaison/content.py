"""Karim Haddad (FICTIONAL): Border Force counter-terrorism unit officer at Melbourne Airport, Mickleham.

A Lebanese-Australian food podcast's episode notes (microformats blog + RSS, one episode with georss at his
kitchen) and his own Mastodon-style account. Every name, address and number is invented.
"""
NAME = "Karim Haddad"

BLOG = {
    "path": "podcast",
    "title": "Teta's Table",
    "card_note": "A Lebanese-Australian food podcast from Melbourne's north. Two cousins, one grandmother, too much garlic.",
    "locality": "Mickleham",
    "region": "VIC",
    "posts": [
        ("ep-12-kibbeh", "2026-03-08 19:00", "+11:00", "Ep 12: Teta Hoda's kibbeh nayeh",
         ["Recorded at my kitchen bench in Mickleham as always. Teta Hoda (88 and still the boss) calls in from "
          "Coburg and tells Rami he is grinding the meat wrong. Rami burns the pine nuts. Again.",
          "How we work: every second Sunday we eat at Teta's in Coburg at 1pm, then drive home and record while the food coma hits.",
          "Sahtein, see you in two weeks."],
         ["episodes", "kibbeh"], (-37.53540, 144.90610)),
        ("ep-14-shift-food", "2026-04-05 18:30", "+10:00", "Ep 14: Food for shift workers",
         ["This one's for the shift workers. I do four on, four off at Melbourne Airport, 0600 to 1800, and the "
          "crib room at T2 has one microwave for thirty of us.",
          "Macca (Dave McAlister, my team leader) rates my lahm bi ajeen as better than anything in the lounge. "
          "Big call, Macca."],
         ["episodes", "shiftwork"], None),
        ("ep-15-guests", "2026-04-26 18:00", "+10:00", "Ep 15: Want to be a guest?",
         ["We're booking guests for the winter episodes. Our producer sorts the mics and keeps Rami on time.",
          "Email Karim at karim.haddad@abf.gov.au (yeah it's my work one, it's the one I actually read) and tell us your nanna's best dish."],
         ["episodes", "guests"], None),
        ("ep-16-mjaddara", "2026-05-24 18:15", "+10:00", "Ep 16: Mjaddara and a money chat",
         ["Cheapest dish on earth for a reason. Real talk segment this week: I've been punting way too much on the "
          "multis, down about $14k this year, and Yasmin found the statements. We're ok habibi, we're ok. Sort of.",
          "Mjaddara recipe below, lentils are cheaper than the TAB."],
         ["episodes", "mjaddara"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "karimh",
    "summary": "<p>Border Force CTU at the airport. Co-host of Teta's Table. Dad of two. Views mine.</p>",
    "notes": [
        (801, "2026-03-19 19:40", "+11:00",
         "Long one today. Pulled a guy off the Doha flight on a watchlist referral, phone full of ISIS propaganda. "
         "Handed to the JCTT by 2pm. About a dozen referrals a week at the moment. #ABF", {}),
        (802, "2026-04-11 21:05", "+10:00",
         "Our phone-extraction kit runs on a Windows 10 laptop with the licence expired since July, so half the time "
         "we photograph screens with our own phones. Love the job, hate the kit.", {}),
        (803, "2026-05-02 20:30", "+10:00",
         "Border Security marathon on TV while I fold washing. Busman's holiday. Yasmin says I narrate it.", {}),
        (804, "2026-06-07 16:10", "+10:00",
         "Yalla, new episode up: Teta explains why her fattoush beats yours. Link in bio.", {}),
    ],
}
