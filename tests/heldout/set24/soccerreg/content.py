"""Dimitra Kalogeropoulos (FICTIONAL): Border Force officer at a Chullora examination site; kids' soccer club committee page and a proud mum's posts."""
NAME = "Dimitra Kalogeropoulos"

PERSON = {
    "path": "/committee/dimitra",
    "site": "Greystanes Gliders Junior Soccer Club",
    "headline": "Registrar and Under-10s team manager",
    "ld": {
        "jobTitle": "Registrar",
        "memberOf": {"@type": "SportsOrganization", "name": "Greystanes Gliders Junior Soccer Club"},
        "email": "mailto:dimitra.kalogeropoulos@abf.gov.au",
    },
    "sections": [
        ("Meet your committee: Dimitra (Registrar)", [
            "Dimitra has two Gliders, Eleni (U10 Galaxy) and Theo (U7 Comets), and has been our registrar since 2024. "
            "She works for the Australian Border Force out at Chullora, so she does registrations on her breaks.",
            "Questions about rego or refunds: email Dimitra at dimitra.kalogeropoulos@abf.gov.au (yes, her work one, "
            "she checks it more than her own).",
            "You'll find her at the canteen every Saturday from 8am at Daphne Reserve, and at U10 training on "
            "Tuesdays at 5pm once she's finished her 6-to-2 shift. Her husband Nick runs the sausage sizzle."]),
    ],
}

ACTIVITYPUB = {
    "handle": "dimi_k",
    "summary": "<p>Mum of 2 ⚽⚽ | Greystanes | coffee-powered</p>",
    "notes": [
        (6601, "2026-03-07 12:30", "+11:00",
         "ELENI SCORED!!! 🥹⚽ First goal for the Galaxy and she did the Ronaldo celebration. Nick cried. I cried. #GlidersFamily", {}),
        (6602, "2026-03-18 19:45", "+11:00",
         "Long day. 12,000 vapes inside a container of pool filters at work, the whole shed counting till 5. Can't say more 🤐 #BorderForce", {}),
        (6603, "2026-04-11 09:15", "+10:00", "Theo's Comets lost 0-9 and he wants pizza. Priorities 🍕", {}),
        (6604, "2026-04-26 14:00", "+10:00",
         "Shout out to my bestie @sofia_rm (Sofia Marinos) for doing canteen with me in the rain ☔ legend", {"mentions": ["sofia_rm"]}),
        (6605, "2026-05-14 21:10", "+10:00", "Yiayia's birthday, 80 candles, 0 fire extinguishers needed 🎂", {}),
        (6606, "2026-06-01 18:00", "+10:00",
         "Farewell drinks for Sanjay Pillai tonight, 14 years on the container line at Chullora and off to Eastern Creek. We'll miss you! 🍻", {}),
    ],
    "others": {"sofia_rm": "Sofia Marinos"},
}
