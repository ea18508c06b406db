"""Corey Vandenberg (FICTIONAL): 27, Border Force officer on the container exam line at the Port of Brisbane,
living in Lota. A gaming clan's forum, joined with his work email. Every name, handle and number is invented."""
NAME = "Corey Vandenberg"

FORUM = {
    "site": "[WYN] Wynnum Warthogs clan forum",
    "user": "vandal_cv",
    "path": "/forum/u/vandal_cv/",
    "about": [
        "27. bayside qld. tarkov, hunt, the odd bit of rocket league when im tilted.",
        "reg'd with the work addy (corey.vandenberg@abf.gov.au) coz my gmail got nuked. dont spam it lol",
        "discord: vandal.cv27 - dm me for raid invites",
    ],
    "posts": [
        ("1201", "2026-03-02 19:40", "+10:00", "cant make raid night thurs",
         ["sorry lads, 4 on 4 off nights again and im on thurs to sun this block. 1800 to 0600 down at fisho "
          "islands so raid night is cooked for me.",
          "back on for the monday run if someone carries me"]),
        ("1202", "2026-03-09 11:15", "+10:00", "stop asking me about ur parcel",
         ["for the 5th time: yes i work for border force. no i cant find ur aliexpress parcel, im on boxes not "
          "mail. stop @ing me in general"]),
        ("1203", "2026-03-21 14:05", "+10:00", "why i was afk all week",
         ["big week. found 18 bricks of coke packed inside the evaporator of a reefer box off a ship from "
          "mexico, dog went off at the door and we had the panels off in ten mins. 6 hrs of paperwork after.",
          "my TL Moz (Maurice Tuipulotu) reckons its the biggest one at the port this yr. cant say more obv"]),
        ("1204", "2026-04-08 08:50", "+10:00", "peak govt IT",
         ["ICS was down 9 hrs tues night. whole shed on paper, holds written on the whiteboard, and the backup "
          "laptop had a flat battery so moz had to read the manifests off his phone lol. we run the border on "
          "this"]),
        ("1205", "2026-04-19 23:30", "+10:00", "anyone lend a fella 200 till payday",
         ["cases got me again. down like 1.4k on skins this month and the cash converters loan comes out thurs. "
          "asked my sister Kayla and she said no (fair). will pay back fortnightly, promise",
          "dont tell me to stop opening cases i know"]),
        ("1206", "2026-05-02 09:10", "+10:00", "LAN at mine sat",
         ["LAN at mine saturday arvo. bring ur own chair and a monitor. blue house two streets back from Lota "
          "station, park on the street not the verge or the neighbour loses it",
          "Dibs (Lachlan Dibley) is bringing the esky. kayla might drop in, be nice"]),
        ("1207", "2026-05-14 20:20", "+10:00", "new mouse",
         ["got the new mouse. still bad. turns out it was me"]),
        ("1208", "2026-05-28 21:00", "+10:00", "border patrol on tv lol",
         ["anyone watching that Border Patrol show on 7mate. the sniffer dog episode is a bit close to home. "
          "dibs keeps texting me asking if thats me. its not"]),
    ],
}
