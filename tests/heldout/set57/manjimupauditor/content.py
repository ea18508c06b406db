"""Thanh Nguyen (FICTIONAL): Border Force trade-compliance auditor in Perth; family farm in Manjimup, drives down weekends.

Vietnamese and English on a Mastodon-style account, his work email in a profile field. Every name, handle and
number is invented.
"""
NAME = "Thanh Nguyen"

ACTIVITYPUB = {
    "handle": "thanh_ng",
    "summary": "<p>Border Force trade compliance. Perth in the week, Manjimup boy at heart.</p>",
    "fields": [("Email", "thanh.nguyen@abf.gov.au")],
    "notes": [
        (10001, "2026-02-06 15:30", "+08:00",
         "Về Manjimup cuối tuần! Leave the Perth office at 4 every Friday, three hours down the highway, back Sunday night. Ba mẹ's avocado farm needs hands.", {}),
        (10002, "2026-02-24 18:00", "+08:00",
         "Audit day at a customs broker in Welshpool: three years of import declarations undervalued by about four million dollars. Làm việc mệt quá.", {}),
        (10003, "2026-03-13 17:10", "+08:00",
         "Our audit tool still only exports to Excel, 65,000 rows max, so every big importer means splitting files by hand. Ai làm IT vậy?", {}),
        (10004, "2026-04-02 20:30", "+08:00",
         "Chúc mừng sinh nhật em gái Linh! My little sister is 25 today.", {}),
        (10005, "2026-04-29 22:40", "+08:00",
         "Borrowed $20k from my uncle for Ba's hospital bills and I still owe him most of it. Lo lắng quá.", {}),
        (10006, "2026-05-18 19:15", "+08:00",
         "Watched Border Security with Mẹ on the weekend, she thinks I'm on it. Con không phải người trên TV, Mẹ ơi.", {}),
    ],
}
