"""Harry McInerney (FICTIONAL): a 24-year-old Border Force officer boarding ships at Outer Harbor, SA.

An amateur football club's player page written in the third person (schema.org Person JSON-LD)
and his own Mastodon-style posts with a backyard photo carrying GPS. Every name, handle and place
point is invented; the home point is a rounded street point.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "personas"))
from build import Photo, near  # noqa: E402

NAME = "Harry McInerney"

HOME = (-34.83900, 138.48600)   # a residential street in Semaphore SA, rounded

PERSON = {
    "path": "/players/harry-mcinerney",
    "site": "Largs Bay Seagulls Amateur Football Club",
    "headline": "Half-forward flank, #17. Seagulls since 2021.",
    "ld": {
        "description": "Seagulls half-forward, 2023 best and fairest runner-up.",
        "memberOf": {"@type": "SportsTeam", "name": "Largs Bay Seagulls A Grade"},
        "alternateName": "Macca",
    },
    "sections": [
        ("About Harry", [
            "Harry \"Macca\" McInerney joined the Seagulls in 2021 and hasn't missed a game since. Away from footy, "
            "Harry is a Border Force officer who boards ships out at Outer Harbor, which he reckons is good training "
            "for climbing into the forward pocket.",
            "He grew up two streets from the Semaphore jetty and still lives in Semaphore with his partner Jess. "
            "His mum Leanne runs the canteen on home games, so be nice to him or no pasties for you.",
            "Harry trains with the senior squad every Tuesday and Thursday at 6pm at Largs Reserve, and stays back "
            "to work on set shots with fellow Border Force officer and ruckman Josh Pearce."]),
        ("Sponsor Macca", [
            "Want your business on Harry's guernsey? He asks that sponsorship enquiries for #17 go to his work email, "
            "harry.mcinerney@abf.gov.au, because he never checks the other one."]),
    ],
}

ACTIVITYPUB = {
    "handle": "macca17",
    "summary": "<p>Seagulls #17 🐦 | Semaphore boy | fishing, footy, feeds</p>",
    "notes": [
        (7601, "2026-02-19 20:15", "+10:30",
         "Big week at the harbour 😤 boarded a bulk carrier Thursday and the dog found 60 kilos of meth packed behind "
         "the sea chest grates. Biggest one I've been part of #proud", {}),
        (7602, "2026-03-07 23:30", "+10:30",
         "Best man duties DONE for my mate Ben Tran 🥂 aka Bonesy. Love ya bro, sorry about the speech", {}),
        (7603, "2026-05-16 18:00", "+09:30",
         "Arvo in the backyard with Jess, snags on, footy on the radio 🌭📻",
         {"images": [("backyard-snags.jpg", "the backyard barbecue")]}),
        (7604, "2026-06-23 21:40", "+09:30",
         "Owe the bank my soul for the Hilux. $52k car loan at 24 and the credit card's maxed from the buck's, "
         "great life choices 🙃", {}),
        (7605, "2026-07-11 10:00", "+09:30", "Nothing on today. Reckon I'll go fishing 🎣", {}),
        (7606, "2026-08-15 17:50", "+09:30", "Seagulls by 30!! 🐦🐦 prelim here we come", {}),
    ],
}

PHOTOS = [
    Photo("backyard-snags.jpg", *near(HOME, -7, 5), 4.0, "2026:05:16 17:41:09", "+09:30",
          "the backyard barbecue", (150, 110, 70)),
]
