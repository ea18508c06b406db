"""Lucia Ferraro-Dunne (FICTIONAL): Home Affairs officer allocating interpreters at TIS National, Melbourne, 44.

A community choir's member page (schema.org Person, third person, written by the choir's volunteer) that
gives her work email for gig bookings, and her own Mastodon-style account. Every name, number and
address is invented.
"""
NAME = "Lucia Ferraro-Dunne"

PERSON = {
    "path": "/members/lucia",
    "site": "Merri Creek Community Choir",
    "headline": "Alto, gig bookings volunteer",
    "ld": {
        "jobTitle": "Alto; gig bookings",
        "memberOf": {"@type": "MusicGroup", "name": "Merri Creek Community Choir"},
        "homeLocation": {"@type": "Place", "name": "Brunswick West, Melbourne"},
    },
    "sections": [
        ("Meet Lucia", [
            "Lucia joined the altos in 2019 and has never missed a Wednesday rehearsal (7.30 at the Brunswick "
            "Uniting hall) unless her shift ran late. By day she finds interpreters for people who need one in a "
            "hurry at TIS National, the Translating and Interpreting Service that is part of Home Affairs, so "
            "she is very good at herding voices.",
            "She sings with her husband Aidan (tenor, mostly) and their daughter Sofia sometimes turns pages. "
            "Her choir buddy Marguerite O'Hehir says Lucia's harmonies can stop traffic.",
            "Gig bookings: Lucia looks after these. Email lucia.ferraro-dunne@homeaffairs.gov.au and she will get "
            "back to you within a couple of days."]),
    ],
}

ACTIVITYPUB = {
    "handle": "luciasings",
    "summary": "<p>Alto. Aperol. Brunswick West. Mum of one teenager who thinks I'm embarrassing (correct).</p>",
    "notes": [
        (2201, "2026-02-11 22:10", "+11:00",
         "Rehearsal ran over, Marg brought lemon slice, life is good. Home on the 19 and straight to bed.", {}),
        (2202, "2026-02-25 18:40", "+11:00",
         "Long day on the phones. We had forty-minute waits for Dari all afternoon because of the new "
         "arrivals calls, and a 2am call from a detention centre that needed Tigrinya and we only had one "
         "interpreter awake in the whole country. She was a hero.", {}),
        (2203, "2026-03-17 20:05", "+11:00",
         "The allocation system at work fell over for three hours today. Did it all off a shared spreadsheet and "
         "my own mobile. Anh, my team leader, kept us alive with Tim Tams. Vendor says 'a certificate expired'. "
         "Sure Jan.", {}),
        (2204, "2026-04-15 21:30", "+10:00",
         "Bank said no to the refinance again. Aidan's hours got cut at the warehouse in Jan and we are juggling "
         "which bill is overdue this week. Trying not to think about it and sing instead.", {}),
        (2205, "2026-05-06 16:20", "+10:00",
         "After handover at 3.30 I grab the 19 from outside the Lonsdale St office and I'm at Sofia's school "
         "gate for the 4.15 pickup most days. Today she pretended not to know me. Fair.", {}),
        (2206, "2026-05-27 19:00", "+10:00",
         "Watched an old episode of Border Security with Aidan for the translation fails. Not my side of the "
         "house at all but we laughed.", {}),
        (2207, "2026-06-18 21:45", "+10:00",
         "Winter concert sold out! Thanks Marguerite for the posters, you legend.", {}),
    ],
}
