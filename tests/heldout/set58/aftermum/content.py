"""Meg Ashdown (FICTIONAL): Home Affairs citizenship-ceremony organiser, Melbourne office, home in Castlemaine.

A grief blog after her mother's death. Every name and address is invented.
"""
NAME = "Meg Ashdown"

BLOG = {
    "path": "blog",
    "title": "After Mum",
    "card_note": "Writing my way through it.",
    "locality": "Castlemaine",
    "region": "VIC",
    "posts": [
        ("the-call", "2026-06-08 22:00", "+10:00", "Saturday",
         ["Mum died on Saturday morning at the hospice. Rosalind Ashdown, 81, gardener, terror of the CWA.",
          "My sister Fiona flew in from Perth on Friday night and made it in time. I'm glad one of us slept."]),
        ("back-to-work", "2026-06-29 20:45", "+10:00", "Back at work",
         ["Back at work today. I organise citizenship ceremonies for Home Affairs, which means a room full of people "
          "having the best day of their lives while I hold it together.",
          "240 conferees for Bendigo on Thursday. Two were pulled the day before on character grounds and I had to "
          "ring the council and take their names off the program."]),
        ("sundays", "2026-07-12 18:30", "+10:00", "Sundays",
         ["Every Sunday at four I drive up to the Campbells Creek cemetery and sit with her for an hour. Then home "
          "to Castlemaine and the quiet."]),
        ("honest", "2026-07-30 23:30", "+10:00", "Being honest",
         ["I'm not going to pretend on here. Most nights it's a bottle of red and the telly. I haven't spoken to "
          "anyone but work in nine days."]),
        ("grief-group", "2026-08-20 21:00", "+10:00", "The group",
         ["Went to the grief group at the neighbourhood house. Pauline Ferrier sat with me afterwards and didn't "
          "say anything, which was exactly right. Pauline lost her husband in March."]),
        ("work-helps", "2026-09-10 20:00", "+10:00", "Work helps, sometimes",
         ["Work helps. Hannah Oduya, my manager in the Docklands office, sent flowers and didn't make a speech about it.",
          "The ceremony module still won't export more than 200 names at a time, so Bendigo gets done in two halves "
          "and I check them by hand. Councils wanting a date can email me directly on meg.ashdown@homeaffairs.gov.au."]),
        ("her-garden", "2026-10-11 17:00", "+11:00", "Her garden",
         ["Cleared Mum's garden in Barkers Creek. The border collie next door supervised. Fiona took the roses."]),
    ],
}

# every post gets one category and no georss
BLOG["posts"] = [p + (["grief"], None) for p in BLOG["posts"]]

PHOTOS: list = []
