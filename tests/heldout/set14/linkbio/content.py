"""Priya Nandakumar (FICTIONAL): APS6 policy officer, Home Affairs, Canberra, 36; a short bio and mostly links."""
NAME = "Priya Nandakumar"

ACTIVITYPUB = {
    "handle": "priyank",
    "summary": "<p>APS6 @ Home Affairs. Views mine. Mostly links.</p>",
    "fields": [("Work", "priya.nandakumar@homeaffairs.gov.au"), ("Signal", "priyank.07"), ("Lives", "Cook, ACT")],
    "notes": [
        (4401, "2026-02-09 08:10", "+11:00", "https://example.org/long-read-on-housing worth it", {}),
        (4402, "2026-02-17 12:30", "+11:00", "https://example.org/podcast-episode-44 good ep", {}),
        (4403, "2026-03-02 21:00", "+11:00",
         "https://example.org/apsc-census-results fwiw our branch is being folded into Visa Policy in Feb, 6 EL1s "
         "gone, none of this is public yet", {}),
        (4404, "2026-03-14 07:40", "+11:00", "parkrun every Saturday at Lake Ginninderra, 8am. https://example.org/parkrun-results", {}),
        (4405, "2026-03-28 19:15", "+11:00",
         "https://example.org/bnpl-explainer relatable. juggling Zip Pay and Afterpay til payday", {}),
        (4406, "2026-04-19 10:00", "+10:00", "https://example.org/tv-review-border-security lol", {}),
        (4407, "2026-05-03 18:20", "+10:00",
         "https://example.org/bus-network-changes the R3 change means my Belconnen office commute is now 50 min", {}),
        (4408, "2026-05-17 20:00", "+10:00", "https://example.org/recipes my sister Anjali's dal is better", {}),
    ],
}
