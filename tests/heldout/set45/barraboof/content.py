"""Wayne Kellerman (FICTIONAL): an ABF armourer in Darwin, on a Top End fishing forum.

Plain forum thread pages; two posts carry photos from his back lawn in Moulden (EXIF GPS).
Every name, number and address is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
_near = sys.modules["_demo_make_photos"]._near

NAME = "Wayne Kellerman"

HOME = (-12.5080, 130.9745)      # an ordinary street in Moulden, Palmerston NT (rounded)

FORUM = {
    "site": "Top End Fishos",
    "user": "barra_boof",
    "path": "/forum/u/barra_boof/",
    "about": ["Palmo local. 4.2 Quintrex, too many lures. I fix guns for the ABF, not fish.",
              "Reports from the harbour, Buffalo Creek and Corroboree when the wet lets me."],
    "posts": [
        ("501", "2026-02-15 19:20", "+09:30", "Buffalo Creek Sunday report",
         ["Usual Sunday, on the ramp at Buffalo Creek by 5:30 with Dazza before the crowd. Two threadies and a "
          "decent jack, Dazza lost a big one at the boat and sulked all the way home.",
          "Tide was a bit big, muddy water, but the threadies didn't mind."]),
        ("502", "2026-02-26 20:05", "+09:30", "Roster question for the shift blokes",
         ["Anyone else on four tens? I went onto Mon to Thu, 6 till 4:30 this year and Fridays are now fishing "
          "days. Only catch is the boss keeps ringing Friday arvo."]),
        ("503", "2026-03-12 21:30", "+09:30", "Work yarn (keep it under your hat)",
         ["Audit week in the armoury out at Winnellie. Two Glock 17s came back from the Marine Unit boats with serials that didn't "
          "match the register. Took us three days to work out someone had swapped holsters and paperwork "
          "between two boats in Dili. Stretch (the other armourer out here) reckons it happens every year and "
          "nobody upstairs wants to know.",
          "The register lives on a laptop that's not allowed on the network, so we print it out and tick it by "
          "hand, and the key safe's been on the same code since 2019. Don't tell anyone I said that.",
          "Anyway. Barra season's coming."]),
        ("504", "2026-03-28 08:10", "+09:30", "Lost the Hilux",
         ["Finance mob came and took the Hilux back Tuesday at 6am. Three payments behind since Shaz left and "
          "it's all gone pear shaped. If anyone's got a tow vehicle going cheap, I'm all ears. Cheers."]),
        ("505", "2026-04-19 17:40", "+09:30", "Kobe's first barra!!",
         ["Young Kobe (11) landed his first barra at Corroboree on Saturday, 68 cm, did it all himself. "
          "Proud dad. Here he is back home with it on the lawn:",
          '<img src="{{BASE}}/media/kobe-barra.jpg" alt="Kobe holding a barra on the back lawn">']),
        ("506", "2026-05-03 13:00", "+09:30", "Firearms safety talk for the club?",
         ["Someone asked at the AGM if I could do a firearms safety night for the pig shooters in the club. "
          "Happy to, but it has to go through work. Email me at wayne.kellerman@abf.gov.au and I'll see if the "
          "boss signs off on it."]),
        ("507", "2026-06-08 18:45", "+09:30", "Tinny for sale",
         ["4.2 Quintrex, 30 Yammy, trailer rego till Jan. $9,500 ono. Need the cash, no tyre kickers. Pick up "
          "Moulden, ring or text Wayne 0491 570 238.",
          '<img src="{{BASE}}/media/tinny-driveway.jpg" alt="the tinny on the trailer in the driveway">']),
        ("508", "2026-06-20 19:10", "+09:30", "Border collie on the boat?",
         ["Mate's border collie jumped off the bow chasing a long tom. Dog's fine. Mate's not."]),
    ],
}

PHOTOS = [
    Photo("kobe-barra.jpg", *_near(HOME, 10, -14), 18.0, "2026:04:18 16:52:10", "+09:30",
          "Kobe with his barra on the back lawn", (120, 140, 70)),
    Photo("tinny-driveway.jpg", *_near(HOME, -12, 9), 18.0, "2026:06:08 09:20:44", "+09:30",
          "the tinny on its trailer in the driveway", (90, 100, 120), model="iPhone 12"),
]
