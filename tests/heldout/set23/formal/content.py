"""Renata Kowalczyk (FICTIONAL): Assistant Director, visa integrity, Home Affairs Adelaide office; lives in
Birkenhead. A formal, LinkedIn-ish Mastodon-style account whose profile fields hold her official email and
work mobile. Every name and number is invented.
"""
NAME = "Renata Kowalczyk"

ACTIVITYPUB = {
    "handle": "rkowalczyk",
    "display_name": "Renata Kowalczyk",
    "summary": "<p>Assistant Director, Visa Integrity | Department of Home Affairs, Adelaide office. "
               "Twenty years in risk, compliance and integrity. Views my own.</p>",
    "fields": [("Work email", "renata.kowalczyk@homeaffairs.gov.au"), ("Work mobile", "0491 570 734")],
    "notes": [
        (2351, "2026-02-18 09:00", "+10:30",
         "Pleased to share that my team in the Adelaide office has been recognised for its integrity work on "
         "student visa providers. Grateful to my deputy, Nadia Farouk, who carried us through a difficult "
         "quarter.", {}),
        (2352, "2026-03-25 08:40", "+10:30",
         "Reflections on risk. Our new student-visa risk model goes live on 1 March, ahead of any announcement: "
         "providers with refusal rates above 30% will be referred for integrity review automatically. Change is "
         "hard; clarity helps.", {}),
        (2353, "2026-05-12 08:05", "+09:30",
         "The 7:12 from Peterhead, five minutes' walk from home in Birkenhead, was cancelled again. Third time "
         "this week. The Outer Harbor line needs leadership too.", {}),
        (2354, "2026-07-07 19:00", "+09:30",
         "Twenty years with my partner Simon today. Leadership lesson: listen first.", {}),
        (2355, "2026-09-02 12:30", "+09:30",
         "Honoured to speak at a public administration forum on integrity and trust. Slides to follow.", {}),
        (2356, "2026-10-20 21:00", "+10:30",
         "Border Security reruns on a Tuesday night. Some of us can't switch off.", {}),
    ],
}
