"""Helen Vavasour (FICTIONAL): a Home Affairs visa decision maker working from home in Sawtell, with a quarterly
trip to the Parramatta office. A Mastodon-style account of swims, sourdough and family, where several people are
often named in one breath. Every name and address is invented."""
NAME = "Helen Vavasour"

ACTIVITYPUB = {
    "handle": "helenswims",
    "display_name": "Helen V",
    "summary": "<p>Sawtell. Sea swims, sourdough, too many books. Opinions mine.</p>",
    "fields": [("Email", "helen.vavasour@homeaffairs.gov.au"), ("Reading", "whatever the book club says")],
    "notes": [
        (6001, "2026-01-24 09:30", "+11:00",
         "Thirty years married today to Geoff, who still cannot find the tea towels. He made pancakes, which "
         "forgives a lot.", {}),
        (6002, "2026-02-06 17:45", "+11:00",
         "Eight years a visa decision maker with Home Affairs and I still read every statement twice. Working from "
         "home in Sawtell beats the Parramatta office, though I'm down there once a quarter for the team days.", {}),
        (6003, "2026-02-27 18:20", "+11:00",
         "Refused eleven student visas this week, all through the same education agent, same bank statements with "
         "the same typo. Somebody's running a factory.", {}),
        (6004, "2026-03-15 15:10", "+11:00",
         "Lovely lunch at the surf club with Geoff, our Bec and her fiance Tom, Margaret Ashdown from book club, "
         "and two of Bec's uni friends whose names I've already lost.", {}),
        (6005, "2026-03-24 07:40", "+11:00",
         "6am sea swim at Sawtell beach with the Bluebottles, every Tuesday, Thursday and Saturday, rain or "
         "shine. Cold enough today to hear it.", {}),
        (6006, "2026-04-14 20:00", "+10:00",
         "The new decision-support tool flags every second applicant as high risk since the last update. The old "
         "hands call it the Magic 8 Ball and override it. I suspect that is not what the project board intended.",
         {}),
        (6007, "2026-05-01 16:00", "+10:00",
         "My team leader Wendy Oduya posted cupcakes to all twelve of us remote workers for our anniversary. Best "
         "TL in the Department.", {}),
        (6008, "2026-05-19 19:30", "+10:00",
         "Margaret says the book club is reading a border thriller next. Geoff says he'll come for the cheese. "
         "Our neighbour's border collie came too.", {}),
        (6009, "2026-06-07 21:00", "+10:00",
         "Binged Gogglebox with him all weekend. No regrets. Bec rang from Brisbane, she's found a dress.", {}),
    ],
}
