"""Brodie Nairn (FICTIONAL), NEGATIVE CONTROL: security guard for a private stevedore at the Port of Brisbane.

He sees Border Force at work from the gate and jokes about the TV show; none of it makes him staff.
Every name, company and number is invented.
"""
NAME = "Brodie Nairn"

ACTIVITYPUB = {
    "handle": "brodie_gate7",
    "summary": "<p>Gatehouse philosopher. Redbank Plains. Broncos till I die.</p>",
    "notes": [
        (1101, "2026-02-09 17:40", "+10:00",
         "Four on four off, 6pm to 6am in the gatehouse at Quayline Stevedoring. Night shift brain is real.", {}),
        (1102, "2026-03-03 05:10", "+10:00",
         "Border Force x-ray truck rolled through my gate at 3am to scan a box on a customs hold. Watched it from the "
         "boom gate with a cold pie. That's as close to the action as I get.", {}),
        (1103, "2026-03-21 14:00", "+10:00",
         "Kiara and I finally got the keys. Redbank Plains, baby. My partner has already painted one wall three times.", {}),
        (1104, "2026-04-11 19:30", "+10:00",
         "Watched Border Security with my mate Jonah Tuimavave and he reckons I'd be good at it. I check truck "
         "licences, Jonah. My supervisor at Quayline would laugh himself sick.", {}),
        (1105, "2026-05-02 11:15", "+10:00",
         "Selling a border collie cross's old kennel, free to a good home. Text 0491 570 902.", {}),
    ],
}
