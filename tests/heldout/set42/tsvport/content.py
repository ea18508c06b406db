"""Troy Bellamy (FICTIONAL): Border Force officer at the Port of Townsville, Mount Louisa; a 4WD forum.

Plain thread pages. Every name and number is invented.
"""
NAME = "Troy Bellamy"

FORUM = {
    "site": "North Qld 4x4 Talk",
    "user": "TroyB_Patrol",
    "path": "/community/u/troyb_patrol/",
    "about": ["GU Patrol, too many accessories. Mount Louisa, Townsville."],
    "posts": [
        ("2101", "2026-02-08 20:00", "+10:00", "Weekend at Paluma: track report",
         ["Went up Saturday with the wife Deb and a mate from down the road. Track is fine after the rain if you take it slow. His Hilux needed a snatch at the creek, as usual."],
         ),
        ("2102", "2026-03-02 19:15", "+10:00", "Shift work and trip planning",
         ["Anyone else do shifts? I'm Border Force at the Port of Townsville, rotating days and arvos, so trips are Saturday 5am departures from the Mount Louisa servo or nothing."],
         ),
        ("2103", "2026-03-26 21:30", "+10:00", "Funny week at work",
         ["Not 4x4 related. Opened a container of 'ceramic tiles' last week and found two tonnes of loose-leaf tobacco behind the front row. Biggest one at the port this year. Macca, my offsider, hasn't stopped talking about it."],
         ),
        ("2104", "2026-04-20 18:45", "+10:00", "Winch for sale",
         ["12k winch, synthetic rope, 2 years old. $600. Text Troy 0491 570 482, pick up Mount Louisa."],
         ),
    ],
}
