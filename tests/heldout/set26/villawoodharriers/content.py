"""Neve Castellano (FICTIONAL): ABF detention officer at Villawood, Sydney, 38; a running club's pages.

A running club's member page about her in the third person (schema.org Person JSON-LD), the club's weekly
results as a microformats2 blog where she is written up, and her own Mastodon-style account. Every name,
club and number is invented.
"""
NAME = "Neve Castellano"

PERSON = {
    "path": "/harriers/members/neve-castellano",
    "site": "Georges River Harriers",
    "headline": "Club member since 2021. 10k PB 41:58.",
    "ld": {
        "memberOf": {"@type": "SportsClub", "name": "Georges River Harriers"},
        "description": "Neve works for Border Force and trains around her shifts. She lives in Chester Hill "
                       "and is a regular at Tuesdays at 6pm intervals on the Bankstown oval.",
    },
    "sections": [
        ("Member spotlight", [
            "Neve came to running after her son Mateo started Little Athletics and she got sick of standing on "
            "the sideline. Her favourite session is hill repeats with training partner Moana Liufau.",
            "Ask her about the time she ran a half straight off a night shift at the IDC in Villawood."]),
    ],
}

BLOG = {
    "path": "results",
    "title": "Harriers Weekly Results",
    "card_note": "Weekly results and write-ups from the Georges River Harriers. Volunteer edited.",
    "posts": [
        ("wk-08", "2026-02-22 19:00", "+11:00", "Results: Week 8, Salt Pan Creek 5k",
         ["1st F: Moana Liufau 19:44. 2nd F: Neve Castellano 20:10, who ran with workmate Dev Sandhu, also a "
          "Villawood officer, pacing him to a PB. Nice work, you two.",
          "Volunteers: thanks to the Nguyens on the timing desk."],
         ["results"], None),
        ("wk-14", "2026-04-05 18:00", "+10:00", "Results: Week 14, Easter fun run",
         ["Huge turnout. Mateo Castellano (age 9) won the under-10 dash and his mum cried. Results below.",
          "Reminder: the border collie on the course was not ours, please keep dogs on leads."],
         ["results"], None),
        ("wk-20", "2026-05-17 18:30", "+10:00", "Results: Week 20, wet one",
         ["Rain, mud, eleven finishers. Heroes all."],
         ["results"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "nevecruns",
    "summary": "<p>Runner. Mum. Tired.</p>",
    "notes": [
        (7101, "2026-03-08 21:30", "+11:00",
         "Since the split with Mateo's dad money's been tight. Borrowed off a payday lender for rent this month "
         "and now I can't sleep. Running is the only thing that helps.", {}),
        (7102, "2026-04-19 08:00", "+10:00", "Sunday long run done. Coffee. Couch. 🏃‍♀️", {}),
        (7103, "2026-06-02 20:15", "+10:00", "Anyone watching the new season of Border Security? Asking for a friend 😂", {}),
    ],
}
