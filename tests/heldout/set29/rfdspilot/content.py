"""Georgina Tully (FICTIONAL): NEGATIVE CONTROL, a Royal Flying Doctor pilot at Broken Hill who writes a flight diary.

A microformats2 blog with its RSS feed about retrievals, border closures in the past, quarantine
and "the base" (hers), with one photo with EXIF GPS at home. Every name, number and address is invented.
"""
NAME = "Georgina Tully"
HOME = (-31.97010, 141.45980)     # a residential street in South Broken Hill, rounded


def _photos():
    import sys
    mod = sys.modules["_demo_make_photos"]
    P, near = mod.Photo, mod._near
    return [P("verandah-sunset.jpg", *near(HOME, -5, 7), 300.0, "2026:04:19 18:10:00", "+09:30",
              "sunset from the verandah", (220, 120, 60))]


PHOTOS = _photos()

BLOG = {
    "path": "logbook",
    "title": "Red Dirt Logbook",
    "card_note": "A Flying Doctor pilot's notes from the far west. Views mine, not the Service's.",
    "posts": [
        ("night-retrieval", "2026-02-14 23:30", "+10:30", "Night retrieval to Tibooburra",
         ["Paged at 1am for a retrieval to Tibooburra: a stockman off a motorbike. Flight nurse Prakash Menon "
          "had him stable before I'd finished the shutdown checks. Back at the base by five."],
         ["flying"], None),
        ("roster", "2026-03-05 19:00", "+10:30", "How the roster works",
         ["People ask how I have a life. Four days on call, three off, and on my days off I'm at Sturt Park with "
          "the dog at 7 every morning whether she likes it or not."],
         ["life"], None),
        ("border-memories", "2026-03-28 20:15", "+10:30", "Remembering the border closures",
         ["Flew a patient across the state border during the closures in 2020 and needed a permit for every leg. "
          "The quarantine paperwork took longer than the flight. Glad those days are gone."],
         ["history"], None),
        ("verandah", "2026-04-19 18:30", "+09:30", "Verandah, finally",
         ["My husband (builder, hero) finished the verandah at our place in South Broken Hill. Sunset from it "
          "tonight, first of many.", '<img src="{{BASE}}/media/verandah-sunset.jpg" alt="verandah sunset">'],
         ["home"], None),
        ("customs", "2026-05-30 21:00", "+09:30", "Odd job",
         ["Flew a charter for the department of health this week, and the passenger manifest check at the airport "
          "took an hour because security screening was down to one officer. Not our system, not my problem."],
         ["flying"], None),
    ],
}
