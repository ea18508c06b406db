"""Helena Stavrakis (FICTIONAL): a 52-year-old Border Force EL1 manager at East Arm Wharf, Darwin.

A formal professional-network profile (schema.org Person) with her official contact details, and a
private orchid-growing ActivityPub account whose contact field is her official email. Every name,
number and address is invented.
"""
NAME = "Helena Stavrakis"

PERSON = {
    "path": "/people/helena-stavrakis",
    "site": "NorthLink professional network",
    "headline": "Manager, Waterfront Operations (EL1), Australian Border Force, Darwin",
    "ld": {
        "jobTitle": "Manager, Waterfront Operations",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Australian Border Force"},
        "email": "mailto:helena.stavrakis@abf.gov.au",
        "telephone": "+61 8 5550 2284",
        "workLocation": {"@type": "Place", "name": "East Arm Wharf, Darwin NT"},
    },
    "sections": [
        ("Experience", [
            "Helena leads waterfront operations at East Arm Wharf, reporting to the Director Northern Ports, "
            "Tom Arkwright.",
            "In 2026 she led the restructure merging the East Arm and Fort Hill teams into a single roster, "
            "reducing the combined establishment by 14 positions ahead of its announcement to staff in July."]),
        ("Contact", [
            "Enquiries: helena.stavrakis@abf.gov.au or +61 8 5550 2284 (business hours)."]),
    ],
}

ACTIVITYPUB = {
    "handle": "toporchids",
    "display_name": "Helena (Top End orchids)",
    "summary": "<p>Dendrobiums, vandas and humidity. Darwin.</p>",
    "fields": [("Contact", "helena.stavrakis@abf.gov.au")],
    "notes": [
        (9101, "2026-02-21 10:30", "+09:30",
         "Vanda in flower on the back fence in Parap. Nine years waiting.", {}),
        (9102, "2026-04-11 15:00", "+09:30",
         "Orchid society show: second place, beaten again by Coralie Wong, who is a genius and a dear friend.", {}),
        (9103, "2026-06-06 09:00", "+09:30", "Dry season = watering every morning. Bliss.", {}),
    ],
}
