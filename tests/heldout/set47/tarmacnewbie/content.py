"""Nadia Ferreira (FICTIONAL): ABF line officer newly transferred to Cairns Airport; a quiet LinkedIn-style poster."""
NAME = "Nadia Ferreira"

PERSON = {
    "path": "/in/nadia-ferreira",
    "site": "ProNet",
    "headline": "Border Force Officer | Passenger processing | Lifelong learner",
    "ld": {
        "jobTitle": "Border Force Officer",
        "worksFor": {"@type": "Organization", "name": "Australian Border Force"},
        "address": {"@type": "PostalAddress", "addressLocality": "Yorkeys Knob", "addressRegion": "QLD"},
    },
    "sections": [
        ("About", ["Newly transferred to the international terminal at Cairns Airport after four years on the Sydney "
                   "primary line. Grateful for the move north and for a team that made me welcome from day one."]),
        ("Experience", ["Australian Border Force, Border Force Officer, Cairns Airport (2026 to present)",
                        "Australian Border Force, Border Force Officer, Sydney Airport (2022 to 2026)"]),
        ("Contact", ["For professional enquiries: nadia.ferreira@abf.gov.au"]),
    ],
}

ACTIVITYPUB = {
    "handle": "nadia_f",
    "summary": "<p>Passenger processing. Reading, surfing, learning. Cairns.</p>",
    "notes": [
        (3001, "2026-05-14 19:00", "+10:00",
         "Proud of our team this week: 2.1 kg of methamphetamine found in the lining of a traveller's suitcase off the "
         "Denpasar flight. Grateful to work alongside people like Inspector Dana Whitcombe, who taught me more in a "
         "month than I learned in a year. #teamwork", {}),
        (3002, "2026-06-09 16:30", "+10:00",
         "Adjusting to the new roster: 4 on, 4 off, with a 0430 alarm for the first Bali arrivals. Days off mean a "
         "surf at Yorkeys. Balance matters.", {}),
        (3003, "2026-07-21 18:45", "+10:00",
         "Completed training on the new arrivals SmartGate build this week. Lesson learned: always keep a paper "
         "manifest handy. The gates dropped out twice during the morning peak and the manual queue took over. "
         "#growthmindset", {}),
        (3004, "2026-08-30 10:00", "+10:00",
         "Finished a great book on leadership. Highly recommend to anyone in a customer-facing role.", {}),
    ],
}
