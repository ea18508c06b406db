"""Maureen Pengelly (FICTIONAL), NEGATIVE CONTROL: wife of a retired Border Force officer, Merrivale, Warrnambool;
a craft-and-garden blog with stories of "his old job". She was never staff. Everything invented; the garden photo
sits on an ordinary street, rounded.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Maureen Pengelly"
HOME = (-38.37060, 142.49570)

BLOG = {
    "path": "blog",
    "title": "Mo's Patch",
    "card_note": "Quilts, roses and a retired husband under my feet.",
    "posts": [
        ("roses", "2026-04-12 15:00", "+10:00", "Pruning the roses",
         ["The roses are cut back for winter. Ken supervised from a deckchair, which is his main job now that he's retired.",
          '<img src="{{BASE}}/media/mo-roses.jpg" alt="the rose bed">'],
         ["garden"], None),
        ("his-old-job", "2026-05-03 16:30", "+10:00", "His old job",
         ["Ken retired from Border Force in 2019 after thirty-one years, most of them as Customs before it was Border "
          "Force. He still tells the story of the 1991 cannabis seizure on the Portland wharf at every barbecue.",
          "I married a customs officer, I did not marry his old job, I tell him. He tells it anyway."],
         ["Ken"], None),
        ("craft-group", "2026-05-19 14:00", "+10:00", "Tuesday craft group",
         ["Tuesday craft group at the Warrnambool library, 10 till 12, is where I go to be a person and not a wife. "
          "This week we did hexagons.",
          "Judy Calnan brought her famous slice again. Judy, you are a treasure."],
         ["quilting"], None),
        ("lachie", "2026-06-09 19:15", "+10:00", "Lachie's visit",
         ["Our grandson Lachie stayed the weekend. Ken took him to the Customs House museum display in Portland and "
          "bored him senseless with the old uniforms.",
          "He's nine and wants to be a Border Force dog handler. Or a dog."],
         ["family"], None),
        ("department-store", "2026-06-30 11:00", "+10:00", "A department store sale",
         ["The department store in Liebig Street had fabric at half price. I may have a problem."],
         ["quilting"], None),
    ],
}

PHOTOS = [
    Photo("mo-roses.jpg", HOME[0] + 0.00005, HOME[1] + 0.00007, 15.0, "2026:04:12 14:40:22", "+10:00",
          "the rose bed", (170, 60, 80)),
]
