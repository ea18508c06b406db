"""Ron Barkla (FICTIONAL): a 57-year-old Border Force detector dog handler on the cargo wharf in Darwin.

A Top End fishing-report forum (thread pages), one post carrying a backyard photo with GPS at home in
Howard Springs. Yarns told long and loose. Every name, number and handle is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
near = sys.modules["_demo_make_photos"]._near

NAME = "Ron Barkla"
HOME = (-12.49700, 131.04700)     # a rural-residential road in Howard Springs NT, rounded

PHOTOS = [
    Photo("boat-slab.jpg", *near(HOME, 10, 15), 30.0, "2026:07:11 16:40:12", "+09:30",
          "new concrete slab for the tinny beside the shed, Saturday", (150, 140, 120), "Samsung", "Galaxy A52"),
]

FORUM = {
    "site": "Top End Fishing Reports",
    "user": "barra_ron",
    "path": "/forum/u/barra_ron/",
    "about": ["Howard Springs. 4.2 tinny, a '98 Hilux and a bad back."],
    "posts": [
        ("7201", "2026-04-19 19:30", "+09:30", "Report: Shoal Bay, Sunday",
         ["Took the grandson out Sunday on the run-in. Three barra, biggest 71, and he won't shut up about it. "
          "Lures: the usual gold bomber. Water dirty after the rain."]),
        ("7202", "2026-05-16 20:15", "+09:30", "Tides and shift work",
         ["Anyone else work the wharf? I'm on the dog team at East Arm for Border Force, 7 till 3:30 weekdays, "
          "weekends off, so my fishing is Saturday mornings, run-out tide out of the Hidden Valley ramp and back by "
          "lunch. Always the same, the missus sets her watch by it."]),
        ("7203", "2026-06-07 18:00", "+09:30", "A yarn for a slow night",
         ["Slow night so here's a yarn. My girl Jess (the dog, not the daughter) sat on a reefer off a ship out of "
          "Panama last month and we pulled 30 kilos of cocaine out of the bulkhead after nine hours with the "
          "grinders. Biggest one of my career. All down to the dog.",
          "Don't go repeating that."]),
        ("7204", "2026-07-11 19:20", "+09:30", "New slab for the tinny",
         ["Poured the new slab for the boat at our place in Howard Springs. Level-ish.",
          '<img src="{{BASE}}/media/boat-slab.jpg" alt="A tinny on a new concrete slab beside a shed">']),
        ("7205", "2026-08-02 21:45", "+09:30", "Crook back, crook bank",
         ["Compo claim got knocked back so I'm on half pay till the back comes good. Credit card's maxed and the new "
          "boat's on a loan Debbie doesn't know about. Might have to sell the old tinny, ring Ron on 0491 570 628 if "
          "you're interested, 4.2 with a 30 Yammy."]),
        ("7206", "2026-09-06 17:30", "+09:30", "Report: Bynoe, the big one",
         ["Fished Bynoe with my offsider from the dog unit, Tony Kiriakou, and my old mate Stumpy (Greg Lowe for "
          "the uninitiated). Tony got the big one, 94, and I'll be hearing about it at work till I retire."]),
    ],
}
