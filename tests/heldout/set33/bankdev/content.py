"""Tomasz Wieczorek (FICTIONAL), NEGATIVE CONTROL: an IT contractor for a bank who once built a visa-fee payment page.

A developers' forum (threads) and a Mastodon-style account. He writes about a payment page he built for a bank's
merchant service used to pay visa application charges, penetration tests and a "gov client"; none of it makes
him staff. Every name, handle, email and address is invented.
"""
NAME = "Tomasz Wieczorek"

FORUM = {
    "site": "Devs Down Under",
    "user": "tomek_w",
    "path": "/forum/u/tomek_w/",
    "about": ["Contract Java/TypeScript dev, payments mostly. Launceston. Matrix: @tomek:chat.example"],
    "posts": [
        ("p710", "2026-02-19 20:30", "+11:00", "Re: war stories from payments work",
         ["Years ago I built the card payment page a bank used for visa application charges. The government client "
          "(Home Affairs) sent forty pages of accessibility requirements and I learned more about 3-D Secure than "
          "anyone should."]),
        ("p711", "2026-03-26 21:15", "+11:00", "Re: pen test findings that hurt",
         ["Our pen testers once got a stack trace out of the visa fee page with a malformed amount field. Fixed in "
          "a day, never forgot it. Validate your inputs, people."]),
        ("p712", "2026-04-28 19:40", "+10:00", "Re: contracting and money",
         ["Rates are down and I'm between contracts, and I did something stupid with crypto in March. Down about "
          "$18k. Wife Agnieszka is being very kind about it, which is worse."]),
        ("p713", "2026-05-19 20:00", "+10:00", "Re: remote work from Tassie?",
         ["Works fine. I'm in Newstead, fibre's good, and the climbing gym is ten minutes away."]),
    ],
}

ACTIVITYPUB = {
    "handle": "tomek",
    "summary": "<p>Payments dev, climber, bad at crypto. Launceston.</p>",
    "notes": [
        (2201, "2026-03-07 10:00", "+11:00",
         "Tuesday and Friday 6:30am at the climbing gym with Sam Okoro, who is half my age and twice as strong.", {}),
        (2202, "2026-04-15 13:20", "+10:00",
         "Watched a Border Force doco on the plane. The x-ray scenes were good, the payment screens were wrong.", {}),
        (2203, "2026-05-30 17:00", "+10:00", "Department store had climbing shoes on sale. No, they don't fit.", {}),
    ],
}
