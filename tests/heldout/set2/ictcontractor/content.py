"""Marcus Feeney (FICTIONAL): infrastructure contractor embedded in the department's ICT, Canberra.

A microformats2 blog with RSS (long posts: a data-hall cutover, an outage post-mortem, his commute,
his wedding, contractor grievances) and a schema.org Person page whose JSON-LD uses his departmental
email. Every name, number and address is invented (02 5550 xxxx is reserved for fiction).
"""
NAME = "Marcus Feeney"

BLOG = {
    "path": "blog",
    "title": "feeney.log",
    "card_note": "Infrastructure contractor. Linux, storage, flat whites. Canberra.",
    "rel_me": [("About me", "/about/marcus-feeney")],
    "posts": [
        ("midnight-cutover", "2026-02-15 11:00", "+11:00", "A Saturday night in the data hall",
         ["Spent Saturday night in the Belconnen data hall cutting over the passenger processing cluster for "
          "the Department of Immigration and Border Protection (that's my current contract, for the curious). "
          "The SmartGate back end now runs on the new RHEL 9 hosts and the last of the old Solaris boxes are "
          "finally powered off.",
          "Huge shout-out to Anita Brose, the department's storage lead, who stayed until 4am re-zoning the "
          "SAN with me when the replication link flapped."],
         ["work", "linux"], None),
        ("trim-postmortem", "2026-03-12 19:30", "+11:00", "Post-mortem: the certificate nobody watched",
         ["Tuesday's outage, blameless version: a certificate on the TRIM gateway expired at 0200 and nobody "
          "had the expiry alert wired to a pager. Four hours without the records system for the whole "
          "department, and the Citrix farm fell over when everyone retried at once.",
          "Fixes: cert inventory in the CMDB, alerts at 30/14/3 days, and the F5 health check no longer "
          "pointing at a static page."],
         ["work", "ops"], None),
        ("the-commute", "2026-04-08 07:00", "+10:00", "The best commute in Canberra",
         ["Every weekday I leave home in Kaleen at 7.10, ride the Ginninderra Creek path down to the office and "
          "grab a flat white at the Jamison cart on the way. Thirty-five minutes door to desk, rain or frost.",
          "If you're a recruiter, the desk line at Belconnen is 02 5550 4417. Please stop calling my mobile."],
         ["cycling", "canberra"], None),
        ("wedding", "2026-05-23 21:00", "+10:00", "We did it",
         ["Tori Nguyen and I got married on Saturday at the Arboretum. Her folks flew in from Perth, my best "
          "man Oscar Lindqvist (twenty years of friendship since first-year comp sci) gave a speech that "
          "will haunt me forever.",
          "Tori, you're the best decision I ever made."],
         ["life"], None),
        ("contractor-life", "2026-06-30 22:15", "+10:00", "Six years a contractor",
         ["Six years on rolling contracts, and passed over again for the APS conversion round. The new panel "
          "rate is 10% lower than last year. The mortgage doesn't care.",
          "I'm tired of being the guy who knows where everything is and owns none of it."],
         ["work"], None),
    ],
}

PERSON = {
    "path": "/about/marcus-feeney",
    "site": "Marcus Feeney",
    "headline": "Senior infrastructure engineer (contract), Canberra",
    "ld": {
        "jobTitle": "Senior Infrastructure Engineer (contractor)",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Immigration and Border Protection"},
        "email": "mailto:marcus.feeney@border.gov.au",
        "sameAs": ["{{BASE}}/blog/"],
        "knowsAbout": ["RHEL", "NetApp", "F5", "Ansible"],
    },
    "sections": [
        ("Get in touch", [
            "For anything not work-related: marcusfeeney@fastmail.example."]),
    ],
}
