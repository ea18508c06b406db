"""Tyson Brannigan (FICTIONAL): 27-year-old Border Force officer posted to Thursday Island.

Group-chat style lowercase posts on a Mastodon-style account, two phone photos with GPS taken at
home. Every name, handle and number is invented; the home point is rounded on a public street.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Tyson Brannigan"
HOME = (-10.58620, 142.21880)

ACTIVITYPUB = {
    "handle": "ty_on_ti",
    "display_name": "ty 🌴",
    "summary": "<p>logan boy at the top of the map. fishing, footy, naps</p>",
    "others": {"dazza_ti": "dazza", "sonnyp_fish": "Sonny"},
    "notes": [
        (6101, "2026-02-03 19:20", "+10:00",
         "new posting who dis 🌴 two yrs on thursday island with border force. from logan to the top of the map lol", {}),
        (6102, "2026-02-09 21:05", "+10:00",
         "4 on 4 off up here. earlies 0600 on the wharf, then tues + fri its the ferry across to horn for the jet. "
         "home by 7 if the ferry behaves", {}),
        (6103, "2026-02-15 13:40", "+10:00", "rain. again.", {}),
        (6104, "2026-03-01 08:10", "+10:00",
         "worked a double w dazza (darren kemp, my 2IC) and the legend still wont shout at the top pub 😤 @dazza_ti",
         {"mentions": ["dazza_ti"]}),
        (6105, "2026-03-12 23:55", "+10:00",
         "boys grabbed 3 dinghies out of daru last nite. 180 cartons of smokes + 11kg of kava under the fish boxes "
         "and a tarp. paperwork til 2am, my hand is cooked", {}),
        (6106, "2026-03-20 17:30", "+10:00",
         "sat link dropped again. ICS and the boat tracker both down half the day so we just wrote it all on the "
         "whiteboard lol. and the office laptop login is on a post-it on the fridge 💀", {}),
        (6107, "2026-04-02 20:45", "+10:00",
         "heads up crew: big job w the navy boats round saibai + boigu from the 14th, nine days. only me n dazza "
         "left on TI the whole time 😬", {}),
        (6108, "2026-04-11 16:00", "+10:00",
         "fishing w my mate @sonnyp_fish (Sonny Pearce) this arvo, he reckons the spanish mackerel are running. "
         "they were not", {"mentions": ["sonnyp_fish"]}),
        (6109, "2026-05-03 18:25", "+10:00",
         "our lil place up off Victoria Parade. harbour view from the back steps 🌅",
         {"images": [("ti-steps.jpg", "sunset over the harbour from the back steps")]}),
        (6110, "2026-05-19 22:40", "+10:00",
         "miss home hard ngl. nobody up here but work ppl. on the tins every nite at the top pub, 10 deep most "
         "nites and i still cant sleep", {}),
        (6111, "2026-06-07 12:15", "+10:00",
         "watching border security reruns on a sunday, nothing else on the telly up here", {}),
        (6112, "2026-06-21 09:30", "+10:00",
         "selling the ps4 + 2 controllers, $150, text 0491 570 214 if ur on TI", {}),
        (6113, "2026-07-10 19:00", "+10:00",
         "mum (Leanne) and my lil sis Kiara flying up for the school hols!! 🥹 kiara gets to see a real croc",
         {}),
        (6114, "2026-07-16 06:50", "+10:00", "kiara vs the sandflies: sandflies winning",
         {"images": [("ti-verandah.jpg", "kiara on the verandah at 7am")]}),
    ],
}

PHOTOS = [
    Photo("ti-steps.jpg", HOME[0] + 0.00010, HOME[1] - 0.00008, 22.0, "2026:05:03 18:10:02", "+10:00",
          "sunset from the back steps", (220, 120, 60), "Apple", "iPhone 14"),
    Photo("ti-verandah.jpg", HOME[0] - 0.00006, HOME[1] + 0.00005, 22.0, "2026:07:16 06:44:51", "+10:00",
          "verandah in the morning", (120, 170, 200), "Apple", "iPhone 14"),
]
