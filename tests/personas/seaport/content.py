"""Aaron Pike (FICTIONAL): a customs officer at Port Botany with mild exposure, mostly fishing.

A Mastodon-style account (the bio says where he works), a plain fishing-forum
profile. No photo carries a location. Every
name and handle is invented.
"""
NAME = "Aaron Pike"

ACTIVITYPUB = {
    "handle": "pikey",
    "summary": "<p>Border Force officer by day, fisherman by weekend. Sydney.</p>",
    "notes": [
        (4001, "2026-02-12 18:10", "+11:00",
         "Container exams all week at Port Botany. Long days, but the sunsets over the bay make up for it.", {}),
        (4002, "2026-02-21 07:40", "+11:00",
         "60 cm flathead off the Maroubra rocks this morning!", {}),
        (4003, "2026-03-01 15:30", "+11:00",
         "Customs House at Circular Quay has a great rooftop bar now. Recommend.", {}),
        (4004, "2026-03-14 17:00", "+11:00",
         "Out on the bay with my mate Kev Doyle today. He caught nothing and blamed the tide.", {}),
        (4005, "2026-04-25 12:00", "+10:00",
         "Anzac Day two-up at the local. Lest we forget.", {}),
        (4006, "2026-05-09 08:15", "+10:00",
         "Kurnell at sunrise, no fish but what a view.", {}),
    ],
}

FORUM = {
    "site": "NSW Fishing Forum",
    "user": "pikey_fish",
    "path": "/forum/u/pikey_fish/",
    "about": ["Land-based and kayak. Southern Sydney."],
    "posts": [
        ("71", "2026-02-28 21:00", "+11:00", "Rock fishing in winter?",
         ["Anyone fish the rocks at La Perouse in winter? Worth it for drummer or am I dreaming?"]),
        ("72", "2026-03-30 20:00", "+11:00", "Boat ramp etiquette",
         ["Rant: if you take twenty minutes to launch at Foreshore Road on a Saturday, please practise at home."]),
        ("73", "2026-05-18 19:00", "+10:00", "Kayak for sale",
         ["Selling my old fishing kayak, $400 with the rod holders. Reply here if keen, pick up only."]),
    ],
}

PHOTOS: list = []          # he shares photos through an app that strips location
