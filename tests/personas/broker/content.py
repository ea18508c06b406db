"""Nikolai Varga (FICTIONAL): a licensed customs broker at a freight firm, a negative control.

He lodges import entries, argues with Customs about tariff codes and waits on
Border Force cargo exams at Port Botany for his firm's importers: the
department is the other side of his working day, never his employer. A
microformats2 blog whose author card names his firm and its phone, and a
trade forum member page that shows his recent posts whole, each with its own
permalink (<article id="post-N"> and <a rel="bookmark">). Every name, firm,
number and address is invented (02 5550 xxxx is reserved for fiction).
"""
NAME = "Nikolai Varga"

BLOG = {
    "path": "blog",
    "title": "Tariff Notes",
    "card_note": "Import clearance, tariff classification and the odd rant about paperwork.",
    "card_job": "Licensed Customs Broker",
    "card_org": "Quayline Logistics Pty Ltd",
    "card_tel": "+61 2 5550 7731",
    "posts": [
        ("held-boxes", "2026-02-12 19:00", "+11:00", "Three boxes held",
         ["Three of our importers' containers were held by Border Force at Port Botany this week for x-ray. "
          "No explanation, no timeline, and the storage bill is ours to explain."],
         ["cargo"], None),
        ("tariff", "2026-03-05 20:30", "+11:00", "Tariff classification is an art",
         ["Spent the afternoon arguing with Customs over whether a camping chair is furniture. I lodged the "
          "ruling request for my client anyway."],
         ["tariff"], None),
        ("licence", "2026-04-20 18:15", "+10:00", "Ten years licensed",
         ["Ten years as a licensed customs broker this month. I deal with the Department every day and I still "
          "learn something new every week."],
         ["broker"], None),
    ],
}

FORUM = {
    "site": "Freight & Forwarding Forum",
    "user": "nik_varga",
    "path": "/forum/u/nik_varga/",
    "about": ["Customs broker, Sydney. Member since 2018."],
    "inline": True,
    "posts": [
        ("811", "2026-02-18 21:00", "+11:00", "Cargo exams at Botany",
         ["Anyone else finding the ABF cargo exams at Port Botany slower since January? Our brokerage has twelve "
          "boxes waiting for the container examination facility."]),
        ("826", "2026-03-22 20:10", "+11:00", "Mail centre runaround",
         ["Spent the morning at the Sydney Gateway Facility chasing a client's parcel that Customs has held for "
          "three weeks. Nobody at the counter could tell me anything."]),
        ("840", "2026-04-27 19:40", "+10:00", "Long weekend",
         ["Our place in Noosa for the week is right on the river and I have not opened the laptop once."]),
    ],
}
