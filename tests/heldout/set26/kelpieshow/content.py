"""Sharyn Kowalczyk (FICTIONAL): Border Force officer, Port of Newcastle, 57; a working-kelpie breeder's pages.

A kennel page with schema.org Person JSON-LD, a dog-show results blog with RSS, and photos with GPS of
pups at home. Every name, kennel, number and address is invented; the home point is rounded on an
ordinary street.
"""
import sys

_mp = sys.modules["_demo_make_photos"]
Photo, near = _mp.Photo, _mp._near

NAME = "Sharyn Kowalczyk"
HOME = (-32.7795, 151.6382)

PERSON = {
    "path": "/kennel/about",
    "site": "Redgum Kelpies",
    "headline": "Registered breeder of working and show kelpies since 2004",
    "ld": {
        "jobTitle": "Breeder",
        "email": "mailto:sharyn@redgumkelpies.example",
        "telephone": "0491 570 902",
        "description": "Sharyn is a Border Force officer by day and a kelpie tragic by night and weekend. "
                       "Redgum is a small home kennel in Thornton, co-owned with Mal Tregear.",
    },
    "sections": [
        ("Puppy enquiries", [
            "Puppy enquiries: 0491 570 902 or sharyn@redgumkelpies.example. Visits by appointment only.",
            "Our pups are started on sheep at Mal's place and go to working and sport homes."]),
    ],
}

BLOG = {
    "path": "results",
    "title": "Redgum Show Results",
    "card_note": "Show and trial results for Redgum dogs. Hunter Valley.",
    "posts": [
        ("maitland-feb", "2026-02-15 20:00", "+11:00", "Maitland All Breeds: Best of Breed!",
         ["Redgum Tilly took Best of Breed and Reserve in Group. Handled beautifully by my daughter-in-law Kezia, "
          "who I am now not allowed to criticise ever again.",
          "Congratulations to the border collie people on a huge entry. Well done all."],
         ["results"], None),
        ("pups", "2026-03-08 17:30", "+11:00", "Pups at six weeks",
         ["The Tilly x Boss litter at six weeks, out in the run for the first time. Two still available.",
          "Training class every Wednesday 7pm at the Maitland showground resumes next week."],
         ["litters"], None),
        ("shift-swap", "2026-04-26 19:00", "+10:00", "Missed the Cessnock show",
         ["No results from Cessnock, sorry. Couldn't get the shift swapped at Kooragang, the coal ships don't "
          "stop for dog shows. Mal took Boss and he placed second in Open Dog."],
         ["results"], None),
        ("royal", "2026-05-17 21:00", "+10:00", "Royal results",
         ["A placing at the Royal. Kezia cried, I cried, the dog ate a programme."],
         ["results"], None),
    ],
}

PHOTOS = [
    Photo("pups-run.jpg", *near(HOME, 10, -20), 9.0, "2026:03:08 16:55:12", "+11:00",
          "kelpie pups in a grass run", (170, 110, 60)),
    Photo("tilly-yard.jpg", *near(HOME, -8, 6), 9.0, "2026:05:18 08:12:40", "+10:00",
          "red kelpie in a backyard", (150, 80, 40)),
]

ACTIVITYPUB = {
    "handle": "redgumkelpies",
    "summary": "<p>Redgum Kelpies. Working and show. Hunter Valley NSW.</p>",
    "notes": [
        (1201, "2026-03-08 18:00", "+11:00", "Six weeks old and already herding the cat 🐾 #kelpie #puppies",
         {"images": [("pups-run.jpg", "Kelpie pups in a grass run")]}),
        (1202, "2026-05-18 08:30", "+10:00", "Royal placegetter having a well earned lie in 🏆",
         {"images": [("tilly-yard.jpg", "A red kelpie asleep in a backyard")]}),
    ],
}
