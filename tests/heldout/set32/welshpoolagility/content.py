"""Nadia Ferreira (FICTIONAL): intelligence analyst at the Welshpool office, Perth; a dog-agility club
member page (third person) and her own posts about Zip, her border collie. Every name, handle, number
and address is invented."""
NAME = "Nadia Ferreira"

PERSON = {
    "path": "/members/nadia-ferreira",
    "site": "Hills Agility Dog Club",
    "headline": "Member profile: Nadia &amp; Zip (Excellent, 500)",
    "ld": {
        "email": "mailto:nadia.zip@agility.example",
        "knowsAbout": ["agility", "jumping", "border collies"],
    },
    "sections": [
        ("About", [
            "Nadia is an intelligence analyst with the ABF at Welshpool and brings the same attention to detail to "
            "her weave entries. She and Zip, a border collie with opinions, live up the hill in Kalamunda with her "
            "partner Ines.",
            "Her training partner is Bronwyn Teale and her kelpie, Dash.",
            "Trial entries and carpools: nadia.zip@agility.example, or her work mobile 0491 570 655 on weekdays."]),
        ("Training", ["Tuesday and Thursday, 6:30pm at the Maida Vale reserve ring."]),
    ],
}

ACTIVITYPUB = {
    "handle": "zipandnadia",
    "summary": "<p>Zip (border collie) and her human. Agility, mostly. Perth hills.</p>",
    "notes": [
        (3301, "2026-02-17 20:30", "+08:00", "Zip clean run in Jumping! Bronwyn filmed it. Ines cried.", {}),
        (3302, "2026-03-10 19:45", "+08:00", "Missed Saturday's trial. Work, and the less said the better.", {}),
        (3303, "2026-04-07 21:00", "+08:00", "Is it a border collie if it refuses the see-saw? Asking about Zip.", {}),
        (3304, "2026-05-02 12:00", "+08:00", "Club working bee Sunday. Bring gloves.", {}),
    ],
}
