"""Azlan Hashim (FICTIONAL), a NEGATIVE CONTROL: a haul-truck driver at the phosphate mine on Christmas
Island, living in the Kampong, posting fishing reports on an island anglers' forum. The detention centre,
Border Force boats and charter flights are part of the island's scenery to him. Every name is invented.
"""
NAME = "Azlan Hashim"

FORUM = {
    "site": "Christmas Island Anglers",
    "user": "azlan_xi",
    "path": "/forum/u/azlan_xi/",
    "about": ["Born on the island, drive the big trucks at the mine. Wahoo and dogtooth man."],
    "posts": [
        ("1201", "2026-02-08 17:00", "+07:00", "Sunday dawn off the cove",
         ["Out from Flying Fish Cove at first light Sunday like always, with my cousin Faisal. Two wahoo, one "
          "big dogtooth. Faisal fell asleep in the boat."]),
        ("1202", "2026-03-01 19:40", "+07:00", "Road to North West Point",
         ["Drove past the detention centre out at North West Point to the good spot on the cliffs. Nobody out "
          "there but a Border Force boat sitting off the coast. Fish were biting anyway."]),
        ("1203", "2026-03-22 20:10", "+07:00", "Freezer full",
         ["Freezer full, my wife Noraini says no more fish until we eat what we have. I live in the Kampong, come by and "
          "take some fillets, plenty for everyone."]),
        ("1204", "2026-04-12 18:30", "+07:00", "Bringing fish to Perth",
         ["Going to Perth on the charter flight next month. Anyone know if I need a customs declaration for "
          "frozen fillets, or is it just the quarantine form? Don't want it taken off me at the airport."]),
        ("1205", "2026-05-03 15:00", "+07:00", "Crab migration again",
         ["Red crabs everywhere on the road to the mine. Shift started late, department store in Perth would "
          "sell a lot of crab fences if they knew."]),
    ],
}
