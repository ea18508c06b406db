"""Dr Hannah Sorensen (FICTIONAL): NEGATIVE CONTROL, a forensic chemist with the Australian Federal Police (not the Department), Canberra."""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
NAME = "Hannah Sorensen"
HOME = (-35.33100, 149.05300)      # an ordinary street in Weston, rounded

PHOTOS = [
    Photo("tomatoes.jpg", HOME[0] + 0.00005, HOME[1] + 0.00005, 580.0, "2026:02:21 18:30:00", "+11:00",
          "tomatoes in the backyard beds", (190, 60, 50)),
]

BLOG = {
    "path": "notes",
    "title": "Retention Time",
    "card_note": "A chemist's notes on gardening, chromatography and being tired. Opinions mine, not my employer's.",
    "posts": [
        ("garden-beds", "2026-02-21 19:00", "+11:00", "The beds",
         ['<img src="{{BASE}}/media/tomatoes.jpg" alt="tomatoes">',
          "Tomatoes finally. Our backyard in Weston gets afternoon sun, which the tomatoes love and I do not."], ["garden"], None),
        ("what-i-do", "2026-03-06 20:00", "+11:00", "What a forensic chemist does",
         ["People ask. I work at the AFP forensic lab: we analyse drug seizures that Border Force and the police submit, "
          "and sometimes I give evidence in court about purity. It is slower than TV."], ["work"], None),
        ("parkrun", "2026-03-14 10:30", "+11:00", "Parkrun",
         ["Saturday parkrun at 8 with my sister-in-law Ingrid Sorensen. She beat me by four minutes."], ["running"], None),
        ("home-affairs-talk", "2026-04-23 21:00", "+10:00", "A talk I went to",
         ["Went to a public lecture on how Home Affairs and the Department's border agencies share intelligence. "
          "Interesting, and nothing to do with me."], ["talks"], None),
        ("quiet", "2026-05-20 18:00", "+10:00", "Quiet",
         ["Nothing to report. Soup."], ["life"], None),
    ],
}
