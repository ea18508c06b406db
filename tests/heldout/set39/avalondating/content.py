"""Marco Silvestri (FICTIONAL): 30, Border Force officer at Avalon Airport, Wyndham Vale; a dating profile.

A dating site's public profile page (schema.org Person, registered under his work email) and his
Mastodon-style account. Every name, handle and number is invented.
"""
NAME = "Marco Silvestri"

PERSON = {
    "path": "/profiles/marco-30-wyndham",
    "site": "Kindred Dating",
    "headline": "Marco, 30 · Wyndham Vale, VIC · looking for something real",
    "ld": {
        "email": "mailto:marco.silvestri@abf.gov.au",
        "jobTitle": "Border Force officer",
        "homeLocation": {"@type": "Place", "name": "Wyndham Vale, VIC"},
        "gender": "Male",
    },
    "sections": [
        ("About me", [
            "ABF officer (yes the uniform is real, no I won't wear it to dinner). I work at Avalon Airport, "
            "which is basically me and the AirAsia flight.",
            "Divorced last year, the ex got the house and I got the coffee machine. Bit lonely out here honestly, "
            "most of my mates are back in Brunswick.",
            "Dad to Isla (6) every second weekend, she is the boss."]),
        ("Verified", ["✓ Photo verified  ✓ Work email verified (abf.gov.au)"]),
        ("Find me", [
            "Snap: marcosilv90",
            "My mates made me write this, blame them."]),
    ],
}

ACTIVITYPUB = {
    "handle": "marcos",
    "summary": "<p>coffee snob, bad surfer, dad. Wyndham Vale.</p>",
    "notes": [
        (9101, "2026-03-18 03:40", "+11:00",
         "only international flight's the KL one so I'm on 9pm till 3am, Weds to Sun. my sleep schedule is a "
         "crime scene", {}),
        (9102, "2026-04-09 04:05", "+10:00",
         "two of us on primary for 370 pax tonight. pulled a guy with 2 kg sewn into his suitcase lining. "
         "home now, wired", {}),
        (9103, "2026-05-14 02:50", "+10:00",
         "SmartGates down again so everything manual, and the document readers need a reboot every hour or so. "
         "love that for us", {}),
        (9104, "2026-06-06 10:15", "+10:00",
         "isla weekend. she wants pancakes shaped like a border collie. attempted. looks like a potato", {}),
    ],
}
