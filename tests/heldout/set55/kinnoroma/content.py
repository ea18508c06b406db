"""Brett Kinnane (FICTIONAL): ABF illicit-tobacco strike team officer, drives Roma to Brisbane each week.

Captions that are mostly hashtags on a Mastodon-style account, two photos with EXIF GPS at home.
Every name, handle, number and place point is invented or an ordinary street, rounded.
"""
import sys

_mp = sys.modules["_demo_make_photos"]     # loaded by tests/personas/build.py before this file
Photo = _mp.Photo

NAME = "Brett Kinnane"
HOME = (-26.5793, 148.7822)   # a residential street in Roma QLD, rounded

ACTIVITYPUB = {
    "handle": "kinno_roma",
    "display_name": "Kinno 🤠",
    "summary": "<p>Roma boy 🤠 | ABF | #TeamTobacco | dad x3 | Broncos till I die</p>",
    "fields": [("tipping comp", "text 0491 570 218")],
    "notes": [
        (5501, "2026-03-02 03:05", "+10:00",
         "Monday 3am, Warrego again 🚙💨 4 on 3 off life. Back Thursday arvo if the roos let me "
         "#4on3off #roadtrain #ABF #strikeTeam #Brisbanebound", {}),
        (5502, "2026-03-09 06:20", "+10:00",
         "Brekkie at the Eagle Farm depot before the warrant 🍳 Cliffo (Shane Clifford) shouting for once, "
         "miracles happen #ABF #illicittobacco #earlystart #TeamTobacco", {}),
        (5503, "2026-03-09 21:40", "+10:00",
         "3.2 tonne of chop-chop and 1.1 million sticks out of one shed at Wacol 💪 plus two hydro rooms nobody "
         "expected lol. #seizure #TeamTobacco #chopchop #nightshift", {}),
        (5504, "2026-03-12 19:15", "+10:00",
         "Next job's Thursday week out Toowoomba way, 3 sites at once 🤞 just pray the Bucket doesn't crash "
         "mid-job again, lost half a day of exhibit photos last time 🙄 #justsaying #ABF", {}),
        (5505, "2026-03-14 17:30", "+10:00",
         "Home ✌️ roast on, cold one in hand #Roma #homesweethome #weekend",
         {"images": [("verandah-roma.jpg", "back verandah at sunset")]}),
        (5506, "2026-03-21 11:00", "+10:00",
         "12 years married to this one ❤️ Kylie you legend, thanks for putting up with the Warrego widow life "
         "#wifey #anniversary #Roma", {"images": [("anniversary.jpg", "us on the front step")]}),
        (5508, "2026-04-05 22:10", "+10:00",
         "Multis done me AGAIN 😤 $740 down this week and the card's maxed. sportsbet can get stuffed "
         "#punter #neveragain #again", {}),
        (5509, "2026-04-16 20:30", "+10:00",
         "Knocked back for acting Supe AGAIN. 14 yrs in. Stuff em honestly #loyaltymeansnothing #over_it", {}),
        (5510, "2026-04-19 16:00", "+10:00",
         "New recruit 🐶 Roxy the border collie pup, already herding the chooks #workingdog #puppy", {}),
        (5511, "2026-04-20 21:00", "+10:00",
         "Border Security reruns on the couch with the missus 😂 they make it look easy #couchlife #telly", {}),
    ],
}

PHOTOS = [
    Photo("verandah-roma.jpg", *_mp._near(HOME, 6, -9), 300.0, "2026:03:14 17:28:00", "+10:00",
          "back verandah, Roma", (150, 90, 40)),
    Photo("anniversary.jpg", *_mp._near(HOME, -10, 4), 300.0, "2026:03:21 10:51:00", "+10:00",
          "front step, Roma", (120, 60, 60)),
]
