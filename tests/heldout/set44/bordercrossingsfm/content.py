"""Nerida Coulthard (FICTIONAL): NEGATIVE CONTROL. A volunteer community-radio presenter in Broome whose world-music
show is called "Border Crossings"; she reads the local news, which has a Border Force seizure in it. Not
departmental staff. Invented throughout; the photo is at a public lookout."""
import sys

_p = sys.modules["_demo_make_photos"]
Photo, _near = _p.Photo, _p._near

NAME = "Nerida Coulthard"
POINT = (-17.9722, 122.1768)

ACTIVITYPUB = {
    "handle": "bordercrossingsfm",
    "display_name": "Nerida | Border Crossings",
    "summary": "<p>Host of Border Crossings, world music on Broome community radio, Tuesdays 7 to 9pm. Mum to Kai. "
               "Music submissions: nerida.tunes@saltwater.example</p>",
    "notes": [
        (5201, "2026-02-10 21:05", "+08:00",
         "Tonight on Border Crossings: Malian desert blues, a Torres Strait choir and a Vietnamese pop song Kai "
         "made me play. Thanks to co-host Lily Nakamura for bringing the good coffee.", {}),
        (5202, "2026-02-24 19:10", "+08:00",
         "Reading the local news at 7 before the show: Border Force seized an illegal foreign fishing boat off the "
         "Kimberley coast this week. Then straight into Congolese rumba, as you do.", {}),
        (5203, "2026-03-17 21:30", "+08:00",
         "Our transmitter fell over halfway through the show again. The station's whole system runs on a 2009 "
         "laptop and hope. Donations welcome!", {}),
        (5204, "2026-04-07 18:20", "+08:00",
         "Sunset at Gantheaume Point before the show. Kai found a dinosaur footprint (he says).",
         {"images": [("gantheaume.jpg", "sunset over the red rocks at Gantheaume Point")]}),
        (5205, "2026-04-28 20:40", "+08:00",
         "Home in Old Broome after the show, still humming. The department store in town is selling radios again, "
         "so no excuses, tune in.", {}),
        (5206, "2026-05-12 21:15", "+08:00",
         "Lily's border collie sat in the studio for the whole show tonight. Best-behaved guest we've had.", {}),
    ],
}

PHOTOS = [
    Photo("gantheaume.jpg", *_near(POINT, 0, 0), 12.0, "2026:04:07 17:52:10", "+08:00",
          "sunset at Gantheaume Point, Tuesday", (220, 90, 40)),
]
