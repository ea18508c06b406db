"""Margaret Hollis (FICTIONAL): 59, EL2 director in Home Affairs, Canberra; long-winded wine blog; Curtin.

A wine circle's member page (schema.org Person) and her microformats2 blog with its RSS feed. Every
name, vineyard and address is invented.
"""
NAME = "Margaret Hollis"

PERSON = {
    "path": "/circle/members/margaret-hollis",
    "site": "Woden Valley Wine Circle",
    "headline": "Committee member and convenor of the Riesling evenings",
    "ld": {
        "jobTitle": "Director (EL2)",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Home Affairs"},
        "memberOf": {"@type": "Organization", "name": "Woden Valley Wine Circle"},
    },
    "sections": [
        ("About Margaret", [
            "Margaret has been a member of the Circle since 2011 and convenes our Riesling evenings. In her working "
            "life she is a director in the Department of Home Affairs, where, she assures us, the wine is worse.",
            "She writes at length (her words) on her blog, Cellar Notes."]),
    ],
}

BLOG = {
    "path": "cellar",
    "title": "Cellar Notes",
    "card_note": "Long, digressive notes on wine, mostly from the Canberra district.",
    "posts": [
        ("friday-rituals", "2026-02-13 22:15", "+11:00", "On Friday rituals",
         ["It has become, over the years, something close to a sacrament: every Friday at half past five my "
          "husband Alan and I walk down to the Curtin shops, take the table by the window at the little wine bar "
          "there, and open something we have no business opening on a weeknight.",
          "This Friday it was a 2019 shiraz viognier from Murrumbateman, which I will describe at tedious length "
          "below, because that is what this blog is for.",
          "Plum, white pepper, a lift of apricot from the viognier. A long, polite finish, like a well-run "
          "meeting, of which I attend few."],
         ["shiraz", "rituals"], None),
        ("a-digression-on-reform", "2026-03-11 21:00", "+11:00", "A digression on reform, with riesling",
         ["I shall try to be discreet. The branch I run is, from February next year, to be folded into another "
          "division; it has not been announced, and thirty-odd people who work for me do not yet know that half "
          "their positions will not survive the move. I have known for a fortnight, and I find that a crisp Clare "
          "riesling is the only thing that cuts through that particular taste.",
          "My deputy, Richard Tan, who brought a splendid Polish Hill riesling to our branch planning day, knows. "
          "We drank it in silence in the car park, which is not how riesling ought to be drunk."],
         ["riesling", "work"], None),
        ("jennys-vineyard", "2026-04-18 19:45", "+10:00", "Vintage at Jenny's",
         ["Vintage weekend at Jenny Kalnins's little vineyard out at Murrumbateman, as every year since 2014. "
          "Jenny has been my closest friend since university and is the only person I know who can swear fluently "
          "in Latvian while operating a basket press.",
          "We picked two tonnes of shiraz, and Alan trod on a snake, and all survived."],
         ["vintage", "friends"], None),
        ("department-store-wine", "2026-05-22 20:30", "+10:00", "A word on department-store wine",
         ["A reader asks whether the wine section of a department store is worth browsing. Occasionally, and only "
          "for the sparkling. The border between good value and false economy is thinner than you think."],
         ["advice"], None),
    ],
}
