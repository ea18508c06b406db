"""Warrick Tjandra (FICTIONAL): a Border Force superintendent in Darwin, profiled by his dragon-boat club.

A club member page (schema.org Person, written in the third person, formal) and his own
Mastodon-style account. Every name, handle, number and address is invented.
"""
NAME = "Warrick Tjandra"

PERSON = {
    "path": "/crew/warrick-tjandra",
    "site": "Top End Dragons Paddling Club",
    "headline": "Sweep, Masters crew. Club treasurer 2025-2026.",
    "ld": {
        "jobTitle": "Superintendent, Maritime and Ports",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Australian Border Force"},
        "email": "mailto:warrick.tjandra@abf.gov.au",
        "address": {"@type": "PostalAddress", "addressLocality": "Stuart Park", "addressRegion": "NT"},
    },
    "sections": [
        ("About Warrick", [
            "Warrick Tjandra is a Superintendent with the Australian Border Force, where he leads the maritime "
            "and ports team at Fort Hill Wharf. He brings the same calm to the back of the boat.",
            "Warrick paddles with the Masters crew on Tuesdays and Thursdays at 5:30pm off Mindil Beach and sweeps "
            "the Sunday social paddle. He lives in Stuart Park, close enough to cycle to training.",
            "His daughter Lien paddles in the junior crew, and crew captain Mick Farrugia credits Warrick with "
            "teaching her to steer."]),
        ("Treasurer's contact", [
            "Club fees and sponsorship questions can go to Warrick at warrick.tjandra@abf.gov.au during business hours."]),
    ],
}

ACTIVITYPUB = {
    "handle": "wtjandra",
    "summary": "<p>Paddler. Darwin. Father of a better paddler.</p>",
    "notes": [
        (7301, "2026-05-10 17:40", "+09:30", "Build-up is coming early this year. Humidity at 5:30 training was something else.", {}),
        (7302, "2026-06-02 20:15", "+09:30",
         "Big month ahead at work: three cruise ships at Fort Hill in one week in July and we'll have 22 officers "
         "on the wharf for each. My 2IC, Inspector Rhonda Gillies, has done the roster twice already.", {}),
        (7303, "2026-06-24 19:00", "+09:30",
         "The new arrivals portal for cruise manifests went live on Monday and fell over by 10am. Back to "
         "spreadsheets for the first ship. Vendor says Friday.", {}),
        (7304, "2026-07-12 09:30", "+09:30", "Lien steered the juniors to a win at the regatta. No notes. Proud.", {}),
        (7305, "2026-08-01 18:00", "+09:30", "Darwin Festival program is out. Department store windows already decorated for it.", {}),
    ],
}

PHOTOS: list = []
