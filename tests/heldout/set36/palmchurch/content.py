"""Sina Aumua-Reid (FICTIONAL): 31-year-old Home Affairs officer in a Pacific labour-scheme visa team, Darwin.

A Pacific church fellowship's "meet our leaders" page about her in the third person (her job, her official
email for families' paperwork questions, youth night, her husband and children), and her own
ActivityPub account with emoji and a little Samoan, one post place-tagged at home. Every name, address,
number and church here is invented.
"""
NAME = "Sina Aumua-Reid"
HOME = (-12.3938, 130.9031)     # a residential street in Malak, Darwin, rounded

PERSON = {
    "path": "/leaders/sina",
    "site": "Malak Pacific Fellowship",
    "headline": "Youth leader, Malak Pacific Fellowship",
    "ld": {
        "jobTitle": "Youth leader",
        "memberOf": {"@type": "Organization", "name": "Malak Pacific Fellowship"},
    },
    "sections": [
        ("Meet Sina", [
            "Sina has led our youth group since 2023. Youth night is every Friday from 7pm in the fellowship hall, "
            "and Sina picks up the young ones from the Malak shops at 6:30 in the church van.",
            "In the week Sina works for Home Affairs in the city, processing visas for Pacific workers coming up "
            "for the farms and meatworks. Families with paperwork questions are welcome to email her at "
            "sina.aumua-reid@homeaffairs.gov.au and she will point you the right way.",
            "Sina is married to Tavita, who plays in our band, and they have two little ones, Lani and Sefo, who "
            "you will find running around the hall after service."]),
        ("Fa'afetai", [
            "Thank you to everyone who came to the to'ona'i fundraiser. We raised $2,140 for the roof."]),
    ],
}

ACTIVITYPUB = {
    "handle": "sinaAR",
    "display_name": "Sina 🌺",
    "summary": "<p>faith, family, fa'a Samoa 🌺 Darwin. opinions mine.</p>",
    "notes": [
        (5601, "2026-02-11 17:40", "+09:30",
         "600 PALM worker visas sitting in our queue, the growers ringing every hour, and the Tongan group for the "
         "mango farms at Katherine still not granted 😩 Rosie says overtime till Easter. We are SO behind", {}),
        (5602, "2026-02-24 12:30", "+09:30",
         "Lunch walk from the office on Smith St down to the waterfront. Too hot to function ☀️", {}),
        (5603, "2026-03-05 16:55", "+09:30",
         "Whoever decided the case system should log us out every 10 mins, while the scanner in the mail room "
         "has been broken since January... we literally photocopy passports and walk them up to level 2 to key "
         "them in by hand. 2026 everyone", {}),
        (5604, "2026-03-14 19:10", "+09:30",
         "Malak street party tonight!! Our cul-de-sac does it every year, Tavita on the umu 🔥", {}),
        (5605, "2026-03-28 18:40", "+09:30",
         "Sunset from the front lawn. Lani and Sefo finally asleep 🙏",
         {"location": ("Malak", HOME[0], HOME[1])}),
        (5606, "2026-04-16 21:30", "+09:30",
         "$400 a fortnight home to Apia for Mum's dialysis and the credit card is at its limit again. God will "
         "provide but a pay rise would help 😅", {}),
        (5607, "2026-04-22 20:00", "+09:30",
         "Shoutout to my team leader Rosie Valdez for covering my desk while Sefo had the flu. Best boss ❤️", {}),
        (5608, "2026-05-02 21:15", "+09:30",
         "Binge-watching Border Security again with Tavita yelling at the TV. Also the department store at "
         "Casuarina has kids' shoes half price this week, mums take note", {}),
    ],
}
