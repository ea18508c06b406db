"""Bec Harris (FICTIONAL): a dog trainer near Sydney Airport who breeds border collies, a negative control.

She watches Border Security, writes about detector dogs, customs paperwork
for an imported pup, a dog's seizure and a dog seized by the council, and
lives under the flight path: all decoys. A microformats2 kennel blog with its
RSS feed, a plain working-dog forum profile and photos with EXIF GPS. Every
name is invented.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from build import Photo, near  # noqa: E402

NAME = "Bec Harris"
HOME = (-33.92650, 151.18550)             # a residential street in Mascot NSW
TEMPE_RESERVE = (-33.92470, 151.16330)    # Tempe Reserve
CAMDEN = (-34.05440, 150.69590)           # a showground near Camden

BLOG = {
    "path": "blog",
    "title": "Redgum Border Collies",
    "card_note": "Border collie breeder and dog trainer in Sydney's inner south.",
    "posts": [
        ("new-litter", "2026-02-10 20:00", "+11:00", "Six new pups",
         ["Our border collie Skye had six pups this week! Puppy enquiries through the club's contact form, please."],
         ["litters"], None),
        ("puppy-class", "2026-02-20 18:00", "+11:00", "Puppy class is back",
         ["Puppy class every Saturday at 8am at Tempe Reserve. Bring treats and a long lead."],
         ["training"], None),
        ("seizure-scare", "2026-03-16 09:00", "+11:00", "A scary night",
         ["Scary night: our old girl Pip had a seizure at 2am. The vet says epilepsy, manageable with meds."],
         ["health"], None),
        ("border-security", "2026-04-02 21:00", "+11:00", "Guilty pleasure",
         ["Confession: I watch Border Security every night for the detector dogs. The beagles at the airport are "
          "the real heroes."],
         ["tv"], None),
        ("under-the-flight-path", "2026-05-06 19:00", "+10:00", "Life under the flight path",
         ["Living in Mascot means a plane goes over every three minutes. Sydney Airport is five minutes from our "
          "place and the dogs don't even flinch any more."],
         ["home"], None),
    ],
}

FORUM = {
    "site": "Working Dog Forum",
    "user": "redgum_bec",
    "path": "/forum/u/redgum_bec/",
    "about": ["Border collies, herding and obedience. Sydney."],
    "posts": [
        ("301", "2026-02-26 20:30", "+11:00", "Importing a pup from NZ: customs paperwork?",
         ["Has anyone imported a puppy from New Zealand lately? The customs and biosecurity paperwork is doing my "
          "head in. Do I deal with the Department of Agriculture or Border Force?"]),
        ("302", "2026-03-30 18:00", "+11:00", "Herding trial results",
         ["Skye placed second at the Camden herding trial on Sunday! Her brother came fourth, so a good day for the litter."]),
        ("303", "2026-06-01 20:00", "+10:00", "Dog seized by the council?",
         ["A neighbour's dog was seized by the council ranger after it got out three times. Do they have to give "
          "notice first?"]),
    ],
}

PHOTOS = [
    Photo("pups-night.jpg", *near(HOME, 4, -6), 8.0, "2026:02:10 21:10:00", "+11:00",
          "six pups in the whelping box, Tuesday night", (200, 180, 150)),
    Photo("yard-saturday.jpg", *near(HOME, -10, 12), 8.0, "2026:02:14 16:30:00", "+11:00",
          "pups in the yard, Saturday", (100, 160, 80)),
    Photo("kitchen-late.jpg", *near(HOME, 8, 10), 8.0, "2026:03:16 02:20:00", "+11:00",
          "Pip at the vet's after-hours line, 2 am", (60, 60, 90)),
    Photo("couch-sunday.jpg", *near(HOME, -4, -12), 8.0, "2026:04:05 20:00:00", "+10:00",
          "dogs on the couch, Sunday night", (140, 110, 90)),
    Photo("tempe-class.jpg", *near(TEMPE_RESERVE, 0, 0), 4.0, "2026:02:21 08:15:00", "+11:00",
          "puppy class at Tempe Reserve, Saturday", (90, 170, 90)),
    Photo("camden-trial.jpg", *near(CAMDEN, 0, 0), 75.0, "2026:03:29 11:40:00", "+11:00",
          "herding trial at Camden, Sunday", (170, 150, 80)),
]

_IMG = {"new-litter": ["pups-night.jpg", "yard-saturday.jpg"], "seizure-scare": ["kitchen-late.jpg"],
        "under-the-flight-path": ["couch-sunday.jpg"], "puppy-class": ["tempe-class.jpg"]}
BLOG["posts"] = [(s, l, o, t, paras + [f'<img src="{{{{BASE}}}}/media/{f}" alt="photo">' for f in _IMG.get(s, [])], tags, g)
                 for s, l, o, t, paras, tags, g in BLOG["posts"]]
FORUM["posts"] = [(i, l, o, t, paras + (['<img src="{{BASE}}/media/camden-trial.jpg" alt="photo">'] if i == "302" else []))
                  for i, l, o, t, paras in FORUM["posts"]]
