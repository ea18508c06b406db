"""Sandy Pavlovic (FICTIONAL): Home Affairs visa processing officer at the Adelaide office and union workplace
delegate, home in Murray Bridge.

A community-radio station's interview page in Q&A form (schema.org Person). Every name and station is invented.
"""
NAME = "Sandy Pavlovic"

PERSON = {
    "path": "/locals/sandy-pavlovic",
    "site": "Bridge FM 97.9 Community Radio",
    "headline": "Locals on the Line: this week we chat to Sandy Pavlovic, union delegate, netballer and early riser.",
    "ld": {
        "jobTitle": "Visa processing officer",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Home Affairs"},
        "email": "mailto:sandy.pavlovic@homeaffairs.gov.au",
        "homeLocation": {"@type": "Place", "name": "Murray Bridge SA"},
    },
    "sections": [
        ("So Sandy, what's the day job?", [
            "I process partner visas for Home Affairs at the Adelaide city office. People think it's stamping "
            "passports. It's not, it's reading three hundred pages of someone's love life."]),
        ("That's a long way from Murray Bridge.", [
            "I leave home at 6:15 on the freeway Monday to Thursday and I'm back by 5:30, just in time for Thursday "
            "night netball at 7 at the Murray Bridge courts. Fridays I work from home."]),
        ("You're a union delegate too?", [
            "Yes, workplace delegate for our floor. We've got 14,000 partner applications sitting in our team's "
            "queue and they've just let eleven contract staff go, so you can imagine the mood. Members can email me "
            "at work on sandy.pavlovic@homeaffairs.gov.au, or grab me or my fellow delegate Wen Li in the kitchen."]),
        ("And the computers?", [
            "Don't get me started. The new case system, we call it the Beast, logs you out every twenty minutes and "
            "sometimes loses your notes when it does. We keep notes in Word now, just in case."]),
        ("Who's at home?", [
            "My husband Goran drives road trains, so he's away half the week, and our daughter Mila is in year 10 at "
            "the high school here. She rolls her eyes at the radio thing."]),
        ("How did you end up on air?", [
            "Blame my mate Deb Thorsby, who does Saturday breakfast here. She dragged me in for a chat and here I "
            "am. Oh, and I'm not the Sandy who works at the department store, people ask."]),
    ],
}

ACTIVITYPUB = {
    "handle": "sandyp_mb",
    "summary": "<p>Murray Bridge. Netball, radio, strong opinions about roundabouts.</p>",
    "notes": [
        (7201, "2026-05-04 19:30", "+09:30", "I'm on Bridge FM this Saturday morning! Be kind.", {}),
        (7202, "2026-05-14 21:45", "+09:30",
         "Lost by two goals. The other team's border collie mascot was the best player on court.", {}),
        (7203, "2026-05-20 18:15", "+09:30", "Goran home from the Darwin run tonight, roast in the oven.", {}),
    ],
}
