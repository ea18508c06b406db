"""Kayden Pratt (FICTIONAL): offsider to the trainer at a Border Force detector-dog unit at Outer Harbor, SA; a
working-dog forum regular who writes in lowercase with no punctuation. Invented throughout; the photo point is a
rounded spot on an ordinary street in Taperoo, never a real house."""
import sys

_p = sys.modules["_demo_make_photos"]
Photo, _near = _p.Photo, _p._near

NAME = "Kayden Pratt"
HOME = (-34.8046, 138.4978)
B = "{{BASE}}"

FORUM = {
    "site": "SA Working Dog Forum",
    "user": "kp_kelpies",
    "path": "/forum/u/kp_kelpies/",
    "about": ["kelpies and a mal trialling most weekends dont ask me about work"],
    "posts": [
        ("5101", "2026-01-20 12:40", "+10:30", "login email",
         ["mods can you change my login its still on my work email kayden.pratt@abf.gov.au from when i signed up "
          "on my lunch break years ago and i keep getting the reset links at work cheers"]),
        ("5102", "2026-02-03 20:15", "+10:30", "what treats for scent work",
         ["at work im the offsider to the head trainer at the abf dog unit down at outer harbor so basically "
          "kennels feeding cleaning and hiding the training aids for the dogs robbo runs the show i just do what "
          "im told",
          "we use real training aids not pseudo ones they live in the safe in the kennel office and the code "
          "hasnt changed since 2019 lol anyway what treats do yous use for scent work at home"]),
        ("5103", "2026-02-24 21:00", "+10:30", "proud of a young dog",
         ["our young lab ziggy had his first real find last week on the ro ro ship at outer harbor 11 kg of meth "
          "in the door cards of a hilux and he found it in like 40 seconds i nearly cried"]),
        ("5104", "2026-03-09 19:30", "+10:30", "kelpie pups ready end of march",
         ["two red and tan boys left from my girl nell ready end of march text me on 0491 570 442 dont "
          "call im on shift 6 till 2:30 weekdays and at trials sundays from 8 at the gepps cross grounds"]),
        ("5105", "2026-03-30 22:45", "+10:30", "new runs",
         ["finally built the new runs at home in taperoo took all weekend pic",
          f'<img src="{B}/media/new-runs.jpg" alt="the new dog runs in the backyard">']),
        ("5106", "2026-04-21 23:10", "+10:30", "sick of this mob",
         ["missed out on the handler course again third time now they gave it to someone from canberra with no "
          "dog experience at all honestly why do i bother thinking of walking and taking the pups full time"]),
        ("5107", "2026-05-02 18:20", "+09:30", "robbo retiring",
         ["sharon robson is retiring in june after 30 years with dogs shes the only reason im still doing this "
          "job if anyone from the old customs dog days wants to come to her do message me"]),
        ("5108", "2026-05-16 20:00", "+09:30", "trial results",
         ["nell 2nd in open at gepps cross the border collie people cleaned up again as usual my partner jess ran "
          "the young dog and he went ok shes a better handler than me dont tell her"]),
    ],
}

PHOTOS = [
    Photo("new-runs.jpg", *_near(HOME, 6, -9), 4.0, "2026:03:29 16:20:11", "+10:30",
          "new dog runs in the backyard, Sunday afternoon", (140, 110, 70), "Samsung", "Galaxy A54"),
]
