"""Renee Castellano (FICTIONAL): Border Force detention operations officer, Brisbane transit centre, 42.

A cyclist's training log on a Mastodon-style account; one post carries a place with coordinates near
home. Every name, number and handle is invented; the point is a rounded street point.
"""
NAME = "Renee Castellano"

ACTIVITYPUB = {
    "handle": "renee_rolls",
    "display_name": "Renee C 🚴",
    "summary": "<p>Detention ops @ Border Force by day. Cyclist by dawn. Brisbane.</p>",
    "fields": [("Contact", "renee.castellano@abf.gov.au"), ("Bike", "Steel, old, loved")],
    "notes": [
        (8101, "2026-02-02 07:05", "+10:00",
         "Commute log: 5:45 from home, Kedron Brook bikeway to Pinkenba, 21.4 km, 27.9 avg. In for the 6:30 start. "
         "4 on 4 off so 4 of these this week. #cycling", {}),
        (8102, "2026-02-08 09:30", "+10:00",
         "Grange hill repeats x6 outside our front door before the heat. Legs: gone.",
         {"location": ("Grange, Brisbane", -27.4250, 153.0170)}),
        (8103, "2026-02-17 19:40", "+10:00",
         "Worked a double with Tui Rangi, best 2IC at BITA. 32 in, 5 of us on nights, 2 code blacks this month. "
         "Rode home like a zombie.", {}),
        (8104, "2026-02-24 21:10", "+10:00",
         "Headcount on paper again tonight because the detainee management system didn't sync after the update. "
         "Third time this month.", {}),
        (8105, "2026-03-06 18:15", "+10:00",
         "All hands next Tuesday for the transfer charter to Christmas Island, so no Wednesday bunch ride for me.", {}),
        (8106, "2026-03-14 10:45", "+10:00",
         "Thanks @spokes_sal for the tow into the headwind on Nudgee Rd, Sally you're a machine.",
         {"mentions": ["spokes_sal"]}),
        (8107, "2026-03-22 16:30", "+10:00",
         "Hubby Marco on the barbecue, Luca's under-12s won at Grange Thistle, I slept through half of it. Sunday.", {}),
        (8108, "2026-04-05 20:50", "+10:00",
         "The beach house reno blew out, we've refinanced twice and the Amex is at 18k. Riding is free at least.", {}),
        (8109, "2026-04-19 08:00", "+10:00", "Gravel. Mud. Happy. #cycling", {}),
        (8110, "2026-05-02 12:10", "+10:00",
         "Watched that detention drama on the streaming service. Nothing like it. Back to the bike.", {}),
    ],
    "others": {"spokes_sal": "Sally P"},
}
