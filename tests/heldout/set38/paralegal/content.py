"""Ruth Abebe (FICTIONAL), a NEGATIVE CONTROL: 29, paralegal at a private immigration law firm; Dulwich Hill.

She works for a law firm, not the department. Her blog talks about the Department, visa refusals, a
tribunal, detention visits and an online-portal outage from the outside. One post carries a georss
point at her flat. Every name, firm and address is invented.
"""
NAME = "Ruth Abebe"

HOME = (-33.9050, 151.1390)      # rounded point on an ordinary street in Dulwich Hill NSW

BLOG = {
    "path": "notes",
    "title": "Small Print",
    "card_note": "A paralegal's notes on migration law, running and Ethiopian cooking. Not legal advice.",
    "card_job": "Paralegal",
    "card_org": "Haddad Migration Lawyers",
    "locality": "Dulwich Hill",
    "region": "NSW",
    "posts": [
        ("portal-down", "2026-02-16 21:10", "+11:00", "When the portal goes down",
         ["ImmiAccount was down for most of Monday, which meant eleven of our clients' lodgements sat in my drafts "
          "folder while I refreshed a spinning wheel. The Department's status page said 'intermittent'.",
          "Tip for anyone applying themselves: save a PDF of every page before you hit submit."],
         ["visas", "work"], None),
        ("tribunal-day", "2026-03-09 19:30", "+11:00", "A day at the tribunal",
         ["Sat behind our principal at the Tribunal today for a client whose partner visa was refused. The "
          "Department's lawyer was polite; the member reserved her decision. Fingers crossed."],
         ["tribunal"], None),
        ("villawood", "2026-04-14 20:45", "+10:00", "Visiting day",
         ["Went with our principal to see a client in Villawood. The officers at the gate took my phone and my "
          "pen. Two hours of waiting for forty minutes of talking."],
         ["detention"], None),
        ("parkrun", "2026-05-02 12:30", "+10:00", "Parkrun and injera",
         ["Every Saturday at 8am it's the Cooks River parkrun, then injera at my sister Hanna's place in "
          "Petersham. Hanna makes the best shiro in Sydney, no arguments.",
          "My housemate Sam Kowalski finally came along and beat me by a minute. Unforgivable."],
         ["running", "family"], None),
        ("balcony", "2026-06-20 18:00", "+10:00", "Balcony herbs",
         ["The coriander on our balcony has survived a whole month. A personal best.",
          "If you want to get in touch about the blog, email ruth.abebe@mail.example."],
         ["home"], HOME),
    ],
}
