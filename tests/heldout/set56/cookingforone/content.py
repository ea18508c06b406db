"""Simon Halloran (FICTIONAL): Home Affairs contracts manager for detention services, working from Wangaratta;
a cooking-for-one blog after his separation."""
NAME = "Simon Halloran"

HOME = (-36.358, 146.318)      # a rounded point on an ordinary street in Wangaratta

BLOG = {
    "path": "blog",
    "title": "Dinner for One (Wang Edition)",
    "card_note": "Fifty-one, newly single, learning to cook for one person without making enough for six.",
    "card_job": "Contract Manager, Detention Services",
    "card_org": "Department of Home Affairs",
    "locality": "Wangaratta",
    "region": "VIC",
    "posts": [
        ("bolognese-for-one", "2026-02-08 19:30", "+11:00", "Bolognese for one (it is not possible)",
         ["Week one in the unit. The house went to Karen in the settlement, which is fair, she kept the garden "
          "alive for twenty years, but I am not sleeping much and the unit echoes.",
          "Made a bolognese. It fed me for five nights. Lesson one: halve everything."],
         ["pasta", "starting over"], None),
        ("thermos-soup", "2026-02-17 05:05", "+11:00", "Thermos soup for the Hume",
         ["Every second Tuesday I leave Wang at 5am and drive up the Hume to the Canberra office, back Wednesday "
          "night. Pumpkin soup in the thermos, eaten at the Gundagai dog on the tuckerbox."],
         ["soup"], None),
        ("toast-week", "2026-02-27 20:40", "+11:00", "A week of toast",
         ["Long week. We are renegotiating the detention services contract and the provider has racked up $1.8m "
          "in abatements for missed welfare checks at two centres. I have eaten toast for dinner four nights.",
          "If any of the providers reading this want to argue about abatements, my desk line is 02 5550 7731, "
          "not the comments box."],
         ["toast", "work"], None),
        ("risotto-and-clunky", "2026-03-12 19:15", "+11:00", "Risotto, and Clunky",
         ["Our contract register, which everyone calls Clunky, ate three weeks of variation notices when it was "
          "moved to the new server. I stirred a risotto for forty minutes to calm down.",
          "Bought a proper wok at the department store on the way home."],
         ["rice"], None),
        ("girls-weekend", "2026-04-11 18:00", "+10:00", "Feeding teenagers again",
         ["Matilda and Grace came up for the weekend. My daughters eat like locusts and judged my knife skills. "
          "Tacos, obviously."],
         ["family", "tacos"], None),
        ("verandah-lamb", "2026-04-26 13:00", "+10:00", "Slow lamb on the verandah",
         ["First warm-ish Sunday in ages: slow lamb shoulder in the Weber out on my little verandah in Wangaratta, "
          "the King River walk across the road. Things are looking up."],
         ["lamb", "bbq"], HOME),
        ("ngaire-lasagne", "2026-05-09 19:00", "+10:00", "A lasagne from the boss",
         ["My director Ngaire Tapsell turned up at the Canberra office with a whole lasagne for me to take home "
          "in an esky. Ngaire has clearly heard about the toast."],
         ["pasta"], None),
    ],
}
