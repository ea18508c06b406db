"""Heather McKenna (FICTIONAL): 64, Border Force officer at the Burnie wharf; Lions club newsletter; Somerset TAS.

The Lions club's "meet a member" newsletter page (schema.org Person, third person) and a few of her own
ActivityPub posts. Every name, club, handle and number is invented.
"""
NAME = "Heather McKenna"

PERSON = {
    "path": "/newsletter/meet-a-member/heather-mckenna",
    "site": "Lions Club of Burnie Coastal: The Roar",
    "headline": "Meet a member: Heather McKenna, our Christmas cake convenor",
    "ld": {
        "memberOf": {"@type": "Organization", "name": "Lions Club of Burnie Coastal"},
    },
    "sections": [
        ("Meet Heather", [
            "Heather has been a Lion for twelve years. She works for Australian Border Force down at the Burnie "
            "wharf, boarding the ships that come in, and says the best part of her job is the tea the Filipino "
            "cooks make.",
            "Heather lives in Somerset with her husband Graham, a retired fitter, and their elderly cat Moss. She "
            "runs our Thursday sausage sizzle outside the hardware store from 10am, rain or shine, with her "
            "partner-in-crime and fellow Lion Joyce Pitt.",
            "Christmas cake orders this year go to Heather on her work mobile, 0491 570 871, which she carries at "
            "all hours anyway."]),
    ],
}

ACTIVITYPUB = {
    "handle": "heathermck",
    "summary": "<p>Lion, knitter, nana. North-west coast.</p>",
    "notes": [
        (3101, "2026-03-04 18:20", "+11:00",
         "Two woodchip ships in one day and only two of us rostered at the wharf. Home at 9pm. Graham had the "
         "soup on, bless him.", {}),
        (3102, "2026-04-30 12:10", "+10:00",
         "Sizzle raised $640 for the hospital auxiliary today. Joyce did the onions, as is her divine right.", {}),
        (3103, "2026-05-18 20:00", "+10:00",
         "The border collie next door has learned to open our gate. Moss is furious.", {}),
    ],
}
