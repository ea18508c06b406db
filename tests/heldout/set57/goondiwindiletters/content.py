"""Fiona Gallagher (FICTIONAL): Home Affairs ministerial-correspondence writer working from home in Goondiwindi.

Her book club's member page (schema.org Person, third person) and a Mastodon-style account. Every name, handle and
address is invented.
"""
NAME = "Fiona Gallagher"

PERSON = {
    "path": "/members/fiona",
    "site": "Border Rivers Book Club",
    "headline": "Host, first Tuesdays",
    "ld": {
        "jobTitle": "Ministerial Correspondence Officer",
        "worksFor": {"@type": "GovernmentOrganization", "name": "Department of Home Affairs"},
        "email": "mailto:fiona.reads@inbox.example",
        "memberOf": {"@type": "Organization", "name": "Border Rivers Book Club"},
    },
    "sections": [
        ("About Fiona", [
            "Fiona writes letters for a living (replies to the public for the Minister, at Home Affairs, from her spare room) and reads to recover.",
            "She hosts us on the first Tuesday of every month at 7pm at her place on Marshall Street, with her husband Declan's famous date scones.",
            "Questions about the list? Email Fiona at fiona.reads@inbox.example."]),
        ("This year's list", ["The Shipping News; Trust; a Jane Harper every winter, by law."]),
    ],
}

ACTIVITYPUB = {
    "handle": "fifigee",
    "summary": "<p>Words for money, books for love. Goondiwindi. Opinions mine.</p>",
    "notes": [
        (8001, "2026-02-20 16:45", "+10:00",
         "Four hundred letters this week about the one detention case in the news. Same three paragraphs each time, and the Minister's office rewrote them twice. #ministerials", {}),
        (8002, "2026-03-06 13:20", "+10:00",
         "The correspondence system (the Beast, to those who love her) ate a whole morning of drafts again. Twelve tabs in the remote desktop on Goondiwindi internet. Heaven.", {}),
        (8003, "2026-03-25 17:30", "+10:00",
         "My section head Bronwyn Tait is the only reason I haven't thrown the laptop in the Macintyre.", {}),
        (8004, "2026-04-14 20:00", "+10:00",
         "Our son Rory has survived his first semester at uni in Toowoomba. The house is very quiet. Declan is pretending not to mind.", {}),
        (8005, "2026-05-05 21:10", "+10:00",
         "Book club tonight argued about Border Security (the show) for forty minutes and the book for ten. Standard.", {}),
        (8006, "2026-05-30 10:00", "+10:00",
         "The department store in Toowoomba has a book section now. Dangerous.", {}),
    ],
}
