"""Lachlan Brereton (FICTIONAL): APS6 HR systems officer, Home Affairs, Belconnen, 45; a formal profile.

A professional-network style profile page (schema.org Person JSON-LD) with his official email and phone in
a contact block, and a Mastodon-style account for family and pilates. Every name and number is invented
(02 5550 xxxx is reserved for fiction).
"""
NAME = "Lachlan Brereton"

PERSON = {
    "path": "/in/lachlan-brereton",
    "site": "ProConnect",
    "headline": "HR Systems Officer (APS6) | Payroll transformation | Department of Home Affairs",
    "ld": {
        "jobTitle": "HR Systems Officer (APS6)",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Home Affairs"},
        "email": "mailto:lachlan.brereton@homeaffairs.gov.au",
        "telephone": "02 5550 6214",
        "knowsAbout": ["payroll systems", "Aurion", "SAP SuccessFactors", "change management"],
    },
    "sections": [
        ("About", [
            "Lachlan is an HR systems professional based at the Department's Belconnen office. He is currently "
            "leading data migration for the department's move of payroll from Aurion to SAP SuccessFactors, with "
            "cutover scheduled for the March pay cycle, when the legacy system goes read-only for five days.",
            "Passionate about clean data, stakeholder engagement and continuous improvement."]),
        ("Contact", [
            "For enquiries about the payroll transformation: lachlan.brereton@homeaffairs.gov.au | 02 5550 6214"]),
    ],
}

ACTIVITYPUB = {
    "handle": "lbrereton",
    "summary": "<p>Dad of twins. Pilates convert. Canberra.</p>",
    "notes": [
        (8101, "2026-02-09 07:30", "+11:00",
         "Pilates at the Jamison studio, 6:15 Mondays and Wednesdays, has fixed my back more than any physio.", {}),
        (8102, "2026-03-14 18:00", "+11:00",
         "Twelve years married to Priscilla today. The twins made her a card that says 'sorry about Dad'.", {}),
        (8103, "2026-04-11 15:00", "+10:00",
         "Caught up with Toby Dearlove, best man at my wedding and still the worst golfer in the ACT.", {}),
        (8104, "2026-05-23 10:00", "+10:00", "Department store sales are a trap. Bought three shirts I did not need.", {}),
    ],
}
