"""Ewan MacCrimmon (FICTIONAL): NEGATIVE CONTROL, a yacht delivery skipper who clears in with Border Force. All invented."""
NAME = "Ewan MacCrimmon"

PERSON = {
    "path": "/about",
    "site": "MacCrimmon Yacht Deliveries",
    "headline": "Offshore yacht delivery skipper · RYA Yachtmaster Ocean",
    "ld": {
        "jobTitle": "Delivery Skipper",
        "worksFor": {"@type": "LocalBusiness", "name": "MacCrimmon Yacht Deliveries"},
        "email": "mailto:ewan@maccrimmon-sailing.example",
        "telephone": "0491 570 227",
    },
    "sections": [
        ("About", [
            "Ewan has delivered yachts across the Tasman, up from Asia and around the top end for fifteen years. "
            "He handles the clearance paperwork, customs and quarantine on arrival so owners don't have to."]),
    ],
}

BLOG = {
    "path": "log",
    "title": "Ewan's Passage Log",
    "card_note": "Delivery passages, written up when the wifi allows.",
    "posts": [
        ("bundaberg", "2026-02-06 16:00", "+10:00", "Cleared in at Bundaberg",
         ["Eleven days from Noumea. Two Border Force officers came aboard at the quarantine dock, checked passports "
          "and the crew list, and the biosecurity officer took our eggs and the last of the onions. All very "
          "civil. Crew Freya Lindahl and I celebrated with a burger at the marina."], ["passages"], None),
        ("cygnet", "2026-03-01 18:00", "+11:00", "Home for a week",
         ["Back at the cottage in Cygnet. My wife Heather has turned the spare room into a pottery studio while I "
          "was gone, which I am told is non-negotiable."], ["home"], (-43.15630, 147.07470)),
        ("boatyard", "2026-03-15 21:00", "+11:00", "The money side",
         ["Honest post. The business is not doing well. I owe the boatyard fourteen thousand dollars and the "
          "credit card is carrying the rest. Two cancelled deliveries in a row did it."], ["business"], None),
        ("darwin", "2026-04-20 12:00", "+09:30", "Into Darwin",
         ["Arrived Darwin from Kupang. The customs launch met us off Fannie Bay and the officers were quick. "
          "Watching a Border Force cutter head out past us was a reminder of how big this coastline is."],
         ["passages"], None),
    ],
}
