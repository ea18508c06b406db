"""Rohan Whitcombe (FICTIONAL): ABF airline liaison officer posted to Kuala Lumpur; reflective blog. Set 4, blind."""
NAME = "Rohan Whitcombe"

BLOG = {
    "path": "blog",
    "title": "Letters from KL",
    "card_note": "An Australian family three years into a posting in Malaysia. Food, heat, homesickness.",
    "card_job": "Airline Liaison Officer",
    "card_org": "Australian Border Force",
    "author_email": "rohan.whitcombe@abf.gov.au",
    "posts": [
        ("arriving", "2026-01-11 21:00", "+08:00", "Eighteen months in",
         ["Eighteen months since the posting letter came through and I am still not used to the heat. When they told me I would "
          "be the airline liaison officer at KLIA I pictured air-conditioned offices. Mostly I stand at departure gates in a "
          "lanyard, watching people board for Melbourne and Sydney and trying to notice the one passport that is not quite right.",
          "Priya says I talk about work too much at dinner. She is probably right."],
         ["posting", "family"], None),
        ("school-run", "2026-01-25 19:30", "+08:00", "The school run, Malaysian edition",
         ["Our days have a shape now. I walk Aarav and Mila down to the bus at 7.10, they go off to the Garden International "
          "School in their ridiculous blazers, and I take a Grab to KLIA for the 9.30 Melbourne departure. Friday nights are "
          "curry at the same mamak on Jalan Kiara, always the same table, always too much roti.",
          "Mila has decided she wants to be a pilot. Aarav wants to be a YouTuber. We are working on it."],
         ["family"], None),
        ("condo", "2026-02-08 20:15", "+08:00", "Home is a condo in Mont Kiara",
         ["Home, for now, is a fourteenth-floor condo in Mont Kiara with a pool the kids treat as their personal ocean. "
          "I am writing this on the pool deck while the storm comes over.",
          "Sunday mornings I hike Bukit Kiara with Tom Whelan, a Kiwi who teaches science at the kids' school and has become "
          "the closest thing I have to a mate here."],
         ["home"], ("3.1680", "101.6510")),
        ("offloads", "2026-02-22 22:00", "+08:00", "What the job actually is",
         ["People ask what an ALO does. Last quarter we recommended 212 offloads across the routes we cover, most of them "
          "impostors travelling on genuine Australian passports that were bought through a Bangkok broker. The airline makes "
          "the call, but they nearly always follow our advice.",
          "My counterpart at post, Inspector Dean Castellano, has been doing this for twenty years and can spot a washed "
          "biodata page from across a terminal."],
         ["work"], None),
        ("tech", "2026-03-06 21:40", "+08:00", "Working from the hotel lobby",
         ["Small confession. The work laptop will not connect on hotel wifi in Penang, so on the regional trips I tether it "
          "to my personal phone and run the VPN through that. IT in Canberra would have a fit. The referral database times out "
          "anyway whenever Singapore is busy."],
         ["work"], None),
        ("restructure", "2026-03-20 22:30", "+08:00", "Changes",
         ["The network is being cut back. From July the Jakarta and Colombo ALO positions are merged into a single roving "
          "role, and KL will cover Bangkok on top of what we do. Nobody has asked the people on the ground.",
          "Priya and I have not been good lately. She wants to go home before the contract ends and I do not know how to make "
          "that work. Some nights I just sit on the balcony with a beer too many."],
         ["work", "family"], None),
        ("johor", "2026-04-05 18:00", "+08:00", "A weekend in Johor",
         ["We drove down to Johor Bahru for the long weekend. The border crossing into Singapore was chaos and the Malaysian "
          "immigration department queue took two hours. Not my problem, for once."],
         ["travel"], None),
    ],
}
