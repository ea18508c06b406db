"""Beverley Ashcroft (FICTIONAL): 62, a visa cancellation case officer in the Home Affairs Hobart office; a
grandmother's chatty Facebook-style notes. Invented throughout; the home photo point is a rounded spot on an
ordinary street in Bellerive, never a real house; the beach photo is at a public beach."""
import sys

_p = sys.modules["_demo_make_photos"]
Photo, _near = _p.Photo, _p._near

NAME = "Beverley Ashcroft"
HOME = (-42.8712, 147.3762)
BEACH = (-42.8769, 147.3712)

ACTIVITYPUB = {
    "handle": "nannabev",
    "display_name": "Bev Ashcroft (Nanna Bev)",
    "summary": "<p>Nanna to five, wife to Ray, knitter, proud Tasmanian. Still working (someone has to pay for "
               "the grandkids' treats!!)</p>",
    "fields": [("Knitting swaps", "bev.ashcroft@kinmail.example")],
    "notes": [
        (4501, "2026-02-03 19:45", "+11:00",
         "Well what a week!! Back at work at Home Affairs after the long weekend and 23 new files on my desk, all "
         "character cancellations, I don't know where they all come from. Signed off three before lunch. One poor "
         "fellow has been here since he was two and now he's going back to a country he's never seen. It's not "
         "an easy job ladies, I say a little prayer for every one.", {}),
        (4502, "2026-02-08 17:30", "+11:00",
         "My two little sweethearts at the beach this arvo 💕💕 Nanna's heart is full",
         {"images": [("twins-beach.jpg", "Olive and Harper, the twins, 4, building a sandcastle at Bellerive Beach")]}),
        (4503, "2026-02-14 09:10", "+11:00",
         "Ray says I talk too much on here. RAY I CAN SEE YOU READING THIS OVER MY SHOULDER. 44 years married next "
         "month!! Happy Valentine's to my grumpy old darling xx", {}),
        (4504, "2026-02-24 06:40", "+11:00",
         "Aqua aerobics at the Clarence pool, every Tuesday and Thursday at 6:30 before work, then the 7:50 ferry "
         "across to town. Who says you can't keep fit at 62!!", {}),
        (4505, "2026-03-05 20:20", "+11:00",
         "Well!! One of my cancellation cases is going to the Tribunal and the man's lawyer rang me directly at the "
         "Hobart office today. How did he get my name?? Anyway it is listed for the 14th of April so fingers "
         "crossed the decision holds up.", {}),
        (4506, "2026-03-18 21:00", "+11:00",
         "The new case system at work (the girls call it Trudy) has a spell check that doesn't know the word "
         "cancellation!! And it logs us all out at 3pm every day, anything you haven't saved is gone. Nobody in "
         "Canberra can tell us why. You couldn't make it up.", {}),
        (4507, "2026-03-22 14:15", "+11:00",
         "Lunch with my dear friend Marg Delaney from St Mark's, forty years of friendship this year. We still "
         "laugh at the same silly things.", {}),
        (4508, "2026-04-02 10:05", "+11:00",
         "My roses out the front this morning, best they've been in years 🌹",
         {"images": [("front-roses.jpg", "red roses in the front garden")]}),
        (4509, "2026-04-16 18:40", "+10:00",
         "Our Kate has started at the Royal Hobart as a midwife!! So so proud of my girl. Ray cried (he'll deny it).",
         {}),
        (4510, "2026-04-30 16:00", "+10:00",
         "Farewell morning tea for Deepa at work today, my team leader these six years and the best boss I've ever "
         "had. I made the lemon slice. We'll all miss her terribly.", {}),
        (4511, "2026-05-09 20:30", "+10:00",
         "Watching Border Security reruns with Ray. He reckons I should be on it ha!! Then the department store "
         "catalogue came and that was the end of his quiet night.", {}),
    ],
}

PHOTOS = [
    Photo("twins-beach.jpg", *_near(BEACH, 0, 0), 2.0, "2026:02:08 16:55:02", "+11:00",
          "twins at the beach, Sunday afternoon", (200, 190, 140)),
    Photo("front-roses.jpg", *_near(HOME, 4, -6), 18.0, "2026:04:02 09:48:30", "+11:00",
          "roses in the front garden, Thursday morning", (170, 40, 60)),
]
