"""Warren Tuckett (FICTIONAL): ABF boating instructor in Cairns; a bushwalking club's trip reports."""
import sys

_p = sys.modules["_demo_make_photos"]
Photo = _p.Photo

NAME = "Warren Tuckett"

PHOTOS = [
    Photo("front-deck-packs.jpg", -16.80820, 145.70480, 8.0, "2026:06:13 05:52:10", "+10:00",
          "packs on the front deck before dawn", (90, 110, 60)),
]

FORUM = {
    "site": "Far North Bushwalkers",
    "user": "wtuckett",
    "path": "/club/u/wtuckett/",
    "inline": True,
    "about": ["Trip leader since 2019. Day job teaching boat handling to Border Force crews, so I like my feet dry on "
              "weekends. Based in Trinity Park."],
    "posts": [
        ("501", "2026-03-08 17:30", "+10:00", "Trip report: Mt Whitfield Red Arrow",
         ["Eleven starters from our usual Saturday 6:30am meet in the Smithfield shopping centre car park, every second "
          "weekend as always. Humid, leechy, glorious.",
          "Heather Quinlan led the back half and got everyone down before the rain. Thanks Heather."]),
        ("502", "2026-04-19 18:05", "+10:00", "Trip report: Behana Gorge",
         ["Spud, who instructs with me at the boat shed in Portsmith, came along and spent the whole walk telling "
          "everyone about outboards. Spud, nobody asked.",
          "Water level good, rock hopping slippery. Bring proper boots."]),
        ("503", "2026-05-24 16:40", "+10:00", "Trip report: Walsh's Pyramid (short)",
         ["Had to bail at the halfway saddle, sorry team. Work's flat out: this fortnight's coxswain course is half "
          "empty because the patrol boats can't spare crews, and two of the Cape-class boats are sitting on the "
          "hardstand with cracked shafts. Someone has to cover.",
          "Heather took over as leader. Report from her to follow."]),
        ("504", "2026-06-01 20:00", "+10:00", "Club boating refresher, 20 June",
         ["For the boating and water-crossing refresher I'm running for the club on the 20th, email me at work "
          "(warren.tuckett@abf.gov.au) so I can get numbers for the life jackets."]),
        ("505", "2026-06-13 19:10", "+10:00", "Trip report: Davies Creek",
         ["Packs on the front deck before dawn. Jo (my partner) was not thrilled at the 5am alarm.",
          '<img src="{{BASE}}/media/front-deck-packs.jpg" alt="packs on the front deck">',
          "Creek was running. Border collie from the campground followed us to the first crossing."]),
    ],
}
