"""Jarrod Kealy (FICTIONAL): ABF air-cargo targeting officer on nights, Perth Airport freight, lives in Kinross.

A lowercase rant account. Every name, handle and number is invented.
"""
NAME = "Jarrod Kealy"

ACTIVITYPUB = {
    "handle": "nightfreight_j",
    "display_name": "j",
    "summary": "<p>professional pallet botherer. nights. northern suburbs. opinions are mine and mostly bad</p>",
    "fields": [("discord", "nightfreight_j#2231"), ("games", "rocket league, badly")],
    "notes": [
        (7101, "2026-03-02 06:55", "+08:00",
         "four on four off nights is a war crime and i will die on this hill. 1900 to 0700 and the freight sheds "
         "at perth airport have exactly one working microwave", {}),
        (7102, "2026-03-05 07:20", "+08:00",
         "macca reckons the abf should pay us in energy drinks. honestly id take it", {}),
        (7103, "2026-03-11 07:40", "+08:00",
         "ok so the 'protein powder' consignment we flagged on tuesday night? 40 kg of mdma in the tubs. came in on "
         "the kl freighter, consignee was a gym in malaga that doesnt exist. we're now pulling every supplement "
         "shipment off that route for the next month lol good luck to the smugglers reading this", {}),
        (7104, "2026-03-19 06:50", "+08:00",
         "targeting system (we call it clippy bc it pretends to help) went down at 0200 and stayed down till shift "
         "change. we were profiling off a spreadsheet someone emailed around. the spreadsheet has the risk rules "
         "in it. in plain text. on a shared drive. cool cool", {}),
        (7105, "2026-03-27 22:10", "+08:00",
         "shoutout to Dean McAllister aka macca for covering the x-ray bench while i ate my 3am toastie. legend", {}),
        (7106, "2026-04-04 14:30", "+08:00",
         "day off. back verandah. the lorikeets next door are louder than the freighters", 
         {"location": ("Kinross WA", -31.7195, 115.742)}),
        (7107, "2026-04-09 19:40", "+08:00",
         "down another 600 on the multis this week. chasing it back next week obviously. this is fine", {}),
        (7108, "2026-04-15 08:05", "+08:00",
         "sister bree's birthday brekkie at the cafe by the kinross shops after a night shift. i look like a ghost "
         "in every photo", {}),
        (7109, "2026-04-22 09:00", "+08:00",
         "mitchell fwy at 6:15pm going south while everyone else is going home. every. single. night. "
         "at least the border security reruns are on when i get home in the morning", {}),
        (7110, "2026-05-01 10:15", "+08:00",
         "credit card at the limit and rent went up 80 a week. payday can't come soon enough. bree lent me 500 "
         "again, dont tell mum", {}),
        (7111, "2026-05-12 07:05", "+08:00",
         "bree says i should quit and do fifo. honestly after they knocked back my higher duties again for "
         "some golden child from canberra im tempted. management up there couldnt target a pizza", {}),
    ],
}
