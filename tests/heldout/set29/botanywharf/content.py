"""Tavita Leaupepe (FICTIONAL): a container examiner on the Port Botany wharf who cooks in a barbecue-competition team.

The team site's member page (schema.org Person, third person) and his Mastodon-style account with
photos from his backyard smoker (EXIF GPS at home). Every name, handle, number and address is invented.
"""
NAME = "Tavita Leaupepe"
HOME = (-33.96120, 151.22890)     # a residential street in Matraville, rounded


def _photos():
    import sys
    mod = sys.modules["_demo_make_photos"]
    P, near = mod.Photo, mod._near
    return [
        P("brisket-dawn.jpg", *near(HOME, 6, -8), 30.0, "2026:03:14 05:40:10", "+11:00",
          "smoker lit before dawn, backyard", (120, 60, 30)),
        P("rib-rack.jpg", *near(HOME, -10, 12), 30.0, "2026:05:09 14:15:00", "+10:00",
          "pork ribs on the rack, backyard", (150, 70, 40)),
    ]


PHOTOS = _photos()

PERSON = {
    "path": "/team/tav",
    "site": "Low n Slow Larrikins BBQ",
    "headline": "Pitmaster (briskets and ribs)",
    "ld": {
        "jobTitle": "Pitmaster",
        "memberOf": {"@type": "SportsTeam", "name": "Low n Slow Larrikins"},
        "email": "mailto:tavita.leaupepe@abf.gov.au",
    },
    "sections": [
        ("Meet Tav", [
            "By day Tav wears the navy of the Australian Border Force, looking into containers on the wharf at "
            "Port Botany. By night (and at 4am on comp days) he is our brisket man.",
            "Tav joined the Larrikins in 2022 with his mate and workmate Nev Kalantzis, who works the x-ray trucks "
            "with him and does our sauces. Head pitmaster Deano (Dean Whitfield) taught him everything, and will "
            "tell you so.",
            "Tav's wife Losa runs the money tin at comps, and daughter Mele (11) has the best rib-glaze palate on "
            "the team."]),
        ("Bookings", [
            "Catering enquiries: use the booking form on our home page. Weekday bookings can also go to Tav's work "
            "email on this page and he'll reply after his shift."]),
    ],
}

ACTIVITYPUB = {
    "handle": "tavsmokes",
    "summary": "<p>Brisket. Ribs. Larrikins BBQ. Matraville.</p>",
    "notes": [
        (6101, "2026-03-14 06:00", "+11:00", "Fire's lit. Brisket on. Comp at Camden tomorrow 🔥 #lownslow",
         {"images": [("brisket-dawn.jpg", "smoker at dawn")]}),
        (6102, "2026-04-02 19:20", "+11:00",
         "Funny week. We cracked a container of offset smokers on the wharf and pulled 26 kilos of coke out of the "
         "fireboxes. Ruined smokers for me honestly. Nev reckons we should've kept one.", {}),
        (6103, "2026-04-19 21:30", "+10:00",
         "Nights Mon to Thu this month, so cook days are every second Saturday, Larrikins at Camden or Penrith. Come say hi.",
         {}),
        (6104, "2026-05-09 14:30", "+10:00", "Ribs resting. Mele says more glaze. Mele is correct.",
         {"images": [("rib-rack.jpg", "ribs on the rack")]}),
        (6105, "2026-06-06 23:15", "+10:00",
         "Put the rent money on the dogs at Wentworth Park again. Losa is not speaking to me. Third time this year. Need to stop.",
         {}),
        (6106, "2026-06-20 18:00", "+10:00", "Watching Border Security reruns while the pork shoulder goes. Not work, promise.", {}),
        (6107, "2026-07-04 10:00", "+10:00", "Shout out to @deanosmoke for the brisket tips. Still the GOAT.",
         {"mentions": ["deanosmoke"]}),
    ],
    "others": {"deanosmoke": "Dean Whitfield"},
}
