"""Geoffrey Lindqvist (FICTIONAL): a trade compliance auditor with Border Force on the Sunshine Coast, a keen
cyclist whose blog feed is published under his work email.

A formal professional profile with schema.org Person JSON-LD and a contact block, and a microformats2
cycling blog with its RSS feed (each item's author is his official address). Every name and email is invented.
"""
NAME = "Geoffrey Lindqvist"

PERSON = {
    "path": "/profile/geoffrey-lindqvist",
    "site": "Professional profile",
    "headline": "Trade Compliance Auditor | Customs valuation and tariff classification | CPA",
    "ld": {
        "jobTitle": "Trade Compliance Auditor",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Australian Border Force"},
        "email": "mailto:geoffrey.lindqvist@abf.gov.au",
        "knowsAbout": ["customs valuation", "tariff classification", "post-clearance audit"],
    },
    "sections": [
        ("Summary", [
            "Experienced auditor with fifteen years in post-clearance compliance. Currently Trade Compliance Auditor, "
            "Australian Border Force, working with importers across South East Queensland on valuation and "
            "classification. CPA. Committed to facilitating legitimate trade."]),
        ("Contact", [
            "For professional enquiries: geoffrey.lindqvist@abf.gov.au"]),
    ],
}

BLOG = {
    "path": "blog",
    "title": "Coast Wheels",
    "card_note": "Road cycling on the Sunshine Coast, by a middle-aged man in lycra.",
    "author_email": "geoffrey.lindqvist@abf.gov.au",
    "posts": [
        ("bunch-ride", "2026-02-01 12:00", "+10:00", "The Sunday bunch",
         ["Our Sunday bunch ride leaves the Mooloolaba Esplanade at 6am sharp, out to Coolum and back. "
          "Thanks again to Colin Barraclough for the tow home into that northerly; I owe you a coffee, Col."],
         ["rides"], None),
        ("wfh-setup", "2026-03-08 16:30", "+10:00", "Working from home, and riding at lunch",
         ["I work from home three days a week and spend Tuesdays and Thursdays in the Maroochydore office, which means "
          "lunchtime rides on the other three. The catch: the department laptop's VPN drops every twelve hours, the "
          "token app has to be re-registered after every update, and our audit case platform still only runs in "
          "Internet Explorer mode. So I ride while IT fixes it."],
         ["life"], None),
        ("new-wheels", "2026-04-19 18:00", "+10:00", "New wheels",
         ["Carbon wheels at last. Twelve hundred grams of pure vanity."],
         ["gear"], None),
        ("tariff-of-hills", "2026-05-10 15:00", "+10:00", "A tariff on hills",
         ["If there were a tariff on hills, the Blackall Range would be classified as a luxury good. Brutal climb, "
          "beautiful view."],
         ["rides"], None),
    ],
}
