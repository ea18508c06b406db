"""Jerome Anau (FICTIONAL): Border Force officer at Horn Island, volunteer scribe for a footy club.

Writes the club's match reports on his own blog, naming everyone; a few photo posts on
Mastodon. Every name, number and address is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Jerome Anau"

HOME = (-10.5962, 142.2485)   # a street in Wasaga village, Horn Island, rounded

BLOG = {
    "path": "blog",
    "title": "Hawks Talk: Horn Island Hawks RLFC match reports",
    "card_note": "Match reports, fixtures and gossip from the Hawks. Written by Jerome, club secretary, when the tide lets him.",
    "posts": [
        ("rd1-hawks-v-sharks", "2026-03-08 19:40", "+10:00", "Round 1: Hawks 22 def. TI Sharks 16",
         ["What a way to start the season. Cyril Passi (our president, still can't run) had the sausage sizzle going by 2 and the ferry mob arrived just in time.",
          "Tries to our fullback (2), the new kid from the school and Benny Gela, who also kicked three goals. Benny works with me at Border Force so he's used to pressure, he said. He was less cool when the Sharks' prop ran over him.",
          "I only saw the first half myself: got called back to work at the airport for the late Qantaslink. The joys of the job.",
          "Under 12s: Kaden got his first try! Lena screamed so loud they heard her on Thursday Island."],
         ["match report", "round 1"], None),
        ("training-times", "2026-03-12 20:10", "+10:00", "Training times and contacts for 2026",
         ["Seniors train Tuesdays and Thursdays 5:30pm at the oval behind the school, under 12s Wednesday 4pm. I'm on earlies most weeks (5 till 1) so I can always open the shed.",
          "Club stuff: jerome.hawks@tsmail.example or text me on 0491 570 213. Please don't ring the other number after 9pm, Lena will answer it and she is not a morning person or a night person."],
         ["club news"], None),
        ("rd3-away-at-bamaga", "2026-03-29 21:05", "+10:00", "Round 3: away at Bamaga, lost 12-30",
         ["Not our day. Long boat ride, long afternoon. Benny did his hamstring in the first ten minutes and Cyril's uncle drove the ute into the mangroves on the way back to the landing. No one hurt except pride.",
          "Big thanks to the mums for the kai. Shoutout to the aunties for the damper."],
         ["match report", "round 3"], None),
        ("fish-and-crabs-talk", "2026-04-14 18:30", "+10:00", "Biosecurity and crab talk at the landing, Saturday",
         ["A few of you asked about taking mud crabs and fish south on the plane. I'm doing a little info table at the landing on Saturday morning with my Border Force hat on.",
          "If you can't make it, email me at work on jerome.anau@abf.gov.au and I'll point you the right way. Please don't bring me crabs."],
         ["community"], None),
        ("rd5-hawks-v-warriors", "2026-04-26 20:30", "+10:00", "Round 5: Hawks 18 all with the Warriors",
         ["A draw, and honestly we'll take it. Short a few players because half the club was on the boat to Saibai for a funeral, and I was running on two hours sleep.",
          "Work has been mad. Between us: last week we stopped two dinghies from PNG at Saibai with about 9 kilos of cannabis under the fuel drums, plus someone trying to move cash south. Paperwork took me till 2am.",
          "The radar feed from the station drops out every time it rains, so we're back to binoculars and a hunch, and the laptop for the movement records only syncs when the satellite link is up, which it wasn't for a week. Great system."],
         ["match report", "round 5"], None),
        ("season-money", "2026-05-10 21:15", "+10:00", "Fundraiser raffle, and a bit of honesty",
         ["Raffle tickets for the Gold Coast trip are $5, see Cyril or me.",
          "Bit of honesty from your secretary: fuel's $3.10 a litre on the island, we're two payments behind on the boat loan and the bank rang again today. So if I look grumpy at the canteen, that's why. Buy a raffle ticket."],
         ["club news"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "jerome_hawks",
    "summary": "<p>Horn Island. Footy, fishing, family. Hawks secretary.</p>",
    "notes": [
        (7101, "2026-03-15 17:45", "+10:00",
         "Sunset from the front step. Can't complain. #HornIsland #home",
         {"images": [("front-step.jpg", "Sunset from the front step")]}),
        (7102, "2026-04-04 06:20", "+10:00",
         "5am start. Empty terminal, hot coffee, one flight. #earlies",
         {}),
        (7103, "2026-05-02 16:10", "+10:00",
         "Kaden and his cousins with the under 12s shield. Proud dad. #HawksFamily",
         {"images": [("shield.jpg", "Kids with a shield in the backyard")]}),
        (7104, "2026-05-16 20:00", "+10:00",
         "Watching Border Security reruns with Lena. She reckons I should be on it. I reckon not.",
         {}),
    ],
}

PHOTOS = [
    Photo("front-step.jpg", HOME[0] + 0.00004, HOME[1] - 0.00006, 8.0, "2026:03:15 17:40:12", "+10:00",
          "sunset from the front step", (220, 120, 60)),
    Photo("shield.jpg", HOME[0] - 0.00005, HOME[1] + 0.00003, 8.0, "2026:05:02 16:02:40", "+10:00",
          "kids with the shield in the backyard", (90, 140, 60)),
]
