"""Lorna Veitch (FICTIONAL): Home Affairs facilities officer at the Mount Gambier office, lives in Millicent.

Her bowls club's member page (third person, schema.org Person) and her own Mastodon-style account. Every
name, handle, number and address is invented (02 5550 xxxx is reserved for fiction).
"""
NAME = "Lorna Veitch"

PERSON = {
    "path": "/members/lorna-veitch",
    "site": "Millicent Bowling Club",
    "headline": "Member since 2009. Skip, pennant Division 2.",
    "ld": {
        "jobTitle": "Facilities Officer",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Home Affairs"},
        "homeLocation": {"@type": "Place", "name": "Millicent, South Australia"},
        "memberOf": {"@type": "SportsClub", "name": "Millicent Bowling Club"},
    },
    "sections": [
        ("Meet Lorna", [
            "Lorna has been a member since 2009 and skips our Division 2 pennant side on Saturdays from 1pm. "
            "She is at the Wednesday roll-up at 6pm without fail, weather permitting or not.",
            "Off the green, Lorna looks after the building at the Department of Home Affairs office in Mount Gambier, "
            "and says the hardest part of the job is the air conditioning. Members who need her for the Christmas "
            "raffle can reach her at work on 02 5550 7312.",
            "Lorna lives in Millicent with her husband Keith, who does the club's barbecue, and her long-time skip "
            "partner is Dot Harmer."]),
    ],
}

ACTIVITYPUB = {
    "handle": "lornav",
    "summary": "<p>Bowls, grandkids, and fixing things other people break.</p>",
    "notes": [
        (1101, "2026-02-18 19:10", "+10:30",
         "Third time this month the swipe card readers on the back door at work failed in the rain. Propped it open "
         "with a chair for the cleaners again. Don't tell security.", {}),
        (1102, "2026-03-07 17:40", "+10:30", "Won by two shots. Dot was magnificent. Keith burnt the sausages.", {}),
        (1103, "2026-04-04 12:00", "+10:30", "Border collie at the green again today. Someone's dog, nobody's sure whose.", {}),
        (1104, "2026-05-09 18:25", "+10:30",
         "They changed the alarm code at work and nobody told me, so I set it off at 6am. Glad the new keypad works, anyway.", {}),
        (1105, "2026-06-01 20:00", "+10:30", "Watching Border Security with Keith. He thinks he'd be good at it. He would not.", {}),
    ],
}
