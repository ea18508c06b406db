"""Colin Ambrose (FICTIONAL), a NEGATIVE CONTROL: a retired Uniting minister who volunteers as a
chaplain at Brisbane Airport. He meets stranded travellers, sees officers in passing and is employed
by nobody. Every name, handle, number and address is invented."""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
NAME = "Colin Ambrose"

ACTIVITYPUB = {
    "handle": "revcol",
    "summary": "<p>Retired minister, volunteer airport chaplain, tomato grower. Views my own. "
               "Write to me: colin.ambrose@gracemail.example</p>",
    "notes": [
        (2201, "2026-02-05 16:20", "+10:00",
         "Monday and Thursday mornings, 9 till 1, I'm in the multi-faith room at the airport. Come and say hello.", {}),
        (2202, "2026-02-19 19:10", "+10:00",
         "Sat with a young woman for two hours today while the border officers checked her visa in secondary. "
         "She was let through in the end. I said nothing about her case and didn't ask.", {}),
        (2203, "2026-03-05 18:00", "+10:00",
         "The international terminal at 6am is a cathedral of tired people. Prayers for every one of them.", {}),
        (2204, "2026-03-26 17:30", "+10:00",
         "News says a large seizure of cocaine at the port this week. We pray for those caught up in that trade, too.", {}),
        (2205, "2026-04-16 12:15", "+10:00",
         "First tomatoes of the season from our garden in Ascot. My wife Helen says the possums got more than we did.",
         {"images": [("tomatoes.jpg", "tomatoes on the back garden bench")]}),
        (2206, "2026-05-07 20:00", "+10:00",
         "Thanks to Joyce Okonjo, my fellow chaplain, for covering Thursday. Her chocolate slice is a ministry of its own.", {}),
        (2207, "2026-05-21 15:00", "+10:00",
         "A chaplain's lanyard is not a uniform, I keep telling the grandchildren.", {}),
    ],
}

PHOTOS = [
    Photo("tomatoes.jpg", -27.43040, 153.07410, 20.0, "2026:04:16 12:05:00", "+10:00",
          "tomatoes on the garden bench at home, Ascot", (200, 60, 40)),
]
