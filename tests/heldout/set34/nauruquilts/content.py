"""Lorraine Petersen (FICTIONAL): 55-year-old Home Affairs officer rotating to the regional processing centre on Nauru.

A quilting group's "meet our members" page in the third person (schema.org Person) and a few gentle
posts of her own. Lives in Kippa-Ring. Every name, group, number and address is invented.
"""
NAME = "Lorraine Petersen"

PERSON = {
    "path": "/members/lorraine-petersen",
    "site": "Peninsula Patchworkers",
    "headline": "Member since 2019 | Hand piecing, scrappy quilts",
    "ld": {
        "description": "Peninsula Patchworkers member, hand piecer.",
        "homeLocation": {"@type": "Place", "name": "Kippa-Ring, Queensland"},
        "telephone": "0491 570 552",
    },
    "sections": [
        ("Meet Lorraine", [
            "Lorraine joined us in 2019 and has never finished a quilt in fewer than three years, which she "
            "says is a feature. She works for the Department of Home Affairs and spends six weeks at a time "
            "on Nauru with the regional processing team, so most of her hand piecing is done at 35,000 feet.",
            "When she's home she never misses Thursday Sit and Sew, 9 till 12 at the Scout hall, and she and "
            "her husband Trevor host the Christmas break-up every year.",
            "Quilt-along questions: ring or text Lorraine on 0491 570 552."]),
    ],
}

ACTIVITYPUB = {
    "handle": "lorrainestitches",
    "summary": "<p>Scrappy quilts, slow stitching, Redcliffe peninsula.</p>",
    "notes": [
        (35001, "2026-05-10 17:30", "+10:00",
         "Home for three weeks. Val Curnow came round with a casserole and a bag of fat quarters. That's friendship.", {}),
        (35002, "2026-06-14 19:45", "+10:00",
         "Back from the island. Ninety-four people still in the centre, half of them there since 2013, and the "
         "women asked me to teach them English paper piecing. It was the best week of the rotation.", {}),
        (35003, "2026-07-02 10:20", "+10:00",
         "Finished a border on the Dresden plate! Only the binding to go, so see you in 2028.", {}),
    ],
}
