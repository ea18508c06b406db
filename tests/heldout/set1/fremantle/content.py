"""Kim Tran (FICTIONAL): a container examination officer at Fremantle who surf-patrols on weekends.

A Mastodon account (lists, emoji) and a schema.org Person page in a surf life
saving club's member directory. Every name and address is invented.
"""
NAME = "Kim Tran"

ACTIVITYPUB = {
    "handle": "kimt",
    "display_name": "Kim T 🌊",
    "summary": "<p>container exams @ the CEF, Freo 🚢 · salt water · dumplings</p>",
    "notes": [
        (6601, "2026-02-13 18:40", "+08:00",
         "week in review:\n\n- 14 boxes pulled for full unpack\n- one had 600kg of undeclared chop-chop tobacco "
         "behind the tiles\n- forklift died twice\n- my other half Duc made pho on Friday so all is forgiven 🍜", {}),
        (6602, "2026-02-27 20:05", "+08:00",
         "accidentally signed up to the Dockers members forum with my work email ktran@abf.gov.au and now I "
         "can't change it 🙃 #ABF", {}),
        (6603, "2026-03-08 17:30", "+08:00",
         "North Quay in a 40 degree easterly is its own special kind of hell ☀️", {}),
        (6604, "2026-03-22 19:00", "+08:00", "Fremantle Dockers by 30!! purple haze 💜 #gofreo", {}),
    ],
}

PERSON = {
    "path": "/members/kim-tran",
    "site": "Cottesloe Beach Surf Life Saving Club",
    "headline": "Patrol member since 2019 · Bronze Medallion",
    "ld": {
        "memberOf": {"@type": "SportsOrganization", "name": "Cottesloe Beach Surf Life Saving Club"},
        "knows": [{"@type": "Person", "name": "Mia Okafor"}, {"@type": "Person", "name": "Georgie Lund"}],
    },
    "sections": [
        ("Patrol buddies", ["Mia Okafor and Georgie Lund, who dragged me into this in the first place."]),
    ],
}
