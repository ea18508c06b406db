"""Pat Sorensen (FICTIONAL): a 60-year-old Border Force officer who boards ships at Port Kembla.

A gardening Mastodon-style account: tomatoes, a community garden, a wife and a mate. The profile's email
field is his work address. Every name, handle and number is invented.
"""
NAME = "Pat Sorensen"

ACTIVITYPUB = {
    "handle": "patsveggies",
    "display_name": "Pat S",
    "summary": "<p>Tomatoes, compost and complaining about possums. Illawarra.</p>",
    "fields": [("Email", "pat.sorensen@abf.gov.au"), ("Grows", "Grosse Lisse, Black Krim, too much zucchini")],
    "notes": [
        (3101, "2026-03-21 09:15", "+11:00",
         "Saturday 8am at the Unanderra community garden as always. Plot 14, the one with the scarecrow in the hi-vis.",
         {}),
        (3102, "2026-04-18 17:30", "+10:00",
         "Boarded a bulk carrier at Port Kembla this morning, 22 crew, not a single potted plant on board. "
         "Thirty years with Customs and Border Force and I still look.", {}),
        (3103, "2026-05-09 12:40", "+10:00",
         "Helen has declared the back bed hers and planted sweet peas where my garlic was. Helen wins.", {}),
        (3104, "2026-06-13 15:05", "+10:00",
         "Swapped seedlings with Norm Castellano from the garden club, his chillies for my broad beans. "
         "Norm got the better deal as usual.", {}),
        (3105, "2026-07-25 18:20", "+10:00",
         "Mulched the whole front yard. Our street in Unanderra now smells like a horse paddock, sorry neighbours.", {}),
        (3106, "2026-08-29 10:00", "+10:00",
         "Planting the border along the fence. No, not that kind of border, I get enough of that at work.", {}),
    ],
}
