"""Tahlia Okoro (FICTIONAL): 28, Home Affairs ICT network engineer, Melbourne, Maidstone; sneaker reseller.

A Mastodon-style reselling account whose contact field is her work email. Every name, handle
and number is invented.
"""
NAME = "Tahlia Okoro"

ACTIVITYPUB = {
    "handle": "tahkicks",
    "display_name": "tah 👟",
    "summary": "<p>network engineer @ home affairs by day, sneakers by night. DS only. Melb west. no lowballs pls</p>",
    "fields": [
        ("email", "tahlia.okoro@homeaffairs.gov.au"),
        ("WhatsApp", "0491 570 640"),
    ],
    "notes": [
        (6101, "2026-02-14 21:00", "+11:00",
         "FS: Jordan 4 Military Black sz 9 DS, $420. pickup Maidstone or meetups Saturday 10am at the Highpoint "
         "food court (every sat, ask for tah)", {}),
        (6102, "2026-03-09 11:30", "+11:00",
         "the outage at the airports this morning was us. bad route push on the border network at 5:40, "
         "passengers queued 2 hrs at Tulla. not my change thank god. still on the bridge call", {}),
        (6103, "2026-04-02 08:05", "+11:00",
         "change window sunday 2-6am, finally moving the airport sites off the old Cisco ASAs after 9 years. "
         "the VPN concentrator falls over if more than 3k people log in so pray for us", {}),
        (6104, "2026-04-26 22:45", "+10:00",
         "real talk. bought 40 pairs on Afterpay and Zip to flip, market dumped, now owe $12k and rising. "
         "pls buy my shoes", {}),
        (6105, "2026-05-17 15:20", "+10:00",
         "me and my resell partner Jules (Julian Marsh) doing a pop-up at the Footscray market tomorrow. came "
         "straight from the Lonsdale St office so excuse the lanyard in the pics", {}),
        (6106, "2026-06-07 19:40", "+10:00",
         "my partner Remy says the spare room is 'not a stockroom'. Remy is wrong", {}),
        (6107, "2026-06-30 09:10", "+10:00",
         "department store sneaker sections are a crime against sneakers. that is all", {}),
    ],
}
