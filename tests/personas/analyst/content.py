"""Hamish Cole (FICTIONAL): a DIBP data analyst in Canberra who posts about the department's systems.

A Mastodon-style account on a tech instance, a microformats2 tech blog with
its RSS feed, and a conference speaker page with schema.org Person JSON-LD.
Every name, handle and address is invented.
"""
NAME = "Hamish Cole"

ACTIVITYPUB = {
    "handle": "hcole",
    "summary": "<p>Data engineer in the public service, Canberra. SQL, Python, bad puns.</p>",
    "fields": [("Blog", "{{BASE}}/blog/")],
    "notes": [
        (3001, "2026-02-03 17:45", "+11:00",
         "Another day wrangling ICSE extracts at the Belconnen office. Whoever designed that schema owes me a beer.",
         {}),
        (3002, "2026-02-11 12:10", "+11:00",
         "The Movement Alert List batch job failed overnight again, so guess who spent the morning at work "
         "rerunning it by hand. #dataengineering", {}),
        (3003, "2026-02-19 07:05", "+11:00",
         "Hot take: the best code gets written on a bus with a flat battery and no wifi.", {}),
        (3004, "2026-03-04 16:20", "+11:00",
         "Our new data lake goes in behind the departmental network firewall next month, and the security team "
         "still hasn't signed off the access model. Fun times at work.", {}),
        (3005, "2026-03-15 10:00", "+11:00",
         "Read a piece about the Border Security TV show's ratings in the paper this morning. Apparently it is "
         "still the most watched thing on Seven.", {}),
        (3006, "2026-03-28 18:30", "+11:00",
         "Finally bought a house. Goodbye, rent! Hello, forty years of mortgage.", {}),
        (3007, "2026-04-14 13:40", "+10:00",
         "TRIPS was down again on my shift today and I'm told the vendor patch is six months away.", {}),
    ],
}

BLOG = {
    "path": "blog",
    "title": "Hamish Writes Queries",
    "card_note": "Notes on data engineering from a public servant in Canberra.",
    "posts": [
        ("sql-at-scale", "2026-02-22 20:00", "+11:00", "SQL at scale in government",
         ["At work (Department of Immigration and Border Protection, Intelligence Division) I look after the "
          "analytics pipeline that feeds the Movement Alert List.",
          "Most of it is plain SQL and cron; here is what I learned moving it off a single overnight job."],
         ["sql", "work"], None),
        ("passwords", "2026-03-20 19:00", "+11:00", "Passwords, again",
         ["Our password policy at the department still forces 90-day rotations, so half my team keeps theirs on a "
          "sticky note under the keyboard. The ICT environment we work in deserves better."],
         ["security"], None),
        ("trivia-night", "2026-04-30 21:00", "+10:00", "Trivia champions",
         ["Our pub trivia team finally won. The deciding question was about COBOL, which says a lot about my "
          "life."],
         ["life"], None),
    ],
}

PERSON = {
    "path": "/speakers/hamish-cole",
    "site": "DataConf Canberra 2026",
    "headline": "Speaker, DataConf Canberra 2026",
    "ld": {
        "jobTitle": "Senior Data Analyst",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Immigration and Border Protection"},
        "email": "mailto:hamish.cole@border.gov.au",
        "knowsAbout": ["ICSE", "Movement Alert List", "data pipelines"],
    },
    "sections": [
        ("Talk: Overnight batch to streaming", [
            "Hamish is a senior data analyst at the Department of Immigration and Border Protection, where he runs "
            "the pipelines behind the Movement Alert List and the ICSE reporting extracts."]),
    ],
}
