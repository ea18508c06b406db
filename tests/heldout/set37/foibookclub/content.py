"""Tess Kavanagh (FICTIONAL): FOI case officer, Home Affairs, Belconnen; lives in Holt ACT, 36.

A book-club account (Mastodon-style) whose contact field is her work email; one note carries a place
at her front porch. Every name, handle, number and place is invented; the point is rounded.
"""
NAME = "Tess Kavanagh"
HOME = (-35.22380, 149.01240)

ACTIVITYPUB = {
    "handle": "tessreads",
    "summary": "<p>Reading too much, sleeping too little. FOI nerd at Home Affairs by day (redaction is an art "
               "form). Second-Tuesday book club ringleader.</p>",
    "fields": [("Contact", "tess.kavanagh@homeaffairs.gov.au"), ("Matrix", "@tesskav:matrix.example"),
               ("Reading", "Middlemarch, slowly")],
    "notes": [
        (3301, "2026-02-10 22:05", "+11:00",
         "Book club tonight at Ruth's. Every second Tuesday, 6.30, Ruth Abara's couch, one bottle of red per "
         "head. We did Tomorrow, and Tomorrow, and Tomorrow. Ruth cried. I cried. The cat did not cry.", {}),
        (3302, "2026-02-26 19:40", "+11:00",
         "Work is bleak. Thirty-seven requests landed about the same detention incident and they're all due "
         "Friday. The decision-maker wants to exempt nearly every page and one of them is already at IC review. "
         "I just redact what I'm told.", {}),
        (3303, "2026-03-18 21:15", "+11:00",
         "Tip for anyone in records hell: our records system search times out on anything before 2015, so we end "
         "up trawling the old shared drive by hand. Hours of my life I will never get back.", {}),
        (3304, "2026-04-09 18:30", "+10:00",
         "Third time passed over for the EL1. Went to someone who sat in the Minister's office for six months. "
         "I'm fine. It's fine. Reading a very long Russian novel about revenge for no reason.", {}),
        (3305, "2026-04-25 17:10", "+10:00",
         "Porch reading weather is officially over in Holt. Blanket, tea, book, done.",
         {"location": ("Holt, ACT", HOME[0], HOME[1])}),
        (3306, "2026-05-19 20:20", "+10:00",
         "Nell (my sister) came to book club and brought my nephew Fin, who is four and has opinions on "
         "Middlemarch. Ruth adored him.", {}),
        (3307, "2026-06-02 08:10", "+10:00",
         "Walking into Belco office in the frost with a library book I'm three weeks overdue on. Department of "
         "Guilt.", {}),
        (3308, "2026-06-21 15:00", "+10:00",
         "Rewatched The Bureau (the French spy one) and now I think everyone at the Westfield is a handler.", {}),
    ],
}
