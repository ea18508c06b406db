"""Callum Reyes (FICTIONAL): 34, watch officer on the Border Force operations floor in Canberra, divorced.

A dating-site profile (schema.org Person) and his Mastodon-style account of terse post-shift posts.
Every name, handle and number is invented.
"""
NAME = "Callum Reyes"

PERSON = {
    "path": "/profiles/callum-34-canberra",
    "site": "Kindred Dating",
    "headline": "Callum, 34 · Florey, Canberra · looking for something real",
    "ld": {
        "givenName": "Callum",
        "gender": "Male",
        "address": {"@type": "PostalAddress", "addressLocality": "Florey", "addressRegion": "ACT"},
        "telephone": "0491 570 338",
    },
    "sections": [
        ("About me", [
            "Divorced last year (she got the house, I got the debt and the dog, so who really won). I work for the "
            "ABF on a shift roster, so I can't talk about work, and please don't ask what the BOC is.",
            "Roster is 2 days, 2 nights, 4 off, so I'm free more weekdays than you'd think. I have my daughter Isla "
            "every second weekend."]),
        ("What I'm looking for", [
            "Someone who doesn't mind a bloke who's awake at 4am. My mate Tui Marsters made me write this profile, "
            "blame him."]),
        ("Contact", ["Text me on 0491 570 338 once we've matched."]),
        ("Verification", ["✓ Photo verified · ✓ Work email verified (@abf.gov.au)"]),
    ],
}

ACTIVITYPUB = {
    "handle": "calreyes",
    "display_name": "Cal",
    "summary": "<p>nights. coffee. Raiders. dog dad.</p>",
    "notes": [
        (7301, "2026-02-03 07:55", "+11:00",
         "12 hrs at the Border Operations Centre watching a dot near Ashmore that turned out to be 14 people in a "
         "boat. Home. Bed.", {}),
        (7302, "2026-02-19 08:10", "+11:00",
         "the big screens on the floor all run off one PC under a desk that nobody is allowed to restart. it "
         "crashed at 3am. we used a whiteboard.", {}),
        (7303, "2026-03-08 07:40", "+11:00",
         "shoutout to Priya Natarajan on the floor who brought dumplings in at 4am. Priya for Commissioner.", {}),
        (7305, "2026-04-14 19:00", "+10:00",
         "Isla's first week of kindy done. I cried in the car like an idiot", {}),
        (7306, "2026-05-05 02:20", "+10:00",
         "nights off and it's just me and the dog. lonely doesn't cover it", {}),
        (7307, "2026-06-01 18:30", "+10:00",
         "dog is a border collie who thinks she runs the house. she's not wrong", {}),
    ],
}
