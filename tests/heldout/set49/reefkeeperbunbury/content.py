"""Shannon Bradley (FICTIONAL): a Border Force officer at the Port of Bunbury on a reef-aquarium forum.

Plain forum thread pages (no microformats): moving a tank to Australind after a transfer, frag
swaps at the Saturday markets, slow replies because crew jumped ship, a sump for sale. Every
name, number and forum is invented.
"""
NAME = "Shannon Bradley"

FORUM = {
    "site": "WA Reef Keepers",
    "user": "shannon_b_reef",
    "path": "/forum/u/shannon_b_reef/",
    "inline": True,
    "about": ["Mixed reef, 4ft, 18 months in. South West WA. Softies and LPS, not brave enough for SPS yet."],
    "posts": [
        ("501", "2026-02-14 20:30", "+08:00", "Moving a 4ft reef from Perth to the South West",
         ["Transferred down for work (I'm Border Force, at the Port of Bunbury now) and we've moved into a rental "
          "in Australind, so the tank had to come too. Two eskies, forty buckets and a very patient partner.",
          "Lost one acan, everything else is opening up. Thanks all for the advice in the last thread."]),
        ("502", "2026-03-07 19:10", "+08:00", "Anyone in the South West with spare frags?",
         ["Keen to swap zoas and GSP for anything. I work 7 till 3 weekdays at the port and Saturday mornings I'm "
          "always at the Bunbury farmers market from 8 till 10, happy to meet there with a bag and an esky.",
          "Big thanks to Wayne Colley from the South West reef club for the hammer frag last month, it's thriving."]),
        ("503", "2026-04-24 21:45", "+08:00", "Sorry for the slow replies",
         ["Sorry for going quiet. Flat out at work: two crew went over the side of a woodchip ship at the berth on "
          "Sunday night and we spent three days looking for them with the water police. Still not found. Everyone's "
          "on overtime and I haven't topped off the ATO in days.",
          "My partner Alex has been feeding the fish and reckons the tank is now her tank."]),
        ("504", "2026-06-02 18:20", "+08:00", "FS: 3ft sump, return pump and skimmer",
         ["Upgraded, so selling the old 3ft sump with baffles, a DC return pump and the old skimmer. $250 the lot. "
          "Pick up Australind. PM me or text 0491 570 402.",
          "No time wasters please, and no, my border collie does not come with it."]),
        ("505", "2026-07-19 20:00", "+08:00", "Alkalinity swings, what am I doing wrong?",
         ["Alk going from 8.5 to 7.2 overnight. Dosing two-part by hand when I get home at half three. Alex says I "
          "should just buy a doser. Alex is probably right."]),
    ],
}
