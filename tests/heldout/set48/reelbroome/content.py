"""Jarrod Pettersen (FICTIONAL): ABF patrol-boat crewman out of Broome, a fishing-charter forum regular.

Plain forum thread pages; one backyard photo with EXIF GPS in a post. Every name, handle and number is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Jarrod Pettersen"
HOME = (-17.95060, 122.22710)       # a residential street in Djugun, Broome (rounded)

FORUM = {
    "site": "Kimberley Sportfishing Forum",
    "user": "threadfin_jaz",
    "path": "/forum/u/threadfin_jaz/",
    "about": ["Land based, tinny and the odd charter. Broome. Threadies, queenies, goldens."],
    "posts": [
        ("9101", "2026-03-08 19:40", "+08:00", "Threadies off Town Beach on the neaps?",
         ["Back home for my off month so first thing I did was hit Town Beach for threadies. Two legal ones on "
          "live prawn, dropped a monster at the rocks. Anyone had any luck on the neaps this week or is it a "
          "waste of bait?",
          "For those who keep asking why I vanish for a month at a time: I'm crew on one of the Border Force "
          "patrol boats. 28 on, 28 off. We tie up at the Port of Broome between patrols now, so I can at least "
          "see the boat from the ramp lol."]),
        ("9102", "2026-03-22 06:15", "+08:00", "Sunday ramp report",
         ["Entrance Point ramp at 5:30 like every Sunday in my off month. Carpark full by 6, three boats with "
          "no bungs in, one bloke launched without a trailer strap. Glassy out to the wide grounds though.",
          "Goldens on the bottom, nothing on the surface. Boof reckons the water is still too dirty after the wet."]),
        ("9103", "2026-04-12 20:05", "+08:00", "Charter recommendations for the in-laws",
         ["The missus, Shae, wants to take her folks out in May. I'm away so can't skipper. Who's good?",
          "Glen Harkness (Boof to most of you) runs Salt Creek Charters and he's my first pick, been fishing with "
          "him since school. Our young fella did his first charter with Boof and hasn't shut up since."]),
        ("9104", "2026-05-02 21:30", "+08:00", "War story from the last rotation",
         ["Not fishing exactly. Last rotation we picked up a boat full of trepang off Scott Reef, 11 crew, no "
          "food left, hull so rotten we couldn't tow it, so we took the crew off and burned it where it sat. Crew "
          "came back to Broome with us. Two of them were the same blokes we caught in January.",
          "Anyway the reef is fishing its head off out there if anyone ever gets a permit."]),
        ("9105", "2026-05-16 18:45", "+08:00", "Electronics whinge",
         ["Speaking of gear that doesn't work: the radar on our boat at work has been dropping out for six weeks, "
          "and the satellite comms only come back if you reboot the box behind the chart table. We've reported it "
          "three times. Half a patrol on the sat phone. Meanwhile my 15 year old Garmin in the tinny never misses."]),
        ("9106", "2026-06-01 17:20", "+08:00", "FS: 4.3m tinny, 40hp",
         ["Selling the old tinny, 4.3m with a 40 Yammy, sounder and trailer, rego till March. $9,500 ono.",
          "Being honest, I need the cash. Still owe 41 grand on the Haines and the rate went up again, the "
          "repayments are eating me alive. Text 0491 570 318, I'm home till the 3rd.",
          'Here she is on the trailer in the backyard at Djugun: <img src="{{BASE}}/media/tinny-backyard.jpg" '
          'alt="tinny on its trailer in the backyard">']),
        ("9107", "2026-06-10 19:10", "+08:00", "Box jellies already?",
         ["Mate saw one at Cable Beach near the camels this arvo. Stinger suits on, kids. Also watched an episode of "
          "Border Security with the in-laws, never again, they asked me questions for two hours."]),
    ],
}

PHOTOS = [
    Photo("tinny-backyard.jpg", HOME[0], HOME[1], 12.0, "2026:05:31 16:42:10", "+08:00",
          "a tinny on its trailer in a backyard", (90, 120, 140)),
]
