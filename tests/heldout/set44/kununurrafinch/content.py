"""Josie Whitlock (FICTIONAL): a Border Force officer posted to the East Kimberley, based in Kununurra; a
birding account of short notes, one tagged at a public lagoon. Invented throughout."""
NAME = "Josie Whitlock"

ACTIVITYPUB = {
    "handle": "finchjosie",
    "display_name": "Josie W",
    "summary": "<p>Birds, barra, heat. #ABF on weekdays. East Kimberley.</p>",
    "notes": [
        (4901, "2026-02-15 07:20", "+08:00",
         "Three Gouldian finches at the water trough this morning. Red-faced, black-faced and a juvenile. Screamed "
         "quietly.", {}),
        (4902, "2026-03-06 18:30", "+08:00",
         "Friday 5pm paddle on Lily Creek Lagoon with Ash Mulvey again. Every Friday, rain or shine (it's never "
         "rain).", {"location": ("Lily Creek Lagoon, Kununurra", -15.7757, 128.7307)}),
        (4902 + 1, "2026-03-20 12:10", "+08:00",
         "Two years at the Kununurra office this week. Still the only person there who can tell a pardalote from "
         "a gerygone.", {}),
        (4904, "2026-04-12 20:00", "+08:00",
         "Dad (Ron) flew up from Perth for a week. He has been photographing the same rainbow bee-eater for three "
         "days.", {}),
        (4905, "2026-05-03 16:45", "+08:00",
         "Border crossing of a different kind: a flock of budgies came over from the NT side in one long green "
         "ribbon.", {}),
    ],
}
