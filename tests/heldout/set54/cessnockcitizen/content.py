"""Peter Vukovic (FICTIONAL): Home Affairs citizenship officer at the Newcastle office, home in Bellbird, Cessnock.

Short posts. Every name and mailbox is invented.
"""
NAME = "Peter Vukovic"

ACTIVITYPUB = {
    "handle": "petevuk",
    "summary": "<p>Home Affairs citizenship team, Newcastle. Bellbird boy. Shiraz, league, grandkids.</p>",
    "notes": [
        (7001, "2026-04-10 14:30", "+10:00",
         "62 new Australians this morning. Friday ceremonies at 10 at the Civic Theatre never get old.", {}),
        (7002, "2026-04-17 09:00", "+10:00",
         "Councils and community groups with ceremony questions can email our team box, "
         "citizenship.hunter@homeaffairs.gov.au, we do read it.", {}),
        (7003, "2026-04-24 19:30", "+10:00",
         "Grandkids over for the weekend. My son Luka brought the little ones, house is chaos.", {}),
        (7004, "2026-05-01 17:00", "+10:00",
         "Another long week at the Newcastle office, then the drive back up the expressway to Bellbird.", {}),
    ],
}
