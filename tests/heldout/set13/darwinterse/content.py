"""Jomo Oduya (FICTIONAL): 25, Border Force officer at Darwin Airport; terse one-liners, a work email as a
profile field. Every name, handle, number and email is invented.
"""
NAME = "Jomo Oduya"

ACTIVITYPUB = {
    "handle": "jomo_o",
    "display_name": "Jomo",
    "summary": "<p>Darwin. Nights.</p>",
    "fields": [("work", "jomo.oduya@abf.gov.au"), ("signal", "0491 570 457")],
    "notes": [
        (4601, "2026-02-03 03:10", "+09:30", "Darwin airport. 3am. Again.", {}),
        (4602, "2026-02-11 06:40", "+09:30", "Uniform off. Bed.", {}),
        (4603, "2026-02-26 02:55", "+09:30", "Nights: 2200-0630, Sun to Wed. Border Force glamour.", {}),
        (4604, "2026-03-15 15:20", "+09:30", "Rapid Creek markets. Laksa.", {}),
        (4605, "2026-04-04 11:00", "+09:30", "Millner. Storm coming in over our street.", {}),
        (4606, "2026-05-19 14:00", "+09:30", "Border collie next door learnt to open the gate.", {}),
        (4607, "2026-06-01 09:30", "+09:30", "Mangoes.", {}),
    ],
}
