"""Tom Ferreira (FICTIONAL): a Border Force trade compliance auditor around Albury-Wodonga, on wine.

Tasting notes from Rutherglen cellar doors with the day job dropped in: importers audited for
tariff classification, an audit partner, a wine club that has his work email. ActivityPub.
Every name, handle and address is invented.
"""
NAME = "Tom Ferreira"

ACTIVITYPUB = {
    "handle": "rutherglenreds",
    "summary": "<p>Reds, Rutherglen, repeat. Durif evangelist. Thurgoona.</p>",
    "notes": [
        (9101, "2026-02-21 18:30", "+11:00",
         "Day job takes me round half the importers between Albury and Shepparton checking their tariff "
         "classifications for Border Force. The other half of my life is checking Rutherglen durif. Guess which "
         "half I prefer.", {}),
        (9102, "2026-03-14 11:05", "+11:00",
         "Saturday cellar door run, same as every Saturday: out of Thurgoona at 10, first tasting in Rutherglen by "
         "10:40, home before Carla has to come and get me.", {}),
        (9103, "2026-04-23 19:20", "+10:00",
         "Audit this week: an Albury importer had 40 containers of e-bike batteries classified as toys to dodge the "
         "duty. Toys. Some of them were 48 volt. It'll go to the penalty team.", {}),
        (9104, "2026-05-09 16:45", "+10:00",
         "My wife Carla says the muscat is too sweet. My wife Carla is wrong, but I love her.", {}),
        (9105, "2026-06-06 20:10", "+10:00",
         "Big thanks to Sunita Rao, my audit partner at work, for being designated driver after the winter "
         "barrel sale. Owe you a case.", {}),
        (9106, "2026-07-18 13:30", "+10:00",
         "Signed up to a wine club with my work email by mistake and now every newsletter lands at "
         "tom.ferreira@abf.gov.au in the middle of audit meetings. Very professional.", {}),
        (9107, "2026-08-08 17:55", "+10:00",
         "Department store wine glasses are fine. Don't let anyone tell you otherwise.", {}),
    ],
}
