"""Rosalind Tuck (FICTIONAL): ABF detention operations officer, Christmas Island, 52; a parish newsletter.

A parish council page about her with schema.org Person JSON-LD, and the parish newsletter she edits as a
microformats2 blog with RSS (parish notices with her own asides). Every name, number and address is invented.
"""
NAME = "Rosalind Tuck"

PERSON = {
    "path": "/parish/council/rosalind-tuck",
    "site": "Our Lady of the Island Parish",
    "headline": "Parish council secretary and newsletter editor",
    "ld": {
        "jobTitle": "Parish council secretary",
        "email": "mailto:ros.tuck@islandmail.example",
        "homeLocation": {"@type": "Place", "name": "Drumsite, Christmas Island"},
        "description": "Ros came to the island in 2023 with the Australian Border Force and stayed for the "
                       "crab migration. She edits the newsletter and runs the Saturday morning tea roster.",
    },
    "sections": [
        ("About Ros", [
            "Ros lives up at Drumsite and is usually found at the 6pm Saturday Mass, straight off her day shift "
            "(0700-1900) out at North West Point.",
            "Newsletter items to Ros by Thursday: ros.tuck@islandmail.example."]),
    ],
}

BLOG = {
    "path": "newsletter",
    "title": "The Island Parish Bulletin",
    "card_note": "Weekly notices from Our Lady of the Island. Edited by Ros Tuck.",
    "posts": [
        ("week-06", "2026-02-08 16:00", "+07:00", "Bulletin: Week 6",
         ["Readings this Sunday by my husband Gerard, who has promised to speak up this time.",
          "A big thank you to Lim Siew Ling for the frangipani on the altar. Siew Ling, you spoil us."],
         ["bulletin"], None),
        ("week-11", "2026-03-15 16:00", "+07:00", "Bulletin: Week 11",
         ["Please keep the people at the centre in your prayers. We have 61 detainees out at North West Point "
          "this week and two on hunger strike since Monday. It has been a hard week for the officers too.",
          "Morning tea roster: Gerard and the Wongs."],
         ["bulletin", "prayers"], None),
        ("week-15", "2026-04-12 16:00", "+07:00", "Bulletin: Week 15",
         ["Our granddaughter Ava made her First Communion in Perth on Sunday. Gerard and I watched on a very "
          "wobbly video call. Proud Nana moment."],
         ["bulletin", "family"], None),
        ("week-19", "2026-05-10 16:00", "+07:00", "Bulletin: Week 19",
         ["Apologies if I was short with anyone after Mass. Since the cyclone the CCTV in the compound has been "
          "down and nobody from the mainland has come to fix it, so we are doing extra foot rounds and I am tired.",
          "My supervisor, Superintendent Barker, has kindly given me Saturday evenings back."],
         ["bulletin"], None),
        ("week-24", "2026-06-14 16:00", "+07:00", "Bulletin: Week 24",
         ["A confession for the editor's column: the wine club has become the only thing keeping me sane out "
          "here. Some weeks it's two bottles a night and I know that is not a good sign. Prayers welcome.",
          "The Red Crab Cafe is closed Tuesday."],
         ["bulletin", "editor"], None),
        ("week-27", "2026-07-05 16:00", "+07:00", "Bulletin: Week 27",
         ["Nothing much this week. The supply ship is late again so no fresh milk for the morning tea."],
         ["bulletin"], None),
    ],
}
