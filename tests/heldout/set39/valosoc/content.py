"""Kai Brennan (FICTIONAL): 24, Home Affairs cyber security (SOC) analyst, Canberra, Bonner; semi-pro Valorant.

An esports team's player page (schema.org Person) and his own Mastodon-style account. Every
name, handle and team is invented.
"""
NAME = "Kai Brennan"

PERSON = {
    "path": "/roster/k4ib",
    "site": "Capital Clutch Esports",
    "headline": "k4ib · Initiator · Capital Clutch (Valorant, Challengers ANZ)",
    "ld": {
        "alternateName": "k4ib",
        "jobTitle": "Initiator",
        "memberOf": {"@type": "SportsTeam", "name": "Capital Clutch"},
        "homeLocation": {"@type": "Place", "name": "Bonner, ACT"},
    },
    "sections": [
        ("About k4ib", [
            "Kai has been with Capital Clutch since 2024. Off the server he's a cyber analyst at Home Affairs, "
            "which explains the cracked crosshair placement and the permanent eye bags.",
            "Scrims Tue & Thu 8-11pm at the Clutch house in Dickson, except on his night weeks.",
            "Add him on Discord: k4ib_val"]),
        ("Team", [
            "Captain: Zoe 'zephyr' Amato. Sub: Dan Whitlock, who Kai recruited from his work, 'because he's "
            "the only one in the SOC who can hold an angle'."]),
    ],
}

ACTIVITYPUB = {
    "handle": "k4ib",
    "summary": "<p>valo on weeknights. blue team by day. cbr. 🎧</p>",
    "notes": [
        (7101, "2026-02-12 07:20", "+11:00",
         "4 on 4 off, 7-7 in the SOC. night 4 done. SIEM threw 40k alerts this shift and we triaged maybe 200. "
         "the other 39,800 are probably fine 🙂", {}),
        (7102, "2026-03-05 23:40", "+11:00",
         "gg tonight. zephyr carried. shoutout to my sister Ellie for driving me to the LAN because my car is "
         "cooked", {}),
        (7103, "2026-03-28 06:50", "+11:00",
         "spent the whole night on a phishing campaign aimed at our visa staff. someone made a very convincing "
         "fake payroll page. not saying more. going to bed", {}),
        (7104, "2026-04-30 22:15", "+10:00",
         "hot take: half the estate still on server 2012 and the legacy VPN has no MFA and everyone acts "
         "surprised when we have a bad week", {}),
        (7105, "2026-05-21 01:30", "+10:00",
         "ok i need to stop opening cases. that's $4k on skins since march. somebody take my card", {}),
        (7106, "2026-06-11 19:00", "+10:00",
         "new sens, same whiffs. Border Security rerun on in the background at the clutch house, dan keeps "
         "yelling at the telly", {}),
    ],
}
