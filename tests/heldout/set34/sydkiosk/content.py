"""Ashwin Pillai (FICTIONAL): 33-year-old Home Affairs ICT field technician looking after the arrivals kiosks at Sydney Airport.

Terse Mastodon-style posts; the account's contact field is his work email; one post is place-tagged
at home in Rockdale. Every name, handle and address is invented.
"""
NAME = "Ashwin Pillai"

ACTIVITYPUB = {
    "handle": "ashp",
    "display_name": "Ash",
    "summary": "<p>I fix the machines you queue at. Cricket. Biryani. Opinions mine.</p>",
    "fields": [("contact", "ashwin.pillai@homeaffairs.gov.au"), ("team", "field ICT")],
    "others": {"mattyg_spin": "Matt Gorecki"},
    "notes": [
        (34901, "2026-02-04 01:50", "+11:00",
         "patch night. T1 gates offline 0100 to 0400 every 2nd wednesday. dont fly in then lol", {}),
        (34902, "2026-02-11 22:30", "+11:00",
         "kiosk admin password is still the vendor default. raised it 3 times. whatever, not my circus", {}),
        (34903, "2026-02-18 07:15", "+11:00",
         "on call every 2nd week, mon to sun. rockdale to the airport in 12 min at 2am, 40 at 8am", {}),
        (34904, "2026-02-28 18:40", "+11:00", "new bbq. first snags. neighbours jealous",
         {"location": ("Rockdale NSW", -33.95310, 151.13690)}),
        (34905, "2026-03-07 20:00", "+11:00",
         "sister Anjali's sangeet tonight. 400 relatives. send help", {}),
        (34906, "2026-03-15 17:20", "+11:00",
         "nets with @mattyg_spin. he bowled me 6 times. new friend needed", {"mentions": ["mattyg_spin"]}),
        (34908, "2026-03-29 21:45", "+11:00",
         "5 yrs at home affairs this week. still the only one who can find the good kettle", {}),
        (34907, "2026-03-22 11:00", "+11:00",
         "department store queue longer than the arrivals queue. christmas in march??", {}),
    ],
}
