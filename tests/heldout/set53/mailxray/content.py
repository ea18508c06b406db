"""Tash Mulvaney (FICTIONAL): Border Force officer on the x-ray line at the Perth Airport mail centre, Halls Head,
Mandurah; a young mum posting like a group chat. Every name, handle and number is invented."""
import sys

_mp = sys.modules["_demo_make_photos"]
Photo, near = _mp.Photo, _mp._near

NAME = "Tash Mulvaney"
HOME = (-32.53720, 115.72840)   # a residential street in Halls Head, rounded

ACTIVITYPUB = {
    "handle": "tashmulv",
    "summary": "<p>mum of 2 \U0001f423\U0001f423 | x-ray line girl, ABF | mandurah born n bred | coffee is a personality</p>",
    "fields": [("mums group", "text me 0491 570 214 (dont call, kids asleep lol)")],
    "notes": [
        (6101, "2026-03-03 05:12", "+08:00",
         "5:12am and already on the Kwinana fwy \U0001f643 early shift at the IMC out at Perth Airport again, 6 til 2:30 mon to thu this "
         "roster. my other half Dean is doing daycare drop off, absolute legend", {}),
        (6102, "2026-03-05 19:40", "+08:00",
         "ok whose kid refuses shoes?? Miss Ruby (5) and Mr Archie (2) both barefoot out the door every single "
         "morning, the daycare ladies in Halls Head must think we're feral \U0001f629", {}),
        (6103, "2026-03-12 15:05", "+08:00",
         "wild day. 40 odd vapes wrapped in kids clothes on my screen this morning, then a parcel that turned out to "
         "be 2kg of meth packed inside a rice cooker \U0001f633 whole line stopped for an hour while the dog team came "
         "over. love this job tbh", {}),
        (6104, "2026-03-19 14:50", "+08:00",
         "the new x-ray at station 3 freezes every time someone on the floor opens the parcel tracking app on the "
         "same network \U0001f644 IT says known issue. so we all pile onto station 4 which still runs windows 7 \U0001f602", {}),
        (6105, "2026-03-26 16:00", "+08:00",
         "shoutout to my line supervisor Gemma Okoro for covering my break when daycare rang about Archie's temp. "
         "Gem you're the best, coffee on me", {}),
        (6106, "2026-04-04 10:30", "+08:00",
         "first tomatoes from the backyard!! Ruby ate three before I got the photo", {"images": [("tomatoes.jpg", "tomatoes in the backyard")]}),
        (6107, "2026-04-14 21:15", "+08:00",
         "daycare fees up again, the car needs 4 tyres and we're already on the afterpay treadmill for the fridge. "
         "seriously how do ppl afford kids \U0001f62d might have to cash out my leave", {}),
        (6108, "2026-04-18 11:20", "+08:00",
         "mums group coffee on the foreshore with the girls. Bree Tamihana you are a QUEEN for the bag of hand me downs", {}),
        (6109, "2026-04-22 08:05", "+08:00",
         "next door's border collie got out AGAIN and the Australia Post van driver had to stop for it. Archie thought it was the best thing ever", {}),
        (6110, "2026-05-02 17:45", "+08:00",
         "Archie turned 3!! backyard chaos, 11 toddlers and one very tired Dean", {"images": [("party.jpg", "birthday party in the backyard")]}),
    ],
}

PHOTOS = [
    Photo("tomatoes.jpg", *near(HOME, 6, -9), 5.0, "2026:04:04 10:24:10", "+08:00", "tomatoes in the backyard", (180, 40, 40)),
    Photo("party.jpg", *near(HOME, -10, 12), 5.0, "2026:05:02 16:58:31", "+08:00", "birthday party in the backyard", (220, 180, 60)),
]
