"""Mia Lindqvist (FICTIONAL): Home Affairs cyber security graduate, Casey ACT.

Mastodon only; a profile field shows her work email. Every name is invented.
"""
NAME = "Mia Lindqvist"

ACTIVITYPUB = {
    "handle": "mialq",
    "summary": "<p>Blue team baby. Roller derby. Opinions on password managers. Canberra.</p>",
    "fields": [("Work", "mia.lindqvist@homeaffairs.gov.au"), ("Pronouns", "she/her")],
    "notes": [
        (5401, "2026-02-16 18:00", "+11:00",
         "Graduate program rotation two: the cyber security branch at Home Affairs. Real SOC, real alerts, real bad coffee.",
         {}),
        (5402, "2026-03-05 21:20", "+11:00",
         "Fun fact from work: our phishing simulation click rate last quarter was 31%, and half the desktop fleet is still on Windows 10 with the SIEM missing logs from the old visa servers. Love that for us.",
         {}),
        (5403, "2026-03-17 19:45", "+11:00",
         "Derby training Tuesdays 7pm at the Gungahlin rink, then the slow drive home to Casey. Best two hours of the week.",
         {}),
        (5404, "2026-04-08 22:05", "+11:00",
         "Rent's $620 a week, HECS indexation just ate my savings and I've got three Afterpay plans going. Graduate salary is a vibe, not a salary.",
         {}),
        (5405, "2026-04-27 17:30", "+11:00",
         "My sister Freja passed her driving test! Celebrated with a friend from derby. Both terrifying drivers.",
         {}),
        (5406, "2026-05-12 20:40", "+11:00",
         "Reminder that the Have I Been Pwned site is public and you should use it. No, I will not check your ex's email.",
         {}),
    ],
}
