"""Tom Hallissey (FICTIONAL): ABF officer at Hobart Airport, lives in Tranmere. One-line garden notes.

A Mastodon-style account. Every name and number is invented.
"""
NAME = "Tom Hallissey"

ACTIVITYPUB = {
    "handle": "tranmerenotes",
    "fields": [("work", "tom.hallissey@abf.gov.au")],
    "summary": "<p>Border Force at Hobart Airport. Growing garlic in Tranmere, badly.</p>",
    "notes": [
        (4301, "2026-03-05 17:20", "+11:00", "Garlic in. Fingers crossed.", {}),
        (4302, "2026-04-14 16:45", "+10:00",
         "Frost on the eastern shore this morning. Scraped the windscreen for the 5:40 start.", {}),
        (4303, "2026-05-10 12:00", "+10:00",
         "Mother's Day lunch at the pub. Mum ordered the parma, as ever.", {}),
        (4304, "2026-06-02 18:30", "+10:00",
         "Watched Border Security with a beer. Nothing like my job. Less shouting, more forms.", {}),
    ],
}
