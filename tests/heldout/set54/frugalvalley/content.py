"""Bronwyn Kettle (FICTIONAL): Home Affairs FOI officer working from home in Traralgon for a Canberra team.

A budgeting blog whose feed is authored under her work email. Every name, address and figure is invented.
"""
NAME = "Bronwyn Kettle"
HOME = (-38.1921, 146.5562)     # a rounded point on an ordinary Traralgon street

BLOG = {
    "path": "blog",
    "title": "Frugal in the Valley",
    "card_note": "Paying off our debt one spreadsheet at a time. Mum of two, public servant, tea drinker.",
    "card_job": "FOI case officer",
    "card_org": "Department of Home Affairs",
    "locality": "Traralgon",
    "region": "VIC",
    "author_email": "bronwyn.kettle@homeaffairs.gov.au",
    "posts": [
        ("debt-snapshot-february", "2026-02-08 20:30", "+11:00", "Debt snapshot: February",
         ["Total owing: $31,240. Credit card $18,900, the car loan, and the Afterpay I swore I'd closed. I got a "
          "letter from the bank this week with the word 'default' in it, so that was fun.",
          "DH (Marcus) and I are still not talking about the card. He thinks it's the groceries. It is not the "
          "groceries."],
         ["debt", "snapshot"], None),
        ("no-spend-week", "2026-02-15 19:00", "+11:00", "No-spend week with two kids",
         ["Ruby (12) and Finn (9) were told on Sunday night that this is a no-spend week. Ruby negotiated like a "
          "union rep. Finn cried about the canteen.",
          "Huge thanks to my friend Tamsin Hayes who runs the Latrobe Valley No Spend group and lent us her "
          "board games. Tamsin, you saved my sanity."],
         ["kids", "no-spend"], None),
        ("wfh-savings", "2026-02-22 18:45", "+11:00", "What working from home saves us",
         ["I work from home for a team in Canberra, which saves about $90 a week in fuel and lunches.",
          "My day: log on at 7:30, off at 3:15 for school pick-up, back on at 4 until 6. Wednesdays Finn has "
          "swimming at the Traralgon stadium at 5 so I do my grocery run at Coles beside it at 5:15."],
         ["wfh", "savings"], None),
        ("overtime-maths", "2026-03-03 21:10", "+11:00", "Overtime maths",
         ["Overtime is the only reason the card is going down at all. We have 640 requests open and every one "
          "about detention incidents is overdue; the Minister's office asked us to 'take our time' on the one about "
          "the Villawood fire. I'm not saying any more than that.",
          "The redaction software (we call it Black Marker) crashes on anything over 300 pages, so big requests get "
          "redacted by hand in PDFs on a shared drive. Hence the overtime. Hence this blog."],
         ["overtime", "income"], None),
        ("a-good-boss", "2026-03-12 20:00", "+11:00", "A good boss is worth money too",
         ["My team leader Suresh Pillai rang to check on me after I mentioned money in passing. Suresh, if you read "
          "this, I'm fine. Mostly.",
          "Also returned a jacket to the department store. $89 back in the account."],
         ["mindset"], None),
        ("veggie-patch", "2026-03-21 10:30", "+11:00", "Veggie patch update",
         ["Zucchini count from the backyard this week: 14. Nobody in this house will eat another zucchini. Free to a "
          "good home if you're in Traralgon."],
         ["garden"], HOME),
    ],
}
