"""Priya Nandakumar (FICTIONAL), NEGATIVE CONTROL: a freelance TV researcher on a border-security documentary
series, working from home in Trevallyn, Launceston; a documentary makers' forum and two photos at home. Border Force
officers, seizures and the Department's media team are her subject, not her employer. Everything is invented."""
import sys

_mp = sys.modules["_demo_make_photos"]
Photo, near = _mp.Photo, _mp._near

NAME = "Priya Nandakumar"
HOME = (-41.44230, 147.12180)   # a residential street in Trevallyn, rounded

FORUM = {
    "site": "Factual TV Makers",
    "user": "priya_researches",
    "path": "/board/u/priya_researches/",
    "inline": True,
    "about": ["Freelance researcher, factual TV. Working from home in Trevallyn, Launceston. "
              "priya.n@docmail.example"],
    "posts": [
        ("812", "2026-02-25 21:00", "+11:00", "Clearances for a border doco",
         ["Researching a border-security documentary series. The Department's media team approved the scripts after "
          "three rounds. Anyone had them ask for blurring of every officer's face?"]),
        ("813", "2026-03-19 20:30", "+11:00", "Filming at the airport",
         ["We shadowed Border Force officers at Melbourne Airport for a week; the seizure scene in ep 3 is 2kg of "
          "cocaine in a suitcase lining. Tips for x-ray screens glaring on camera?"]),
        ("814", "2026-04-09 19:00", "+10:00", "Home office setup",
         ["My partner Arjun built me a desk in the sunroom. Thursday nights I edit transcripts with my friend Mel Brasch "
          "at her place in Newstead, 7 till late. <img src=\"{{BASE}}/media/desk.jpg\" alt=\"the sunroom desk\">"]),
        ("815", "2026-05-06 18:00", "+10:00", "Dog in frame",
         ["Our border collie Chai walked into a Zoom interview with a former customs officer. He loved it. "
          "<img src=\"{{BASE}}/media/garden.jpg\" alt=\"the dog in the garden\">"]),
    ],
}

PHOTOS = [
    Photo("desk.jpg", *near(HOME, 5, -6), 60.0, "2026:04:09 17:20:11", "+10:00", "the sunroom desk", (200, 190, 150)),
    Photo("garden.jpg", *near(HOME, -8, 10), 60.0, "2026:05:06 13:05:02", "+10:00", "the dog in the garden", (80, 150, 70)),
]
