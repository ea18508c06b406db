"""Ray Tamblyn (FICTIONAL): Border Force officer at the Port of Brisbane, lives on the northern Gold Coast, 58.

Terse one-liners. Every name, handle and address is invented.
"""
NAME = "Ray Tamblyn"

ACTIVITYPUB = {
    "handle": "raytamblyn",
    "summary": "<p>Old dog. Boats. Signal: @raytam.58 if you're selling a tinny.</p>",
    "notes": [
        (501, "2026-01-12 04:50", "+10:00", "Swing this week. Or is it. Can't remember.", {}),
        (502, "2026-01-30 19:10", "+10:00", "Coomera. 38 degrees. Aircon dead. Marvellous.", {}),
        (503, "2026-02-18 05:15", "+10:00", "M1 at 4:30. Gateway Bridge by 5:10. Port by 5:25. Same as every earlies.", {}),
        (504, "2026-03-09 14:40", "+10:00", "Fisherman Islands. Container stacks. Seagulls. 31 years in uniform, Customs then ABF.", {}),
        (505, "2026-04-03 22:30", "+10:00", "Sleeping tablets not working. Neither am I. Three hours' sleep a night since March.", {}),
        (506, "2026-05-17 10:00", "+10:00", "Boat show at Sanctuary Cove. Looked. Didn't buy.", {}),
        (507, "2026-06-21 18:20", "+10:00", "State of Origin. Maroons. Nothing else matters.", {}),
        (508, "2026-07-11 06:45", "+10:00", "Fog on the river. Quiet.", {}),
    ],
}
