"""Rohan Szabo (FICTIONAL): Home Affairs integrity and misconduct case manager, Brisbane office, home Kingaroy.

A local podcast's guest page (schema.org Person JSON-LD, with a transcript excerpt) and a quiet
Mastodon-style account with one photo at home. Every name, number and point is invented.
"""
import sys

_mp = sys.modules["_demo_make_photos"]     # loaded by tests/personas/build.py before this file
Photo = _mp.Photo

NAME = "Rohan Szabo"
HOME = (-26.5418, 151.8437)   # a residential street in Kingaroy QLD, rounded

PERSON = {
    "path": "/guests/rohan-szabo",
    "site": "Peanut Country Yarns (podcast)",
    "headline": "Episode 47: the bloke who investigates the investigators",
    "ld": {
        "jobTitle": "Integrity Case Manager",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Home Affairs"},
        "email": "mailto:rohan.szabo@homeaffairs.gov.au",
        "telephone": "+61 2 5550 7781",
        "homeLocation": {"@type": "Place", "name": "Kingaroy, Queensland"},
    },
    "sections": [
        ("About our guest", [
            "Rohan is an integrity case manager with the Department of Home Affairs, working out of the Brisbane "
            "office on Adelaide Street three days a week. Listeners who want to follow up can reach him at "
            "rohan.szabo@homeaffairs.gov.au or on 02 5550 7781."]),
        ("Transcript excerpt (from 14:20)", [
            "HOST: So what does a misconduct case actually look like?",
            "ROHAN: Honestly most weeks it's officers and cash. I've got one going to the District Court in Brisbane "
            "in March, an airport officer who was telling a crew which bags were getting pulled for a search. "
            "We had his phone for eight months.",
            "HOST: And the paperwork?",
            "ROHAN: Everything lives in the case system, we call it Blue, and Blue still can't take a video "
            "attachment bigger than 20 meg, so half my evidence is on a USB in a safe. Don't tell anyone.",
            "HOST: Is it a lonely job?",
            "ROHAN: Loneliest job in the building. Nobody has lunch with the integrity bloke."]),
    ],
}

ACTIVITYPUB = {
    "handle": "rszabo",
    "summary": "<p>Kingaroy. Cricket tragic. Dad of twins. Opinions my own.</p>",
    "notes": [
        (5701, "2026-02-17 04:55", "+10:00",
         "Tuesday to Thursday is Brisbane week. Out of Kingaroy at 5, over the range before the trucks, "
         "home Thursday night in time for tea.", {}),
        (5702, "2026-03-01 18:10", "+10:00",
         "Ngaire and the twins made me a birthday pavlova. The twins ate "
         "the kiwifruit off the top and blamed the dog.", {"images": [("pav.jpg", "birthday pavlova on our back table")]}),
        (5704, "2026-03-20 21:00", "+10:00",
         "Watching a crime series where the corrupt cop gets caught in episode two. If only.", {}),
        (5705, "2026-04-11 09:15", "+10:00",
         "Listened back to the podcast. I sound like my father. Thanks to the Crime and Corruption Commission "
         "bloke who was on the week before for the plug.", {}),
    ],
}

PHOTOS = [
    Photo("pav.jpg", *_mp._near(HOME, 5, 7), 440.0, "2026:03:01 18:02:00", "+10:00",
          "back table, Kingaroy", (230, 220, 200)),
]
