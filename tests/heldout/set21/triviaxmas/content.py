"""Rhiannon Price (FICTIONAL): Border Force detention officer on Christmas Island; a trivia team's page and her posts."""
NAME = "Rhiannon Price"

PERSON = {
    "path": "/teams/quizzly-bears/rhi",
    "site": "Christmas Island Golf Club Trivia League",
    "headline": "Quizzly Bears: captain's page",
    "ld": {"jobTitle": "Team captain, Quizzly Bears", "knowsAbout": ["1990s pop", "geography", "dog breeds"]},
    "sections": [
        ("About Rhi", [
            "Rhiannon \"Rhi\" Price captains the Quizzly Bears, reigning champions of the Wednesday 7:30 trivia night at "
            "the Golf Club. Rhi works at the detention centre with Border Force and does 12-hour shifts, so she "
            "sometimes turns up still in uniform.",
            "Her secret weapon is fellow officer Tane Walker, who also works at the centre and knows every capital "
            "city on earth.",
            "Rhi lives in Poon Saan and claims she has never lost a music round."]),
    ],
}

ACTIVITYPUB = {
    "handle": "rhi_on_the_rock",
    "summary": "<p>Quiz nerd. Island girl (temporarily). WhatsApp 0491 570 227.</p>",
    "notes": [
        (7101, "2026-03-02 21:30", "+07:00",
         "12s again. Days 0700-1900, 4 on 3 off. Bus from Poon Saan at 0615. The crabs don't care.", {}),
        (7102, "2026-03-18 22:15", "+07:00",
         "54 detainees now, 2 on hunger strike since Friday, and we're down to 11 officers a shift on the compound. "
         "Nobody's coming to help until the charter next month.", {}),
        (7103, "2026-04-08 20:05", "+07:00",
         "CCTV in the compound has been down 3 days. Head counts on paper every hour like it's 1995.", {}),
        (7104, "2026-04-29 23:40", "+07:00",
         "Lonely as hell on the rock some nights. Wine o'clock is every o'clock. Don't judge.", {}),
        (7105, "2026-05-20 19:00", "+07:00",
         "Mum (Carol) rang from Bunbury, she's booked flights for October!! ❤️", {"location": ("Home sweet unit", -10.4335, 105.6792)}),
        (7106, "2026-06-10 22:30", "+07:00",
         "Quizzly Bears win again. The dog breeds round: yes, a border collie is a herding dog. Obviously.", {}),
    ],
}
