"""Marcus Delaney (FICTIONAL): 39-year-old Home Affairs property and security officer for the Cairns office.

A side hustle, a coffee van: its schema.org page (Saturday trading spot, bookings phone, partner and dad who
help) and his ActivityPub account, whose profile field gives the day job and whose contact field is his work
email. Posts: door readers and cloneable swipe cards, an alarm PC with its password on a post-it, the van loan,
a driveway photo with GPS. Every name, number and business here is invented.
"""
import sys

_p = sys.modules["_demo_make_photos"]
Photo, near = _p.Photo, _p._near

NAME = "Marcus Delaney"
HOME = (-17.0082, 145.7476)     # a residential street in Bentley Park, Cairns, rounded

PERSON = {
    "path": "/about",
    "site": "Grind Van Cairns",
    "headline": "Grind Van Cairns: espresso out of a '78 Bedford, southern suburbs",
    "ld": {
        "jobTitle": "Owner and barista",
        "worksFor": {"@type": "LocalBusiness", "name": "Grind Van Cairns"},
        "telephone": "0491 570 131",
    },
    "sections": [
        ("Where to find us", [
            "Every Saturday 6am to 10am at the Bentley Park soccer fields, rain or shine (well, not cyclones).",
            "Private bookings: call or text Marcus on 0491 570 131."]),
        ("The crew", [
            "Grind Van is Marcus, his partner Jess Moana who does the books and the banana bread, and Marcus's "
            "dad who mostly talks to customers. Beans roasted by our mate Tomasi Vake at Tropic Roasters."]),
    ],
}

ACTIVITYPUB = {
    "handle": "grindvan",
    "display_name": "Marcus | Grind Van",
    "summary": "<p>Coffee van on weekends. Security nerd on weekdays. Cairns.</p>",
    "fields": [("Day job", "property &amp; security, Home Affairs Cairns"),
               ("Contact", "m.delaney@homeaffairs.gov.au")],
    "notes": [
        (7701, "2026-02-09 18:20", "+10:00",
         "Swapped out 40 door readers at work this week because the old swipe cards could be cloned with a $30 "
         "gadget off eBay. Took four years of asking. The after-hours alarm still runs off a PC under my desk with "
         "the password on a post-it, but one battle at a time 😂", {}),
        (7702, "2026-02-21 09:15", "+10:00",
         "Queue to the goalposts this morning. Jess reckons we need a second grinder. Jess is always right.", {}),
        (7703, "2026-03-07 17:30", "+10:00",
         "Van's home in the driveway after a wash. Look at her.",
         {"images": [("van-driveway.jpg", "the coffee van in a suburban driveway")]}),
        (7704, "2026-03-18 12:40", "+10:00",
         "Lunch on the Esplanade, two minutes from the office on Abbott St. Should not be allowed to have a view "
         "this good on a Wednesday.", {}),
        (7705, "2026-04-03 22:10", "+10:00",
         "Van loan is $38k and the weekends aren't covering it since the council fees went up. Might have to pick "
         "up overtime at work or sell the Bedford. Not a fun spreadsheet night.", {}),
        (7706, "2026-04-19 07:05", "+10:00",
         "Dad's first solo shift on the machine. We love you, Dad, but that was not a flat white.", {}),
        (7707, "2026-05-02 16:45", "+10:00",
         "Someone asked if the van does department store events. We do school fetes and footy. The border collie "
         "at the fields gets a puppuccino every week.", {}),
    ],
}

PHOTOS = [
    Photo("van-driveway.jpg", *near(HOME, -5, 8), 12.0, "2026:03:07 17:22:40", "+10:00",
          "the coffee van in the driveway after a wash", (200, 170, 120)),
]
