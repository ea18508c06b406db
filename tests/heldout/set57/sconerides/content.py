"""Hamish Beveridge (FICTIONAL): Home Affairs research officer on migration statistics, works from home in Scone.

A cycling club ride-report blog (microformats + RSS) whose feed names its author by his work email; georss on rides
from home. Every name, address and point is invented or rounded.
"""
NAME = "Hamish Beveridge"
HOME = (-32.0477, 150.8628)

BLOG = {
    "path": "blog",
    "title": "Upper Hunter Wheelers: ride reports",
    "card_note": "Ride reports from the Saturday bunch. I count migrants for a living and hills for fun.",
    "author_email": "hamish.beveridge@homeaffairs.gov.au",
    "posts": [
        ("saturday-bunch", "2026-02-07 12:00", "+11:00", "Saturday bunch: Aberdeen and back",
         ["Eleven of us at the visitor centre at 6:30 sharp like every Saturday, 60 km out to Aberdeen and back. Mark Dickson flatted twice before Dartbrook; Dicko blames his tyres, we blame Dicko."],
         ["bunch"], None),
        ("canberra-week", "2026-02-26 19:00", "+11:00", "No ride report: Canberra week",
         ["No report this week, I was down at head office for my monthly week in Canberra. Our Home Affairs research section is drowning: the Minister's office wants the net overseas migration model rerun before the figures are published, and the numbers don't say what they want them to say.",
          "My director Olu Adeyemi rides too, so at least the Thursday lunch loop of the lake happened."],
         ["travel"], None),
        ("wet-week", "2026-03-11 20:00", "+11:00", "Wet week, no bunch",
         ["Rained out. Working from home means the laptop and the RSA token live on the kitchen table and the secure desktop kicks me out every time the NBN drops, which in Scone is daily. Running SAS over that thing is a form of penance."],
         ["weather"], None),
        ("front-gate", "2026-03-21 13:30", "+11:00", "Out the front gate",
         ["Recovery spin with my wife Morag straight out our front gate on the west side of Scone, up past the racecourse and home for scones (yes, really)."],
         ["bunch"], HOME),
        ("restructure", "2026-04-18 18:00", "+10:00", "Third restructure in two years",
         ["Not a ride report. Third restructure in two years at work and our jobs are 'under review' again. I've stopped caring, which scares me more than the review does. Riding helps."],
         ["life"], None),
        ("border-collie", "2026-05-02 12:30", "+10:00", "Saturday bunch and a border collie",
         ["A border collie chased the whole bunch for two kilometres out of Gundy. Eleven grown adults sprinting. Best interval session of the year."],
         ["bunch"], None),
    ],
}
