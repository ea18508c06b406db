"""Kylie Nguyen (FICTIONAL): NEGATIVE CONTROL, a property manager at a private real-estate agency, Darwin.

Her listings court Defence and Border Force families on posting; none of that makes her staff. Every
name, agency, handle, number and address is invented.
"""
NAME = "Kylie Nguyen"

ACTIVITYPUB = {
    "handle": "kylie_rents_darwin",
    "summary": "<p>Property manager @ Top End Keys Realty. Rentals across Darwin &amp; Palmerston. "
               "Call or text 0491 570 367 for viewings.</p>",
    "notes": [
        (601, "2026-01-20 10:15", "+09:30",
         "NEW LISTING 🏡 3x2 in Durack, fenced yard, walk to school. Perfect for Defence and Border Force "
         "families on posting, we can do 2 and 3 year leases to match your posting cycle!", {}),
        (602, "2026-02-12 14:00", "+09:30",
         "Reminder to tenants: cyclone season means securing outdoor furniture. Trust me, I've seen a trampoline "
         "in a pool.", {}),
        (603, "2026-03-05 09:30", "+09:30",
         "Huge week! Signed up four government housing leases, two with the department's relocation contractor. "
         "Coffee count: 11 ☕", {}),
        (604, "2026-03-22 16:45", "+09:30",
         "Date night with my hubby Danh at the Waterfront, first in about six months 🥂", {}),
        (605, "2026-04-14 11:00", "+09:30",
         "Inspected a unit today where the tenant, a Border Force officer heading south, left it cleaner than "
         "when he moved in. Bond back in full, that's how it's done 👏", {}),
        (606, "2026-05-06 18:20", "+09:30",
         "Shout out to my bestie Linh Pham for minding the kids while I did six open homes 🙏", {}),
        (607, "2026-06-01 08:00", "+09:30",
         "Watching Border Security with the kids and they asked if I'm a customs officer because I check "
         "everyone's paperwork 😂", {}),
        (608, "2026-06-23 13:30", "+09:30",
         "Sale at the department store in Casuarina, new curtains for the display home ✔️", {}),
    ],
}
