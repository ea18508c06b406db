"""Dimitra Kalogeropoulos (FICTIONAL): 47, Border Force officer on nights at the Webb Dock examination shed,
living in Werribee; a knitting blog with its RSS feed and a georss point at home. Every name and handle is
invented; the point is on an ordinary street, rounded."""
NAME = "Dimitra Kalogeropoulos"

HOME = (-37.8991, 144.6588)

BLOG = {
    "path": "blog",
    "title": "Purl Before Swine",
    "card_note": "Socks, shawls and the odd disaster. Knitting between shifts since 2009.",
    "locality": "Werribee",
    "region": "VIC",
    "posts": [
        ("night-socks", "2026-03-01 10:30", "+11:00", "Six pairs of night-shift socks",
         ["Finished six pairs of socks for the girls on the Webb Dock night crew. It's freezing in the exam "
          "shed at 3am, even in March. The pink ones are for my team leader, Sharon Bajwa, who will pretend "
          "she hates pink."],
         ["socks"], None),
        ("sixteen-years", "2026-03-15 09:00", "+11:00", "Sixteen years and still no beanie",
         ["Sixteen years in Border Force uniform and I still can't find a beanie that fits under the cap. So I "
          "made one. Navy, ribbed, a tiny moss-stitch border where nobody will see it."],
         ["hats"], None),
        ("instead", "2026-04-02 11:45", "+11:00", "What I did instead of knitting",
         ["No knitting this week. We x-rayed 412 boxes with three officers on nights, and one car off a "
          "carrier had 40 kilos of loose tobacco packed into the door panels. The new x-ray image software "
          "froze four times on Tuesday and we ended up photographing the screen on our phones to keep going."],
         ["life"], None),
        ("knit-night", "2026-04-20 20:15", "+10:00", "Tuesday knit night",
         ["Tuesday knit night at the Werribee library, 6:30, every week unless I'm on nights. My knitting "
          "buddy Pauline Oakes brought lemon slice and a cardigan she has been 'nearly finished' with since 2024."],
         ["community"], None),
        ("blocking", "2026-05-03 14:00", "+10:00", "Blocking day in the garden",
         ["Blocking the lace shawl on the back lawn. Stelios (my husband) is in Karratha on his two-week swing "
          "so the garden is all mine. My mother-in-law watched from the window and told me it was "
          "crooked. It was not crooked."],
         ["shawls"], HOME),
        ("quiet", "2026-05-21 23:30", "+10:00", "Quiet nights",
         ["When Stelios is away the nights off are the worst. I've been going to the pokies at the club more "
          "than I'd like to admit. $200 here, $300 there. Writing it down so I stop."],
         ["life"], None),
        ("wool-sale", "2026-06-07 12:00", "+10:00", "Wool sale haul",
         ["The department store had a wool sale. I have no self-control and eleven balls of merino."],
         ["stash"], None),
    ],
}
