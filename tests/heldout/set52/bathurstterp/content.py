"""Linh Tran-Murphy (FICTIONAL), NEGATIVE CONTROL: in-house Vietnamese interpreter at a private migration law
firm in Bathurst, living in Kelso. She talks about Home Affairs interviews, Border Force and detention as her
clients' matters; she is not staff. Everything invented.
"""
NAME = "Linh Tran-Murphy"

ACTIVITYPUB = {
    "handle": "linhterp",
    "summary": "<p>Vietnamese interpreter, in-house at a migration law firm in Bathurst. Kelso. Views mine.</p>",
    "fields": [("Email", "linh.tm@mailbox.example")],
    "notes": [
        (7601, "2026-04-09 18:30", "+10:00",
         "Long day. Sat in on a Home Affairs interview for a client by phone, two hours of the same six questions. "
         "The department's own interpreter was on the line too, so we were two voices for one story.", {}),
        (7602, "2026-04-22 20:00", "+10:00",
         "Client's brother was stopped by Border Force at Sydney Airport last year and she still shakes telling it. "
         "Interpreting trauma is the part of the job nobody trains you for.", {}),
        (7603, "2026-05-07 19:15", "+10:00",
         "Thursday 6pm is Vietnamese class for kids at the Bathurst library, my favourite hour of the week.", {}),
        (7604, "2026-05-21 21:10", "+10:00",
         "My husband Declan made phở from scratch. Declan, I'm sorry, it's a soup not a stew.", {}),
        (7605, "2026-06-03 17:50", "+10:00",
         "Drove to Villawood with our principal for a client in detention. The visa cancellation appeal is in June. "
         "Home again by ten, Kelso never looked so good.", {}),
        (7606, "2026-06-18 19:40", "+10:00",
         "Coffee with my old uni friend Oanh Lê, who now teaches at the TAFE. We talked about everything except work.", {}),
        (7607, "2026-07-01 20:25", "+10:00",
         "Watched Border Security with Declan and kept correcting the subtitles. Occupational hazard.", {}),
    ],
}
