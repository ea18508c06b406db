"""Tayla Brennock (FICTIONAL): 24, Border Force officer posted to West Island, Cocos (Keeling) Islands.

A cozy-games streamer's channel page (schema.org Person) and her Mastodon-style account, one post
place-tagged at her quarters. Every name, handle and point is invented; the point is rounded.
"""
NAME = "Tayla Brennock"

HOME = ("West Island", -12.1855, 96.8290)

PERSON = {
    "path": "/c/taybrk",
    "site": "StreamHub",
    "headline": "taybrk · cozy games + horror nights · streaming from a rock in the Indian Ocean 🏝️",
    "ld": {
        "alternateName": "taybrk",
        "description": "Cozy games, horror nights, bad internet.",
        "sameAs": ["{{BASE}}/social/@taybrk"],
    },
    "sections": [
        ("About me", [
            "24, from Perth, currently living on West Island in the Cocos (Keeling) Islands for work 🏝️ Day job: ABF, "
            "so streams are off-roster only and the internet is whatever the satellite feels like.",
            "Mods: @saltgremlin (Jess Arkley) runs chat when I'm asleep, ily Jess."]),
        ("Schedule", [
            "Tues + Fri 9pm Cocos time (that's 10:30pm in Perth), Saturday arvo cozy stream. Plane days I'm wrecked "
            "so no stream."]),
    ],
}

ACTIVITYPUB = {
    "handle": "taybrk",
    "display_name": "tay 🏝️",
    "summary": "<p>streamer 🎮 | she/her | 🏝️ | no i can't get your cousin through faster</p>",
    "notes": [
        (8201, "2026-02-14 22:10", "+06:30",
         "boat night. 31 on board, we had everyone processed in the old hangar by 2am and on the charter by lunch. "
         "my sarge Deanne Holcroft carried the whole thing, legend 🫡", {}),
        (8203, "2026-03-21 21:30", "+06:30",
         "office sat link drops every time it rains so we run the passenger lists off a laptop with no connection "
         "and sync it later. wet season = vibes", {}),
        (8204, "2026-04-08 23:40", "+06:30",
         "lowkey so lonely out here. 2,700 km from anyone I know and the club shuts at 9", {}),
        (8205, "2026-04-25 20:15", "+06:30",
         "home for my brother Rhys's 21st and back in one weekend. three flights each way. worth it, "
         "rhys cried (he'll deny it)", {}),
        (8206, "2026-05-12 18:45", "+06:30",
         "sunset from the front step 🌅", {"location": HOME}),
        (8207, "2026-06-02 17:30", "+06:30",
         "Border Security marathon while the rain does its thing. watching other people's bags get searched on my "
         "day off is my personality now", {}),
        (8208, "2026-06-15 10:00", "+06:30",
         "monday = plane day. meet the 10:30 at the West Island airport, clear everyone, clear the freight, nap", {}),
    ],
}
