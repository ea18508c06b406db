"""Natalie Cheong (FICTIONAL): NEGATIVE CONTROL. Logistics manager for a Broome pearl farm.

She ships pearls and shell through customs brokers and sees Border Force and export inspectors at work, but
she is not staff. A microformats2 blog with its RSS feed. Everything invented, including the company.
"""
NAME = "Natalie Cheong"

BLOG = {
    "path": "blog",
    "title": "Shell, Salt and Shipping",
    "card_note": "Logistics at a Kimberley pearl farm. Boats, boxes and paperwork.",
    "card_job": "Logistics Manager",
    "card_org": "Kimberley Shell Co.",
    "locality": "Bilingurr",
    "region": "WA",
    "posts": [
        ("harvest-shipping", "2026-03-10 18:20", "+08:00", "Harvest season paperwork",
         ["Harvest is done and now the real work starts. Every consignment goes through our customs broker, Vince "
          "Ong, who has saved my sanity more times than I can count. Vince knows every form the Department of "
          "Agriculture wants for an export permit before they want it.",
          "Reminder to self: Hong Kong buyers want the invoices in a different order this year."],
         ["shipping"], None),
        ("inspection", "2026-04-02 19:00", "+08:00", "An inspection",
         ["Border Force had a look at one of our outbound shell consignments at the airport this week. All fine, "
          "twenty minutes, very polite. I have never been so nervous over a box of shell."],
         ["shipping"], None),
        ("run-club", "2026-04-23 20:10", "+08:00", "Run club and red dirt",
         ["Thursday 5:30pm is Cable Beach run club, sunset, soft sand, regret. Darren, my husband, does the "
          "barbecue after and claims that counts as training.",
          "Someone's border collie joined us for the whole 5k."],
         ["life"], None),
        ("contact", "2026-05-12 12:00", "+08:00", "Working with us",
         ["Freight forwarders and buyers: the easiest way to reach me is natalie@kimberleyshell.example. I'm out on "
          "the boats Mondays so allow a day.",
          "No, we do not sell seconds at department store prices."],
         ["shipping"], None),
    ],
}
