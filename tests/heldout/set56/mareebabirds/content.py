"""Oliver Ngata (FICTIONAL): ABF officer at the Cairns seaport, home on a block outside Mareeba; birdwatching notes."""
NAME = "Oliver Ngata"

ACTIVITYPUB = {
    "handle": "olly_birds",
    "summary": "<p>Birds of the Tablelands and whatever lands on the wharf. Photos with permission only.</p>",
    "notes": [
        (1001, "2026-02-18 16:40", "+10:00",
         "Pied imperial pigeons everywhere on the Cairns wharves this week. One perk of working the seaport with "
         "Border Force: nobody else is allowed out there to see them.", {}),
        (1002, "2026-03-01 09:00", "+10:00",
         "Mareeba Wetlands at dawn, like every Sunday at 6 with my mate Terry Ruhle. Terry spotted the jabiru first, "
         "again.", {}),
        (1003, "2026-03-15 18:20", "+10:00",
         "Four brolgas in the back paddock of our block off Chewko Road this arvo. Best Sunday in ages.", {}),
        (1004, "2026-04-02 19:10", "+10:00",
         "Boarded a yacht in from PNG at the wharf yesterday: undeclared bird skins in a locker. Biosecurity took "
         "them, we took the skipper's statement.", {}),
        (1005, "2026-04-20 12:30", "+10:00",
         "Birdos keep asking to come onto the wharf. You can't without a pass. Ring the seaport office on "
         "02 5550 4419 and ask for me and I'll see what I can do.", {}),
        (1006, "2026-05-10 08:00", "+10:00",
         "Cassowary crossing on the Kuranda range road. Dad stopped, chick stopped, I stopped breathing.", {}),
    ],
}
