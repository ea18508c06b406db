"""Kevin Doughty (FICTIONAL): a caravan-and-grey-nomad travel blog with photos, home base Whyalla.

A Home Affairs policy officer in a small branch who works remote from the van: Starlink,
Teams, a Cabinet submission that cut the Kakadu leg short, a VPN that hates satellites.
The feed is authored under his work email. Microformats blog + RSS with georss; photos with
EXIF GPS at home and at Katherine and Nitmiluk. Every name, number and place point is
invented or a public landmark; the home point is a rounded spot on an ordinary street.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Kevin Doughty"
B = "{{BASE}}"

BLOG = {
    "path": "van",
    "title": "Two Up Front",
    "card_note": "Kev and Lorraine, a 21-foot Jayco and a lot of red dirt. Home base on the Spencer Gulf.",
    "author_email": "kevin.doughty@homeaffairs.gov.au",
    "posts": [
        ("home-base", "2026-03-01 18:00", "+10:30", "Home base, and why we bought the van",
         ["Back home in Whyalla Stuart after six weeks on the road, van backed into the driveway first go "
          "(Lorraine will dispute that).",
          f'<img src="{B}/media/van-driveway.jpg" alt="the Jayco in our driveway at sunset">',
          "We bought the van in 2024 when Lorraine, my better half and chief navigator, retired from teaching. "
          "I'm not retired. More on that below, and in the next post."],
         ["home", "van"], (-33.0238, 137.5347)),
        ("working-from-the-van", "2026-03-14 20:30", "+10:30", "Yes, I still work (from the dinette)",
         ["People at caravan parks always ask. Yes, I still work: I'm a policy officer in a small branch of Home "
          "Affairs, eight of us in the maritime arrivals policy section, and I've worked remote from Whyalla since "
          "the pandemic. Starlink on the roof, laptop on the dinette, Teams at 9 Canberra time.",
          "The one thing that drives me spare is the Department's VPN. It drops every time the Starlink switches "
          "satellites, which is every few minutes, and then the secure laptop wants the token again and the remote "
          "desktop session is gone with whatever you were drafting. I now save every paragraph.",
          "Lorraine reads in the annexe and listens to me swear."],
         ["work", "starlink"], None),
        ("kakadu-cut-short", "2026-05-24 19:10", "+09:30", "Kakadu, cut short",
         ["We had to cut the Kakadu leg short. The branch has a Cabinet submission due to the Minister by the end "
          "of June on changing how boat arrivals are processed offshore, and Gillian Marsh, our director, wanted me "
          "back on a decent connection for the final drafting, not in a campground with one bar.",
          "So we pulled into Katherine instead, which is no punishment at all. Lorraine had words with me about "
          "the Department and none of them were printable."],
         ["work", "kakadu"], None),
        ("katherine-hot-springs", "2026-05-26 17:00", "+09:30", "Katherine Hot Springs",
         ["A float at Katherine Hot Springs at knock-off time is the best office perk I've ever had.",
          f'<img src="{B}/media/katherine-hot-springs.jpg" alt="Katherine Hot Springs late afternoon">',
          "Met Ron Pascoe and his wife Bev there, fellow nomads from Port Lincoln we first ran into at Daly Waters "
          "two years ago. Ron's towing a 24-footer with a Land Cruiser and won't stop talking about his solar."],
         ["katherine", "nt"], (-14.4838, 132.2626)),
        ("nitmiluk", "2026-05-30 10:20", "+09:30", "Nitmiluk by boat",
         ["Took the two-gorge boat tour at Nitmiluk. Worth every cent. Lorraine took 400 photos, I took this one.",
          f'<img src="{B}/media/nitmiluk-gorge.jpg" alt="Nitmiluk gorge from the boat">',
          "Signs everywhere about a border collie that went missing at the campground. Hope they found him."],
         ["katherine", "nt"], (-14.3168, 132.4206)),
        ("home-routine", "2026-07-12 17:45", "+09:30", "Home again: the boring bits",
         ["Home for winter. The routine when we're in Whyalla: I walk the foreshore at 6 every morning, log on at "
          "8:30, and Tuesday nights are trivia at the pub with the same team we've lost with for six years.",
          "The fridge is covered in postcards from the trip. Lorraine won't let me take any down."],
         ["home", "whyalla"], None),
        ("contact", "2026-08-02 12:00", "+09:30", "Say hello",
         ["Lots of emails about the van set-up, so: the Starlink is on a flat mount, the batteries are 400 Ah "
          "lithium, and yes the annexe is worth it.",
          "If you're heading up the Stuart and want to compare notes, write to us at twoupfront@nomadmail.example. "
          "Lorraine answers. Faster than me."],
         ["van", "contact"], None),
    ],
}

PHOTOS = [
    Photo("van-driveway.jpg", -33.02372, 137.53478, 14.0, "2026:02:28 19:20:05", "+10:30",
          "the Jayco backed into our driveway at sunset, Saturday", (210, 130, 70)),
    Photo("katherine-hot-springs.jpg", -14.48381, 132.26262, 105.0, "2026:05:26 16:45:30", "+09:30",
          "Katherine Hot Springs, Tuesday afternoon", (60, 140, 120)),
    Photo("nitmiluk-gorge.jpg", -14.31682, 132.42061, 110.0, "2026:05:30 09:50:12", "+09:30",
          "Nitmiluk gorge from the tour boat, Saturday morning", (170, 90, 50)),
]
