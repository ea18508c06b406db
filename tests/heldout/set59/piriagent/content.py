"""Steph Marangos (FICTIONAL, NEGATIVE CONTROL): shipping-line port agent at Port Pirie, not Department staff.

A Mastodon-style account full of vessel arrivals, Border Force boardings and biosecurity inspections, which
are her clients' and the ships' business, not her employment. One note placed at home. Every name, handle,
number and place point is invented or rounded to a street.
"""
NAME = "Steph Marangos"

ACTIVITYPUB = {
    "handle": "steph_portagent",
    "summary": "<p>Port agent for a shipping line at Port Pirie. Ships, paperwork, netball. Texts: 0491 570 352.</p>",
    "notes": [
        (2101, "2026-02-11 18:30", "+10:30",
         "Bulk carrier alongside at 0600, Border Force boarding at 0700, biosecurity inspection at 0800, crew change "
         "at noon. I am running on Farmers Union iced coffee.", {}),
        (2102, "2026-03-03 20:10", "+10:30",
         "Nick and the kids went crabbing at the jetty while I chased a customs clearance for a ship that arrived a "
         "day early. Home Affairs' crew visa rules for a Filipino cook, explained to a Greek captain, by me.", {}),
        (2103, "2026-03-22 08:40", "+10:30",
         "Sunday coffee on the front step in Port Pirie. No ships till Tuesday.",
         {"location": ("Port Pirie, South Australia", -33.18720, 138.01560)}),
        (2104, "2026-04-14 21:05", "+10:30",
         "Tuesday netball 7pm at the Port Pirie courts with Eleni Papas, our wing attack, who is also my best friend "
         "since year 3. We lost. Eleni blames the umpire.", {}),
        (2105, "2026-05-06 17:20", "+10:30",
         "Integrated Cargo System was slow all afternoon so the manifest went in late. The ABF officers at the wharf "
         "were good about it. Not my system, not my problem, but my phone ringing.", {}),
        (2106, "2026-06-02 19:00", "+10:30",
         "Detector dog on the wharf today. Not a border collie, a beagle, and she found a sandwich.", {}),
    ],
}
