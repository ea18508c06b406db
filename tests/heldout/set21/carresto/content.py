"""Graham Tregear (FICTIONAL): Border Force officer at Macquarie Wharf, Hobart, living on the eastern shore; a car-restoration forum."""
NAME = "Graham Tregear"

FORUM = {
    "site": "Tassie Classic Holden Restorers",
    "user": "hq_gray",
    "path": "/forum/u/hq_gray/",
    "inline": True,
    "about": ["1973 HQ Kingswood, bare metal resto. Howrah, eastern shore. 55 and should know better."],
    "posts": [
        ("881", "2026-02-22 19:10", "+11:00", "Sandblasting done finally",
         ["Shell is back from the blasters. Only get weekends on her since they put us on 4 on 4 off, earlies 0600 to "
          "1800 down on Macquarie Wharf. Pics when the rain stops."]),
        ("882", "2026-03-15 20:40", "+11:00", "Why I havent posted",
         ["Got knocked back for the superintendent job again. Third time. 31 years in Customs and now Border Force "
          "and they give it to a kid from Canberra who has never boarded a ship. Stuff em. The HQ doesnt care who "
          "got promoted."]),
        ("883", "2026-04-05 18:00", "+10:00", "Cruise season (not car related sorry)",
         ["3 cruise ships a week at the wharf and they give us 4 officers to clear 4000 passengers and crew. Last week "
          "we pulled 600 cartons of smokes out of a ballast void on one of them, crew member had them wrapped in "
          "garbage bags. Nobody upstairs wants to hear about it."]),
        ("884", "2026-05-02 12:30", "+10:00", "WTB: HQ diff centre",
         ["After a 10 bolt centre in good nick. Ring me on the wharf office line 02 5550 3172 weekdays, ask for Gray."]),
        ("885", "2026-05-30 16:15", "+10:00", "Diff sorted, legend",
         ["Big thanks to Noel Banfield from Lauderdale for the diff, wouldnt take a cent. The missus Jan says I owe "
          "him a carton, she is right as usual."]),
        ("886", "2026-06-27 15:00", "+10:00", "Test drive",
         ["First drive round our street in Howrah in 14 years. Neighbours came out. Jan cried. I didnt. (I did.)"]),
        ("887", "2026-07-18 11:20", "+10:00", "Customs plates?",
         ["Anyone know if the old customs house plates on the rego are still a thing? Seen one on an EH at Bellerive "
          "Quay last week. Nothing to do with my work, just a mate's car."]),
    ],
}
