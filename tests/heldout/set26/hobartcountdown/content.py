"""Graham Pettigrew (FICTIONAL): Border Force officer, Macquarie Wharf, Hobart, 63; a retirement-countdown blog.

A microformats2 blog with RSS whose feed items carry his official email as author, written in long
reflective prose, and a quiet Mastodon-style account. Every name, number and address is invented.
"""
NAME = "Graham Pettigrew"

BLOG = {
    "path": "countdown",
    "title": "Days To Go",
    "card_note": "An old Customs hand counting down to the gold watch. Hobart.",
    "author_email": "graham.pettigrew@abf.gov.au",
    "posts": [
        ("437", "2026-01-31 20:30", "+11:00", "437 days to go",
         ["I have decided to write down the last stretch. Thirty-eight years: I joined Customs when the uniform "
          "was a safari suit, and I will leave Border Force with a lanyard and a password I change every ninety "
          "days. Somewhere in between the job stopped being a vocation and became a roster.",
          "The Duchess (my wife Maureen, who has put up with me since 1986) says a blog is cheaper than therapy."],
         ["countdown"], None),
        ("410", "2026-02-27 21:10", "+11:00", "410: the season",
         ["Cruise season on Macquarie Wharf. People think Hobart is a sleepy posting; they have not stood at a "
          "gangway at 7am with four thousand passengers coming down it.",
          "Next season we will clear 120 cruise ships with six officers, and after 3pm the roster has one officer "
          "on the gangway, full stop. I have said this in writing. I will say it here too, apparently.",
          "The new passenger processing system we got in 2024 still cannot read half the Chinese passports at the "
          "gangway, so we key them in by hand while the queue backs up to the Cenotaph."],
         ["work", "cruise"], None),
        ("388", "2026-03-21 19:45", "+11:00", "388: farewells",
         ["Farewell drinks for Lenny Zhou at the pub on Friday. Lenny and I stood side by side on that wharf for "
          "fifteen years. He got the package; I did not apply, and now I wonder why.",
          "Our street in Lindisfarne is full of retirees who look very pleased with themselves. I am nearly one."],
         ["countdown", "friends"], None),
        ("351", "2026-04-27 20:00", "+10:00", "351: money, the unlovely subject",
         ["We remortgaged for Fiona's wedding and I still owe $38,000 on the card from the year Maureen was "
          "crook. The super will not cover it the way the brochure promised. There. Said it.",
          "Our daughter Fiona rang from Launceston to say the grandkids want a dog. Over my dead body."],
         ["money"], None),
        ("320", "2026-05-28 21:30", "+10:00", "320: furniture",
         ["For the last five years the department has treated me like furniture. Nobody asks what the old bloke "
          "thinks. They just walk around me.",
          "Every Thursday at 7am I swim at the Clarence pool, forty laps, then coffee at the kiosk. It is the only "
          "hour of the week nobody needs me to sign anything."],
         ["countdown", "swimming"], None),
        ("301", "2026-06-16 20:10", "+10:00", "301: a grey day",
         ["Fog on the river. Nothing to report. Maureen made soup."],
         ["countdown"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "daystogo",
    "summary": "<p>Counting down. Hobart.</p>",
    "notes": [
        (5101, "2026-02-10 08:00", "+11:00", "Frost on the windscreen in February. Tasmania.", {}),
        (5102, "2026-03-30 19:00", "+11:00", "Finished watching Bluey with the grandkids. Apparently I am Bandit now.", {}),
        (5103, "2026-05-05 12:30", "+10:00", "The customs house on the waterfront is a pub now. Make of that what you will.", {}),
    ],
}
