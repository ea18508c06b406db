"""Shannon Corbett (FICTIONAL): Border Force officer at Broome airport, two weeks on, two off, home in Tamworth.

A Mastodon-style account of second-person posts; two notes carry a place. Every name and number is invented.
"""
NAME = "Shannon Corbett"
HOME = (-31.12800, 150.91200)    # a rounded point on an ordinary street in Hillvue, Tamworth NSW

ACTIVITYPUB = {
    "handle": "shazzacorbett",
    "summary": "<p>Tamworth girl, Broome fortnights. Country music, camels and strong coffee.</p>",
    "fields": [("Email", "shannon.corbett@abf.gov.au"), ("Home", "Tamworth NSW")],
    "notes": [
        (301, "2026-02-10 19:20", "+08:00",
         "You know you work at a tiny airport when the whole Border Force office at Broome airport is you, "
         "Trev Hollings and a kettle. Trev's the kettle's favourite.", {}),
        (302, "2026-02-24 21:00", "+11:00",
         "You know you're FIFO when your kid has a calendar on the fridge counting down to Mum's Tuesday flight home "
         "through Perth. Kobi is 9 and runs a tighter schedule than rostering. Two weeks on, two weeks off, forever.", {}),
        (303, "2026-03-06 15:40", "+08:00",
         "You know it's Bali charter day when the passport scanner dies and you're typing 180 passport numbers in by "
         "hand, while the alerts check only runs on the one PC in the back office that can see it. Living the dream.", {}),
        (304, "2026-03-12 18:10", "+08:00",
         "You know you've seen it all when a bloke steps off the charter with $40k cash in his boots and a story about "
         "buying a boat. Handed him to the cops. Trev still laughing.", {}),
        (305, "2026-03-18 18:45", "+08:00",
         "You know you're lonely when you start talking to the camels. Two weeks in the donga, nobody to talk to after "
         "shift, third bottle of wine this week. No judgement pls.",
         {"location": ("Cable Beach, Broome WA", -17.93300, 122.21000)}),
        (306, "2026-03-29 16:30", "+11:00",
         "You know you're home when the back verandah smells like rain and Jase has actually mowed. My husband, the "
         "hero of the school run while I'm away.",
         {"location": ("Hillvue, Tamworth NSW", -31.12810, 150.91190)}),
        (307, "2026-04-14 20:00", "+10:00",
         "You know you're a Tamworth girl when the Golden Guitar is your north star. Counting down to January.", {}),
        (308, "2026-04-28 07:50", "+10:00",
         "You know it's a good morning when Kobi's little sister makes you toast with the butter on both sides.", {}),
    ],
}
