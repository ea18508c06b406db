"""Marg Pellow (FICTIONAL): 62-year-old passport officer at Adelaide Airport; her knitting circle's
"meet our knitters" page about her in the third person, and terse posts of her own. Every name,
handle, number and address is invented."""
NAME = "Marg Pellow"

PERSON = {
    "path": "/knitters/marg-pellow",
    "site": "Bay Stitchers Knitting Circle",
    "headline": "Meet our knitters: Marg",
    "ld": {
        "knowsAbout": ["fair isle", "tea cosies", "charity beanies"],
        "memberOf": {"@type": "Organization", "name": "Bay Stitchers Knitting Circle"},
    },
    "sections": [
        ("Marg", [
            "Marg has knitted with us since 2019. By day she works at Adelaide Airport with Border Force, checking "
            "passports on the international side, which she says is good practice for counting stitches.",
            "She lives around the corner in Novar Gardens with her husband Doug, and her grandkids Ava and Theo model "
            "every beanie she makes.",
            "Her partner in crime is Lorraine Beecroft; the two of them run the charity beanie drive."]),
        ("When you'll see her", [
            "The circle meets Tuesday 10am at the Glenelg North community hall. Marg comes on her days off; "
            "she's on earlies, 5am starts, the rest of the week."]),
        ("Raffle", [
            "Raffle tickets for the winter quilt: ring Marg on her work mobile, 0491 570 906, weekdays."]),
    ],
}

ACTIVITYPUB = {
    "handle": "margknits",
    "summary": "<p>Knitter. Nan. Early riser.</p>",
    "notes": [
        (4401, "2026-03-03 14:10", "+10:30", "Three of us for the Singapore and Doha arrivals again this morning. Tea cosy number 41 finished on my break.", {}),
        (4402, "2026-03-24 16:45", "+10:30", "Passed over for the acting supervisor job for the third time. Younger man, of course. Knitting helps. A bit.", {}),
        (4403, "2026-04-14 12:30", "+09:30", "Beanie drive total: 212. Lorraine counted twice.", {}),
        (4404, "2026-05-05 17:00", "+09:30", "Eighteen months till I retire. Counting rows, counting days.", {}),
        (4405, "2026-05-19 10:00", "+09:30", "The department store has yarn on sale. Doug has been warned.", {}),
    ],
}
