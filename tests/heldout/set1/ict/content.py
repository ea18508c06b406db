"""Nadia Rahimi (FICTIONAL): a systems engineer in the Department's ICT division, Canberra.

A technical microformats2 blog with RSS (lists, code-ish jargon) and a
Mastodon account whose profile fields show her work email. One post carries
a place with coordinates. Every name, address and number is invented.
"""
NAME = "Nadia Rahimi"

BLOG = {
    "path": "blog",
    "title": "packets & pastries",
    "card_note": "Infrastructure engineer. Canberra. Baking when the pager is quiet.",
    "posts": [
        ("trips-migration", "2026-02-12 20:30", "+11:00", "Lessons from a database migration",
         ["Some notes from three months moving a passenger processing system to new hardware at work (yes, "
          "TRIPS, for those in the Department of Immigration and Border Protection who know).",
          "<ul><li>Oracle RAC failover tested on a Sunday, not in prod hours</li><li>The Citrix gateway is "
          "the real single point of failure</li><li>Never trust a firewall rule named TEMP</li></ul>"],
         ["work", "databases"], None),
        ("citrix-tuesday", "2026-03-05 21:10", "+11:00", "The Tuesday the gateway fell over",
         ["Last Tuesday the Citrix gateway we use for remote access went down for most of the morning; "
          "two thousand staff locked out. Root cause: an expired certificate nobody owned. "
          "If you need me during an incident, ring the desk on (02) 6264 1183."],
         ["work", "incidents"], None),
        ("sourdough", "2026-03-20 19:00", "+11:00", "Sourdough, attempt 14",
         ["Finally an open crumb. Thanks to Sienna Park for the starter and the patience."],
         ["baking"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "nadiar",
    "summary": "<p>infra, sourdough, board games. she/her.</p>",
    "fields": [("work", "nadia.rahimi@border.gov.au"), ("blog", "packets & pastries")],
    "notes": [
        (8101, "2026-02-05 17:40", "+11:00",
         "Commute tip for anyone heading to 6 Chan Street, Belconnen: the R4 beats driving every single day.", {}),
        (8102, "2026-02-20 22:30", "+11:00",
         "Board games every Friday night at the Dungeon Crawl Café in Civic with Sienna and Marco Bellini. "
         "Tonight: Wingspan, and Marco lost gracefully for once 🐦",
         {"location": ("Dungeon Crawl Café, Civic", -35.27820, 149.13050)}),
        (8103, "2026-03-09 12:15", "+11:00",
         "My team lead Bruce Tanaka just approved the change window for the firewall refresh. Miracles happen.", {}),
        (8104, "2026-03-18 08:30", "+11:00",
         "Mum and Dad (Farida and Yusuf) land from Kabul via Dubai on Saturday, first visit in six years 🥹", {}),
    ],
}
