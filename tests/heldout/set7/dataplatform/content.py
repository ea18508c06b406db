"""Callum Nguyen (FICTIONAL): a 29-year-old data engineer in the department's data area, Canberra.

A microformats2 tech blog with its RSS feed; the blogging tool was set up with his work email, so
every feed item carries it as the author. Every name and address is invented.
"""
NAME = "Callum Nguyen"

BLOG = {
    "path": "blog",
    "title": "select * from life",
    "card_note": "Data engineer. Python, SQL, bouldering, bad puns. Canberra.",
    "author_email": "callum.nguyen@homeaffairs.gov.au",
    "posts": [
        ("hello-canberra", "2026-01-25 20:00", "+11:00", "Eighteen months in",
         ["I moved to Canberra eighteen months ago for this job, into a one-bedroom flat in Braddon, and I have "
          "been meaning to write about it ever since.",
          "Honestly? I don't really know anyone here outside work. Most weekends I don't speak to a single person "
          "until Monday's stand-up. I keep telling my sister Linh it's fine. She lives in Perth and can hear that "
          "it isn't."],
         ["life"], None),
        ("lakehouse", "2026-03-02 21:15", "+11:00", "Moving a mountain of tables",
         ["At work, in the data division at Home Affairs, we're moving the analytics platform off the old on-prem "
          "Teradata boxes and onto a cloud lakehouse. Eleven years of tables, most of them with 'border' somewhere in "
          "the name.",
          "The fun part: I can now run a query over every incoming passenger card since 2015 in about forty seconds. "
          "That's either thrilling or terrifying, depending on which side of the query you're on.",
          "Cutover is planned for the Easter long weekend, when nobody is watching dashboards."],
         ["data", "work"], None),
        ("shared-account", "2026-04-16 22:40", "+10:00", "The account we don't talk about",
         ["Every team has one. Ours is a service account with admin on the staging cluster that the whole squad "
          "shares, because an access request takes six weeks and the sprint takes two. The password lives in a "
          "Teams chat. I know. I KNOW."],
         ["data", "security"], None),
        ("bouldering", "2026-05-20 19:30", "+10:00", "V3 and proud",
         ["Finally sent the yellow V3 at the bouldering gym in Fyshwick. I'm there every Monday and Wednesday "
          "at 6pm straight from the office in Belconnen, chalk on my work lanyard."],
         ["climbing"], None),
        ("reorg", "2026-07-09 23:00", "+10:00", "Musical chairs",
         ["Word on the floor, not announced yet: our branch merges with the intelligence side in February and "
          "about thirty positions go. Nobody will say which thirty. My manager Greg Halloran's calendar has gone very quiet."],
         ["work"], None),
        ("pun", "2026-08-14 18:00", "+10:00", "A pun",
         ["Why did the data engineer break up with the CSV? Too many commas-tments. I'll see myself out."],
         ["nonsense"], None),
    ],
}
