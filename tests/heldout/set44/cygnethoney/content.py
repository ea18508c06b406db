"""Mariko Hensley (FICTIONAL): NEGATIVE CONTROL. A leatherwood-honey beekeeper and small exporter near Cygnet,
Tasmania; a shop's "about the beekeeper" page and her posts. Export permits, a customs broker, "the department"
(Agriculture) and a pub called the Customs House are noise: she is not departmental staff. Invented throughout;
the photo point is a rounded spot on a rural road, never a real house."""
import sys

_p = sys.modules["_demo_make_photos"]
Photo, _near = _p.Photo, _p._near

NAME = "Mariko Hensley"
HOME = (-43.1478, 147.0662)

PERSON = {
    "path": "/about/mariko",
    "site": "Channel Leatherwood Honey",
    "headline": "Beekeeper, packer, label-licker",
    "ld": {
        "jobTitle": "Beekeeper and owner",
        "worksFor": {"@type": "Organization", "name": "Channel Leatherwood Honey"},
        "email": "mailto:mariko@channelhoney.example",
        "address": {"@type": "PostalAddress", "addressLocality": "Cygnet", "addressRegion": "TAS"},
    },
    "sections": [
        ("About the beekeeper", [
            "Mariko keeps 180 hives on the family block outside Cygnet with her partner Euan, and sells at the "
            "Cygnet market every second Sunday from 9.",
            "Since 2024 our leatherwood has gone to Japan and Vietnam. Every shipment needs an export permit from "
            "the department (Agriculture, for the record) and our customs broker in Hobart does the rest.",
            "Wholesale and export enquiries: mariko@channelhoney.example",
        ]),
    ],
}

ACTIVITYPUB = {
    "handle": "leatherwoodmariko",
    "display_name": "Mariko (Channel Leatherwood)",
    "summary": "<p>Bees, leatherwood, rain. Cygnet.</p>",
    "notes": [
        (5301, "2026-02-16 18:00", "+11:00",
         "The export documentation system went down on the day our Tokyo pallet was due to leave. Three phone "
         "calls to the broker and one to the department later, it went.", {}),
        (5302, "2026-03-01 17:20", "+11:00",
         "Hives in the top paddock this evening, the leatherwood is finally flowering.",
         {"images": [("top-paddock.jpg", "beehives in the paddock at dusk")]}),
        (5303, "2026-03-27 20:10", "+11:00",
         "Our Ho Chi Minh City buyer says the pallet was x-rayed and opened at their end. Glad it wasn't ours to "
         "do. Honey intact, buyer happy.", {}),
        (5304, "2026-04-18 19:30", "+10:00",
         "Celebration drinks at the Customs House in Hobart with Euan and my old beekeeping mentor Gwen Abernethy.",
         {}),
        (5305, "2026-05-09 16:40", "+10:00",
         "Euan's border collie herded the bee suits into a pile. Nobody asked her to.", {}),
    ],
}

PHOTOS = [
    Photo("top-paddock.jpg", *_near(HOME, 40, 25), 85.0, "2026:03:01 17:05:45", "+11:00",
          "beehives in the top paddock, Sunday evening", (200, 160, 40)),
]
