"""Pete Ruatapu (FICTIONAL): officer in detention operations at North West Point, Christmas Island,
who posts almost only questions. Every name, handle, number and address is invented."""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
NAME = "Pete Ruatapu"

ACTIVITYPUB = {
    "handle": "rockquestions",
    "display_name": "Pete R",
    "summary": "<p>Questions from the Rock. ABF, detention ops, North West Point. Kiwi by birth. Why not?</p>",
    "fields": [("Signal", "0491 570 773"), ("Where", "Silver City, CI")],
    "notes": [
        (7101, "2026-02-08 19:40", "+07:00",
         "Who else does 12s, 0700 to 1900, three on three off? How do you sleep on the third night?", {}),
        (7102, "2026-02-21 21:05", "+07:00",
         "Does anyone else in Silver City get red crabs in the laundry every single morning? Or just my place?",
         {"images": [("laundry-crab.jpg", "a red crab by a laundry door")]}),
        (7103, "2026-03-06 22:30", "+07:00",
         "Why are there only three of us on compound nights now when there used to be seven? Who signed that off?", {}),
        (7104, "2026-03-18 20:15", "+07:00",
         "Anyone know why the compound CCTV still drops out every time it rains? Two months now. "
         "Are we supposed to just walk the fence with a torch?", {}),
        (7105, "2026-04-02 18:50", "+07:00",
         "Who else heard we're getting forty more transferees on the charter next Thursday? Where are we meant to put them?", {}),
        (7106, "2026-04-19 23:10", "+07:00",
         "Is it normal to get through a six-pack every night on the Rock? Asking for me.", {}),
        (7107, "2026-05-03 17:20", "+07:00",
         "Anyone else been passed over twice for the supervisor job and told 'next round, mate'? "
         "How long do you wait before you stop caring?", {}),
        (7108, "2026-05-16 09:05", "+07:00",
         "What time is it in Perth? Missed my daughter Lani's birthday FaceTime again. How do FIFO dads do this?", {}),
        (7109, "2026-05-30 12:00", "+07:00",
         "Is Border Security on tonight or has it finished? Asking for the mess.", {}),
        (7110, "2026-06-11 19:00", "+07:00",
         "Who's coming to the Golf Course on Saturday? Bring your own crabs.", {}),
    ],
}

PHOTOS = [
    Photo("laundry-crab.jpg", -10.4270, 105.6900, 230.0, "2026:02:21 06:40:12", "+07:00",
          "a red crab at the laundry door at home, Silver City", (180, 40, 30)),
]
