"""Ravi Sundaram (FICTIONAL): Home Affairs procurement officer working remotely from Wellington NSW.

A résumé-like "about" page (schema.org Person) and a chatty Mastodon-style account. Every name, number and
address is invented (02 5550 xxxx and 0491 570 xxx are reserved for fiction).
"""
NAME = "Ravi Sundaram"

PERSON = {
    "path": "/about/ravi-sundaram",
    "site": "Ravi Sundaram: about",
    "headline": "Procurement and contract management professional. Based in Wellington, NSW.",
    "ld": {
        "jobTitle": "Procurement Officer",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Home Affairs"},
        "email": "mailto:ravi.sundaram@homeaffairs.gov.au",
        "telephone": "02 5550 4471",
        "address": {"@type": "PostalAddress", "addressLocality": "Wellington", "addressRegion": "NSW"},
        "knowsAbout": ["Commonwealth Procurement Rules", "contract management", "tender evaluation"],
    },
    "sections": [
        ("Experience", [
            "<b>Procurement Officer, Department of Home Affairs</b> (2021 to now, working remotely). Running "
            "approaches to market for detention and offshore services, including the $48 million garrison services "
            "re-tender for the onshore detention network; evaluation panel closes in June and the preferred "
            "tenderer goes to the delegate in July.",
            "Day to day I keep the contract register in our contract management system (we call it Contract Town), "
            "which still cannot export a clean report without three manual fixes.",
            "<b>Contracts Administrator, Dubbo Regional Council</b> (2016 to 2021)."]),
        ("Contact", [
            "Work enquiries: ravi.sundaram@homeaffairs.gov.au or 02 5550 4471 (work, Monday to Friday).",
            "References on request."]),
    ],
}

ACTIVITYPUB = {
    "handle": "ravi_in_wello",
    "summary": "<p>Spreadsheets by day, leg spin by weekend. Wellington NSW.</p>",
    "notes": [
        (501, "2026-02-18 18:30", "+11:00",
         "Wednesday 6pm nets at the oval again. Col Brennan bowled me three times and will not shut up about it.", {}),
        (502, "2026-03-02 20:10", "+11:00",
         "Anjali and I took Kavya to the Wellington Caves for her birthday. My wife says I spent more time reading "
         "the geology signs than watching our daughter. Fair.", {}),
        (503, "2026-03-25 21:40", "+11:00",
         "New roof: $19k on the credit card, minimum repayments until forever. If anyone needs a leg spinner for "
         "hire, I'm cheap.", {}),
        (504, "2026-04-15 19:00", "+10:00",
         "Watched The Office again. Every procurement meeting I have ever been in is in that show.", {}),
        (505, "2026-05-06 12:15", "+10:00",
         "Supplier BDM offering me footy tickets again. Had to explain gifts and benefits for the fourth time. "
         "Tempting though, with the card the way it is.", {}),
    ],
}
