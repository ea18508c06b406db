"""Kerry Blandford (FICTIONAL): Home Affairs payroll officer living in Calwell, Tuggeranong; terse posts."""
NAME = "Kerry Blandford"

ACTIVITYPUB = {
    "handle": "kerryb_calwell",
    "summary": "<p>Calwell. Numbers person. Tomatoes. Raiders.</p>",
    "fields": [("work", "kerry.blandford@homeaffairs.gov.au"), ("Raiders", "since '94")],
    "notes": [
        (1201, "2026-03-10 06:50", "+11:00", "Pay run day. Home Affairs payroll never sleeps. In by 7, out when it balances.", {}),
        (1202, "2026-04-28 19:20", "+10:00",
         "The pay system (we call it Grumpy) double-paid overtime to 300 ABF staff this fortnight. Clawbacks start "
         "next week. Brace.", {}),
        (1203, "2026-05-19 07:00", "+10:00", "Calwell shops coffee then the 7:05 bus. Every weekday. Creature of habit.", {}),
        (1204, "2026-06-13 17:30", "+10:00", "Bowls with my mate Nev at Tuggeranong Valley this arvo. Nev won. Again.", {}),
        (1205, "2026-07-19 12:15", "+10:00", "Tomatoes in. Department store seedlings, we'll see.", {}),
    ],
}
