"""Brett Hollis (FICTIONAL): ABF officer boarding ships at Whyalla, living at Stirling North by Port Augusta."""
import sys

_p = sys.modules["_demo_make_photos"]
Photo = _p.Photo

NAME = "Brett Hollis"

PHOTOS = [
    Photo("back-step-sunset.jpg", -32.48290, 137.84150, 30.0, "2026:05:16 17:41:00", "+09:30",
          "sunset over the ranges from the back step", (210, 110, 50)),
]

ACTIVITYPUB = {
    "handle": "spencergulf_b",
    "summary": "<p>Stirling North. Ships, footy, sunsets.</p>",
    "notes": [
        (9001, "2026-02-20 06:30", "+10:30", "Up the gangway of a bulk carrier at Whyalla at 0600. Border Force life.", {}),
        (9002, "2026-03-11 18:10", "+10:30",
         "Hour down the Lincoln Hwy each way. Days Mon Wed Fri, on call Sundays. Car's done 40k this year.", {}),
        (9003, "2026-04-23 21:00", "+09:30",
         "Crew member off the Panama-flag ore ship did a runner last night. Third this year. Cops have his photo.", {}),
        (9004, "2026-05-09 23:15", "+09:30", "Lost $600 on the pokies at the club after footy. Again. Not proud.", {}),
        (9005, "2026-05-16 17:50", "+09:30", "Best seat in the house.",
         {"images": [("back-step-sunset.jpg", "Sunset over the ranges from the back step")]}),
        (9006, "2026-06-27 16:20", "+09:30", "Our girl Kirra in her first netball final. Lost by two, proud as.", {}),
        (9007, "2026-07-30 12:00", "+09:30", "Border collie pup at the pound this morning. Nearly came home with it.", {}),
    ],
}
