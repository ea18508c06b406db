"""Bruce Tallis (FICTIONAL): 63, defensive-tactics instructor at the ABF College, Canberra; lives in Jerrabomberra.

A grandfather's ActivityPub posts with photos; two photos carry EXIF GPS at his home. Every name, handle
and number is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Bruce Tallis"

HOME = (-35.3812, 149.2035)      # rounded point on an ordinary street in Jerrabomberra NSW

PHOTOS = [
    Photo("veggie-patch.jpg", HOME[0] + 0.00008, HOME[1] + 0.00011, 640.0, "2026:02:21 10:15:04", "+11:00",
          "granddaughter in the veggie patch, Saturday morning", (90, 140, 60)),
    Photo("tomatoes.jpg", HOME[0] - 0.00010, HOME[1] + 0.00006, 640.0, "2026:03:14 16:40:55", "+11:00",
          "tomatoes on the back step, Saturday", (190, 60, 40)),
]

ACTIVITYPUB = {
    "handle": "poptallis",
    "display_name": "Pop Tallis",
    "summary": "<p>Pop to five. Teach recruits for my sins. Jerra. Posts mostly about tomatoes.</p>",
    "notes": [
        (7301, "2026-02-21 12:05", "+11:00",
         "Isla and Pop in the veggie patch this morning. She ate more beans than she picked.",
         {"images": [("veggie-patch.jpg", "A little girl holding beans in a vegetable garden")]}),
        (7302, "2026-03-01 19:30", "+11:00",
         "New intake of 48 starts at the ABF College on Monday. Only 31 of the last lot made it through, and word "
         "is they're sending half of this lot straight to Sydney Airport to plug the gaps before they're ready. "
         "Not my call. I just teach them how not to get hurt.", {}),
        (7303, "2026-03-14 17:10", "+11:00",
         "First tomatoes of the year. Grange tomatoes, Pop's secret is sheep manure and swearing.",
         {"images": [("tomatoes.jpg", "Ripe tomatoes on a back step")]}),
        (7304, "2026-03-26 20:45", "+11:00",
         "Defensive tactics all week with my offsider Sal, the best instructor in the job. Salvatore Greco if "
         "any of you old ex-recruits are reading, he still remembers your wrist locks.", {}),
        (7305, "2026-04-22 18:15", "+10:00",
         "The training system at work lost every recruit's assessment records again. Third time this year. Back to "
         "paper and a shoebox. Backups? What backups.", {}),
        (7306, "2026-05-13 15:50", "+10:00",
         "Wednesdays are the best day. Pick up Isla and Noah from Jerrabomberra Public at 3 and it's hot chips at "
         "the lake till their mum finishes work.", {}),
        (7307, "2026-05-30 09:20", "+10:00",
         "Our Kate turns 35 today. Still can't believe that baby is a grown woman running a pharmacy.", {}),
        (7308, "2026-06-11 13:00", "+10:00",
         "Nine holes at Queanbeyan with Mick Dwyer, who has cheated at golf since 1979 and shows no sign of "
         "stopping.", {}),
    ],
}
