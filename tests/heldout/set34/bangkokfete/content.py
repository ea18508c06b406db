"""Fiona Tadros (FICTIONAL): 42-year-old Home Affairs officer on posting to the Australian Embassy in Bangkok.

Fete convenor of her children's international school: a "meet the PTA" page in the third person
(schema.org Person) giving her work email for donations, and her own chatty fundraiser posts on a
Mastodon-style account, one place-tagged at home. Every name, school, number and address is invented.
"""
NAME = "Fiona Tadros"

PERSON = {
    "path": "/pta/team/fiona-tadros",
    "site": "Chao Phraya International School PTA",
    "headline": "Fete Convenor 2026",
    "ld": {
        "jobTitle": "Fete Convenor (volunteer)",
        "memberOf": {"@type": "Organization", "name": "Chao Phraya International School PTA"},
        "email": "mailto:fiona.tadros@homeaffairs.gov.au",
    },
    "sections": [
        ("Meet Fiona", [
            "Fiona joined the PTA when her family arrived in Bangkok in 2025 for her three-year posting with "
            "the Department of Home Affairs at the Australian Embassy. She is mum to Oscar (Year 4) "
            "and Ruby (Year 1), and her husband Marcus is the one you'll see running the sausage sizzle.",
            "Donations for the silent auction can go to Fiona at her work email (above), which she checks "
            "every day, or drop them at the school office."]),
    ],
}

ACTIVITYPUB = {
    "handle": "fionaonsoi39",
    "display_name": "Fiona T",
    "summary": "<p>Aussie mum in Bangkok. Fete convenor, cake maker, raffle-ticket pest.</p>",
    "fields": [("LINE", "fionat_bkk"), ("School fete", "Sat 14 Nov")],
    "others": {"noksiri": "Siriporn Chaiyasit"},
    "notes": [
        (34501, "2026-08-03 19:40", "+07:00",
         "Fete committee meeting done! Huge thanks to my co-convenor @noksiri (Nok to everyone) who has "
         "already talked three restaurants into donating vouchers. I have talked one. #CPISfete", {"mentions": ["noksiri"]}),
        (34502, "2026-08-11 20:15", "+07:00",
         "Work has been bonkers. We've had about 600 student visa applications from one agent up in Isaan "
         "and most have the same fake bank statement template, so we're refusing nearly all of them and the "
         "agent is threatening to come to the embassy. Anyway. RAFFLE TICKETS are on sale from Monday!", {}),
        (34503, "2026-08-20 07:50", "+07:00",
         "Thursdays look like this: 7.15 drop-off at the school gate, BTS from Phrom Phong to Ploenchit, at "
         "my desk by 8. Fete planning happens on the BTS. #CPISfete", {}),
        (34504, "2026-09-05 18:30", "+07:00",
         "Our cake-testing kitchen tonight. Oscar and Ruby are the official tasters. Marcus is the official "
         "washer-upper.", {"location": ("Home, Sukhumvit Soi 39", 13.73352, 100.57148)}),
        (34505, "2026-09-19 12:10", "+07:00",
         "The raffle's top prize is a dinner for two donated by my boss, Andrew Lim (the Counsellor), who "
         "was very gracious about being volunteered. #CPISfete", {}),
        (34506, "2026-10-02 21:00", "+07:00",
         "Someone asked if the fete has a 'border' theme because the Aussie stall is next to the Kiwi one. "
         "No. Just a very strong pavlova rivalry.", {}),
    ],
}
