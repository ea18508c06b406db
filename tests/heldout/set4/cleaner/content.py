"""Rosa Tuimavave (FICTIONAL): NEGATIVE CONTROL. Contract cleaner at Darwin Airport for a private facilities firm;
she cleans the arrivals hall and the Border Force office, and mentions the dogs, the uniforms and the x-ray. Set 4, blind."""
import sys

_mp = sys.modules["_demo_make_photos"]
Photo, near = _mp.Photo, _mp._near

NAME = "Rosa Tuimavave"
HOME = (-12.3780, 130.8490)      # an ordinary street, Nightcliff NT (rounded)

ACTIVITYPUB = {
    "handle": "rosa_t_drw",
    "summary": "<p>Darwin girl 🌴 cleaner by night, church choir by Sunday. Mum of two fur babies 🐶🐶</p>",
    "notes": [
        (9301, "2026-01-07 06:30", "+09:30",
         "Night shift done. Mopped the whole arrivals hall twice cos of the rain 😩 my company don't pay enough for this", {}),
        (9302, "2026-01-16 07:10", "+09:30",
         "Funny thing, I clean the Border Force office at the airport and they have the messiest kitchen of anyone lol", {}),
        (9303, "2026-01-25 18:45", "+09:30", "Storm rolling in over our backyard in Nightcliff ⛈️",
         {"images": [("storm.jpg", "storm clouds over a backyard")]}),
        (9304, "2026-02-03 07:00", "+09:30",
         "The sniffer dog at arrivals is the cutest. Not allowed to pat him 😭", {}),
        (9305, "2026-02-12 20:00", "+09:30",
         "Had to take a payday loan to fix the car, $900 and they want $1,280 back. Never again 😔 #stressed", {}),
        (9306, "2026-02-20 07:20", "+09:30",
         "Got my new uniform, hi-vis with the company logo. Very glam. Airside pass photo even worse", {}),
        (9307, "2026-03-02 21:15", "+09:30",
         "They put a new x-ray machine in at the customs area, we're not allowed to wipe it down anymore lol", {}),
        (9308, "2026-03-10 17:50", "+09:30", "Sunset from the front step 🧡",
         {"images": [("front-step.jpg", "sunset from a front step")]}),
        (9309, "2026-03-15 11:00", "+09:30", "Sunday 🙏", {}),
    ],
}

PHOTOS = [
    Photo("storm.jpg", *near(HOME, -8, 5), 12.0, "2026:01:25 18:40:00", "+09:30", "storm over the backyard", (60, 60, 90)),
    Photo("front-step.jpg", *near(HOME, 10, -4), 12.0, "2026:03:10 17:48:30", "+09:30", "sunset from the front step",
          (230, 130, 80)),
]
