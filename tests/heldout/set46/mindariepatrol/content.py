"""Callum Ashby (FICTIONAL): ABF officer at Perth Airport, lives in Mindarie; surf-club patrol page and posts.

A schema.org Person page (third person) and a Mastodon-style account. Every name and number is invented.
"""
NAME = "Callum Ashby"

PERSON = {
    "path": "/members/callum-ashby",
    "site": "Mindarie Reef Surf Life Saving Club (volunteer profiles)",
    "headline": "Patrol captain, Patrol 4",
    "ld": {
        "jobTitle": "Patrol captain (volunteer)",
        "homeLocation": {"@type": "Place", "name": "Mindarie WA"},
        "memberOf": {"@type": "SportsOrganization", "name": "Mindarie Reef Surf Life Saving Club"},
    },
    "sections": [
        ("About Callum", [
            "Callum has been a member since 2014 and captains Patrol 4, which is on the beach every second "
            "Sunday from 7am to noon. He lives in Mindarie, a short jog from the clubhouse.",
            "Off the beach, Callum is a Border Force officer at Perth Airport, which he says is good practice "
            "for keeping calm with tired people. Patrol members can text him on 0491 570 662."]),
    ],
}

ACTIVITYPUB = {
    "handle": "callumashby",
    "summary": "<p>Surf club, coffee, too many sunsets.</p>",
    "notes": [
        (6401, "2026-02-08 13:00", "+08:00",
         "Patrol 4 done. Two rescues, one lost kid, zero sunburn. Cheers to vice-captain Ellie Sorensen for running "
         "the radio all morning.", {}),
        (6402, "2026-03-01 21:15", "+08:00",
         "Late on T1 tonight: three flights in 40 minutes and only two of us on the primary line. Queue went past "
         "the duty free. Someone upstairs thinks roster cuts are free.", {}),
        (6403, "2026-03-22 12:40", "+08:00",
         "Mum and Dad up from Bunbury for the weekend. Dad still thinks I work at a department store.", {}),
        (6404, "2026-04-19 18:00", "+08:00",
         "My brother Declan just got into the police academy. Proud of the little idiot.", {}),
    ],
}
