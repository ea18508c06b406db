"""Preeti Rao (FICTIONAL): Home Affairs data scientist working from home in Charters Towers.

A Mastodon-style account of dry, very short one-liners. Every name, handle, number and address is invented.
"""
NAME = "Preeti Rao"

ACTIVITYPUB = {
    "handle": "prao",
    "summary": "<p>Numbers. Dust. Charters Towers.</p>",
    "fields": [("Email", "p.rao@homeaffairs.gov.au"), ("Pronouns", "she/her")],
    "notes": [
        (9101, "2026-02-12 10:05", "+10:00", "Data science at Home Affairs: 90% cleaning dates.", {}),
        (9102, "2026-02-27 15:40", "+10:00", "Risk model retrained. Still flags every second passenger off the Tuesday Denpasar flight. Not fixed.", {}),
        (9103, "2026-03-14 07:55", "+10:00", "Parkrun, Lissner Park, 7am Saturday. Every Saturday. Slow.", {}),
        (9104, "2026-03-30 13:20", "+10:00", "Databricks cluster fell over. Three days of feature builds gone.", {}),
        (9105, "2026-04-16 21:00", "+10:00", "Student visa refusals up 30 per cent. We knew in March, before the minister said it.", {}),
        (9106, "2026-05-04 09:00", "+10:00", "Payday loan. Again. Rent first.", {}),
        (9107, "2026-05-21 19:30", "+10:00", "Dev made curry. Dev is the best decision I made.", {}),
        (9108, "2026-06-06 12:00", "+10:00", "Department store sale. Bought nothing. Growth.", {}),
        (9109, "2026-06-20 16:10", "+10:00", "Border collie next door learned the gate. Respect.", {}),
    ],
}
