"""Daniel Okafor (FICTIONAL): Home Affairs citizenship enquiries team leader, Tarneit.

Chatty Mastodon posts and his cricket club's committee page. Every name and number is invented.
"""
NAME = "Daniel Okafor"

PERSON = {
    "path": "/club/committee/daniel-okafor",
    "site": "Tarneit Rangers Cricket Club",
    "headline": "Junior Coordinator, Tarneit Rangers Cricket Club",
    "ld": {
        "jobTitle": "Junior Coordinator (volunteer)",
        "memberOf": {"@type": "SportsTeam", "name": "Tarneit Rangers Cricket Club"},
        "homeLocation": {"@type": "Place", "name": "Tarneit VIC"},
    },
    "sections": [
        ("About Daniel", [
            "Daniel has lived in Tarneit for six years with his wife Ngozi and plays in the thirds when the juniors let him.",
            "Junior training is Wednesdays 6pm at the club oval, and Daniel is there every week with the kit bag.",
            "Daniel works in a call centre during the week, so the best way to reach him in business hours is his desk line, 02 5550 4417 (it's a government line, so keep it short, he says)."]),
    ],
}

ACTIVITYPUB = {
    "handle": "dan_okafor",
    "summary": "<p>Dad jokes, cricket, jollof. Melbourne west.</p>",
    "notes": [
        (6601, "2026-02-11 18:40", "+11:00",
         "Eight years at Home Affairs this week. Started on the phones, now I lead a team of 14 on the citizenship enquiries line at the Dandenong contact centre. Still say 'thank you for calling' in my sleep.",
         {}),
        (6602, "2026-03-03 20:05", "+11:00",
         "People asking me at church when their citizenship test will be. Honestly: the queue is about 180k, test appointments are booked out to March, and we've been told to say 'we can't give timeframes'. Sorry, aunties.",
         {}),
        (6603, "2026-03-24 13:15", "+11:00",
         "Phones down for 3 hours today. The telephony platform fell over, then the CRM (we call it Clippy because it keeps asking if you need help) locked all 200 of us out. Callers were thrilled.",
         {}),
        (6604, "2026-04-12 19:30", "+11:00",
         "Chidi, my little brother, got his first pay cheque and bought me dinner. Jollof was average, company was great.",
         {}),
        (6605, "2026-05-06 22:10", "+11:00",
         "Three buy-now-pay-later apps, a payday loan for the car rego, and the rent just went up $60 a week. Adulting is a scam.",
         {}),
        (6606, "2026-05-20 17:00", "+11:00",
         "Department store had cricket whites on sale, bought the whole juniors team a set. Ngozi has questions.",
         {}),
    ],
}
