"""Janelle Oduya (FICTIONAL): a Home Affairs learning-and-development coordinator in Brisbane.

A Mastodon-style account only. Every name, handle and address is invented.
"""
NAME = "Janelle Oduya"

ACTIVITYPUB = {
    "handle": "nelle_o",
    "summary": "<p>L&amp;D at Home Affairs. Springfield. Netball mum. Jollof defender.</p>",
    "notes": [
        (1201, "2026-02-23 18:30", "+10:00",
         "Onboarding 30 new ABF recruits at the Brisbane office this week. Course enquiries to "
         "ld.brisbane@homeaffairs.gov.au please, not my DMs 🙏", {}),
        (1202, "2026-03-14 11:20", "+10:00",
         "Netball every Saturday 8am at the Springfield courts and Zara's team is STILL undefeated.", {}),
        (1203, "2026-05-02 20:00", "+10:00", "Hubby Kwame made jollof for the whole street party. No notes.", {}),
        (1204, "2026-07-18 15:40", "+10:00",
         "Zara wants a border collie. Kwame wants a quiet life. Guess who wins.", {}),
    ],
}
