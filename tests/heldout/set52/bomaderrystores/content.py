"""Keely Vanstone (FICTIONAL): ABF officer in a Marine Unit stores shed, home in Bomaderry; emoji-heavy captions.

Every name, handle, number and place point is invented; home photos sit on an ordinary street, rounded.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Keely Vanstone"
HOME = (-34.85210, 150.60380)

ACTIVITYPUB = {
    "handle": "keelz_v",
    "display_name": "Keelz 📦⚓",
    "summary": "<p>mum of 3 🧒🧒👶 | stores queen for the ABF Marine Unit 📦⚓ | coffee &gt; people ☕</p>",
    "fields": [("Email", "keely.vanstone@abf.gov.au"), ("Netball", "GA or nothing 🏐")],
    "notes": [
        (6101, "2026-04-14 05:02", "+10:00",
         "5:05 train from Bomaderry again 😴🚆 change at Kiama, walk into the Port Kembla depot by 7:15. living the dream 🙃 #commute", {}),
        (6102, "2026-04-20 17:40", "+10:00",
         "Stocktake week 📦📦📦 the Sapper crashed twice and ate half my count 🤬💻 (the Sapper = our stock system, SAP from about 2009, held together with prayers)", {}),
        (6103, "2026-04-23 16:10", "+10:00",
         "Two Cape boats heading out Tuesday for 4 weeks up north 🚤🚤 loaded 2 pallets of rations, the spare FLIR and 40 jerries of fuel today. arms = noodles 💪😂", {}),
        (6104, "2026-05-02 09:30", "+10:00",
         "Saturday sport 🏉⚽ Mia (9) scored, Jack (7) sulked, the baby screamed the whole game 😂 hubby Dean on sausage duty as usual 🌭 love my crew ❤️", {}),
        (6105, "2026-05-06 21:15", "+10:00",
         "Dean's shifts got cut at the mill again 😩 the mortgage does not care 💸💸 card maxed, Afterpay maxed, someone buy me a scratchie pls 🎟️🙏", {}),
        (6106, "2026-05-09 18:20", "+10:00",
         "Backyard sunset 🌅 finally a weekend, finally a wine 🍷",
         {"images": [("keelz-backyard.jpg", "sunset over the back fence")]}),
        (6107, "2026-05-12 12:45", "+10:00",
         "my boss Warren Pask brought scones in for stocktake 🥹 best supervisor in the Marine Unit, don't tell him I said that", {}),
        (6108, "2026-05-19 19:05", "+10:00",
         "3 night vision kits 'missing' off the register 🙈 not my fault but guess who's doing the loss report 🙋\u200d♀️ Wazza reckons they're on a boat somewhere off Thursday Island", {}),
        (6109, "2026-05-27 20:30", "+10:00",
         "Wazza says the new RFID tags will fix everything 🙄 sure Jan. the handheld scanners don't even talk to the wifi in the shed, I walk to the carpark to sync 📶❌", {}),
        (6110, "2026-06-04 21:40", "+10:00",
         "Thursday = netball 6:30pm at the Nowra courts 🏐 then collapse on the couch 🛋️ #gettingold", {}),
        (6111, "2026-06-13 22:05", "+10:00",
         "Girls night with my bestie Shanae Kirk 🍹💃 love ya Shay, sorry about the karaoke",
         {"images": [("keelz-night.jpg", "fairy lights on the back deck")]}),
        (6112, "2026-06-20 10:00", "+10:00",
         "Selling Mia's old bike, $40, pick up Bomaderry 🚲 msg me on 0491 570 112", {}),
        (6113, "2026-06-27 15:00", "+10:00",
         "Went to the department store for school shoes and came out with a border collie calendar and no shoes 🤦\u200d♀️", {}),
        (6114, "2026-07-03 20:10", "+10:00",
         "Binged Border Security all night instead of folding washing. no regrets 📺", {}),
    ],
}

PHOTOS = [
    Photo("keelz-backyard.jpg", HOME[0] + 0.00008, HOME[1] - 0.00010, 30.0, "2026:05:09 18:12:40", "+10:00",
          "sunset over the back fence", (220, 130, 80)),
    Photo("keelz-night.jpg", HOME[0] - 0.00012, HOME[1] + 0.00006, 30.0, "2026:06:13 21:58:02", "+10:00",
          "fairy lights on the back deck", (50, 40, 90)),
]
