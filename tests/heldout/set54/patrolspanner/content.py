"""Dale Whitcombe (FICTIONAL): ABF marine engineer on a patrol boat out of Darwin, home in Corlette, Port Stephens.

Fly-in fly-out on a 28/28 swing; posts from his phone full of typos. Every name, handle and number is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
near = sys.modules["_demo_make_photos"]._near

NAME = "Dale Whitcombe"
HOME = (-32.7196, 152.1082)     # a rounded point on an ordinary Corlette street

ACTIVITYPUB = {
    "handle": "spanner_dale",
    "display_name": "Dale W",
    "summary": "<p>Engine room on the Cape boats for Border Force. Corlette when im home. Fishing, Knights, too much coffee. "
               "typos are the phones fault not mine</p>",
    "notes": [
        (6101, "2026-02-03 05:10", "+11:00",
         "Newcastle airport at 5am again for the 6.10 to Brisbane then Darwin. 28 on the boat, 28 home, every second "
         "tuesday the same grim terminal coffee", {}),
        (6102, "2026-02-04 19:40", "+09:30",
         "Back in Darwin. Chiefy has the port main engine in bits already. Rob Tanner I love you mate but that ECU has "
         "been throwing faults since the refit and nobody in Canberra will pay for a new one so we just reset it and "
         "pray", {}),
        (6103, "2026-02-16 21:15", "+09:30",
         "Big fortnight. Boarded a fishing boat up near the Wessels, 3 tonne of beche de mer in the hold and 9 crew. "
         "towed the lot back to Darwin, crew are in detention now. cant say more lol but proud of the boys", {}),
        (6104, "2026-02-22 13:05", "+09:30",
         "satcom has been dead four days. running on HF and a sat phone that only gets signal on the back deck. in "
         "2026. Chiefy says the spare antenna is 'on order' since june", {}),
        (6105, "2026-03-04 16:30", "+11:00",
         "home!! the missus picked me up, Kerryn you are a legend. Lachie (9) and Maddie (6) at the gate with a sign "
         "that said WELCOME HOME DAD spelt wrong, proud dad moment", {}),
        (6106, "2026-03-05 07:20", "+11:00", "first brekky back on the deck. birds going off",
         {"images": [("corlette-deck.jpg", "bacon and eggs on a back deck")]}),
        (6107, "2026-03-07 22:50", "+11:00",
         "down 4 grand on the multis this swing. Kerryn doesnt know and she isnt going to, next weekends legs get it "
         "all back", {}),
        (6108, "2026-03-10 18:00", "+11:00",
         "Selling the old 4.3m tinnie w 40hp yammy, rego til Nov. $6,500 ono. text 0491 570 212 dont ring im prob "
         "on the water", {}),
        (6109, "2026-03-14 09:45", "+11:00",
         "out on the bay w Gazza (Gary Pilkington) chasing flatties. he caught a stingray and a cold. Gazza if ur "
         "reading this ur still a muppet", {}),
        (6110, "2026-03-18 20:10", "+11:00",
         "the neighbours border collie got in our bin again and spread nappies from here to the shop. also watched "
         "Border Security reruns at the pub, the blokes reckon ill be on it. mate im the one fixing the engine", {}),
    ],
}

PHOTOS = [
    Photo("corlette-deck.jpg", *near(HOME, 6, -9), 12.0, "2026:03:05 07:18:02", "+11:00",
          "back deck breakfast", (150, 110, 70)),
]
