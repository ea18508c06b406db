"""Trent Mahoney (FICTIONAL): 41, Border Force officer at the Kwinana bulk jetty (Perth); edits his fishing club's newsletter."""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
NAME = "Trent Mahoney"
HOME = (-32.24400, 115.79300)      # an ordinary street in Calista, rounded

PHOTOS = [
    Photo("shed-boat.jpg", HOME[0] + 0.00008, HOME[1] + 0.00010, 12.0, "2026:03:14 16:20:00", "+08:00",
          "the tinny on its trailer in the shed", (90, 110, 130)),
    Photo("esky-squid.jpg", HOME[0] - 0.00006, HOME[1] + 0.00004, 12.0, "2026:04:05 10:45:00", "+08:00",
          "squid in the esky on the driveway", (200, 200, 210)),
]

BLOG = {
    "path": "news",
    "title": "Cockburn Sound Anglers: The Sinker",
    "card_note": "Monthly newsletter of the Cockburn Sound Anglers. Edited (badly) by Trent.",
    "posts": [
        ("march-sinker", "2026-03-02 19:00", "+08:00", "The March Sinker",
         ["Club launches are back: every Sunday at 5:30am from the Woodman Point ramp, weather permitting.",
          "Huge thanks to our president Bazza (Barry Holloway) for the new fish-cleaning table."], ["newsletter"], None),
        ("editors-note", "2026-03-09 20:10", "+08:00", "Editor's note",
         ["Your editor works down the road at the Kwinana bulk jetty with Border Force, so if the Sinker is late, blame a "
          "bulk carrier. I'm on 4 days on 4 off, nights this week. Questions about the comp: ring me at work on 02 5550 7731."],
         ["editor"], None),
        ("from-the-shed", "2026-03-15 18:30", "+08:00", "From the shed",
         ['<img src="{{BASE}}/media/shed-boat.jpg" alt="the tinny in the shed">',
          "The tinny in the shed on our street in Calista, new bungs fitted.",
          "Confession: the boat loan is $740 a fortnight and I sold the jet ski to cover a multi that didn't get up. "
          "Don't be me."], ["members"], None),
        ("boarding-yarn", "2026-03-28 21:00", "+08:00", "A yarn from work",
         ["Not fishing, but a yarn: last week we boarded a grain ship at Kwinana, took two crew off for visa overstays and "
          "found forty cartons of smokes behind the paint locker. Shane Pryor from my shift found them, fair play."], ["yarns"], None),
        ("squid-season", "2026-04-05 14:00", "+08:00", "Squid are on",
         ['<img src="{{BASE}}/media/esky-squid.jpg" alt="squid in the esky">',
          "Squid are on off the Kwinana grain terminal walls. Esky full by 9."], ["reports"], None),
        ("junior-comp", "2026-04-19 18:00", "+08:00", "Junior comp results",
         ["My young fella Jaxon (12) took the junior tailor prize, and the wife Kylie ran the sausage sizzle. "
          "Photos from the day are on the club noticeboard, not the department store one, Kev."], ["juniors"], None),
    ],
}
