"""Marg Pettigrew (FICTIONAL): a 55-year-old Border Force detector dog handler at a Sydney mail centre.

A grandmother's Mastodon-style account: grandkids in the clam pool, street walks, a re-mortgage, and work
told as proud-nanna stories. Two photos carry GPS near home in Girraween. Everything is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
near = sys.modules["_demo_make_photos"]._near

NAME = "Marg Pettigrew"
HOME = (-33.80100, 150.94400)       # an ordinary residential street in Girraween NSW, rounded

PHOTOS = [
    Photo("clam-pool.jpg", *near(HOME, 6, -9), 40.0, "2026:02:14 15:20:05", "+11:00",
          "four grandkids in a clam pool in the backyard, Saturday afternoon", (80, 170, 210)),
    Photo("jacarandas.jpg", *near(HOME, 45, 30), 41.0, "2026:10:18 08:05:40", "+11:00",
          "jacarandas along the street, Sunday morning walk", (150, 110, 200)),
]

ACTIVITYPUB = {
    "handle": "nannamarg",
    "display_name": "Marg P",
    "summary": "<p>Nanna of four. Labrador tragic. Very slow gardener. Western Sydney.</p>",
    "fields": [("Dogs", "Nudge (retired, long story) and a lot of other people's")],
    "notes": [
        (7001, "2026-02-14 17:02", "+11:00",
         "The grandkids over for the arvo, Mia, Jayden, Charlie and baby Rosie, all four in the clam pool at once "
         "and not one of them crying. Pop lit the barbie. Best kind of Saturday.",
         {"images": [("clam-pool.jpg", "Four kids in a clam pool")]}),
        (7002, "2026-03-01 20:30", "+11:00",
         "Back on the line tomorrow. 6am start at the mail centre at Rydalmere, me and my boy doing the parcels off "
         "the overnight flights. Border Force has had us on 6 till 2:30, Monday to Friday, for eight years now and "
         "the dog still thinks every box is for him.", {}),
        (7003, "2026-04-22 16:45", "+10:00",
         "So proud of my boy today. 4 kilos of meth in a box of 'ceramic frogs' from Guangzhou, and two pill presses "
         "packed inside a treadmill. The boss says it's the biggest week the mail centre has had since March. Can't "
         "say more of course but there's a cake in the tearoom with his face on it.", {}),
        (7004, "2026-05-29 21:10", "+10:00",
         "Farewell drinks for Deb Stanton tonight, 22 years with the dogs, she trained half of us handlers, what a "
         "woman. Deb you'll be missed at work. Whose car am I going to eat my lunch in now?", {}),
        (7005, "2026-06-17 19:00", "+10:00",
         "The new x-ray at work went down AGAIN, three days this week, so it was all hands and noses. Apparently the "
         "software has to talk to the old system in Canberra over a line that drops out whenever it rains. Good for "
         "the dogs, bad for my knees.", {}),
        (7006, "2026-07-12 18:20", "+10:00",
         "Watching Border Security reruns with Ken. He yells at the telly like they can hear him. Rosie got a border "
         "collie plush from her other nanna and won't let it go.", {}),
        (7007, "2026-08-30 22:40", "+10:00",
         "Don't tell the kids but we've had to re-mortgage to help our son with his business going under. At 55 "
         "I thought we'd be paying the house off, not on. Ken's not sleeping. Neither am I really.", {}),
        (7008, "2026-09-14 10:15", "+10:00",
         "Selling the old dog trailer, $300 or near offer, good tyres. Text me on 0491 570 243, pick up Girraween.", {}),
        (7009, "2026-10-18 09:30", "+11:00",
         "Sunday walk up our street with my Ken and the old fella. Jacarandas out early this year.",
         {"images": [("jacarandas.jpg", "Jacarandas over a footpath")]}),
    ],
}
