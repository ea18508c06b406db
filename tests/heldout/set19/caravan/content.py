"""Wayne and the Jayco (FICTIONAL): Wayne Dunstall, 57, a Border Force marine officer in Darwin, writes a
caravan-travel blog with a georss point at home. Every name and number is invented; the point is rounded."""
NAME = "Wayne Dunstall"

BLOG = {
    "path": "blog",
    "title": "Wayne and the Jayco",
    "card_note": "Grey nomad in training. Three years to go. Nightcliff, NT.",
    "locality": "Nightcliff",
    "author_email": "wayne.dunstall@abf.gov.au",
    "region": "NT",
    "posts": [
        ("katherine", "2026-02-08 19:00", "+09:30", "Katherine Gorge, wet season",
         ["Took the Jayco down to Katherine for the long weekend with the better half, Deb. The gorge was brown "
          "and roaring. Deb says next trip she's choosing. She said that last time.",
          "Set up at the caravan park by 4. Snag on the barbie by 5. In bed by 8. Living."], ["trips"], None),
        ("boat-talk", "2026-03-01 20:30", "+09:30", "What I do when I'm not towing",
         ["People at caravan parks always ask what I do. I tell them I drive boats for Border Force out of Fort "
          "Hill Wharf, which is true, and then they ask if I've ever caught anyone, which is a longer story.",
          "Short version: last month we picked up a Indonesian fishing boat 30 mile off the Tiwi Islands with 2 "
          "tonne of shark fin in the hold, and towed her back to Darwin Harbour. The skipper offered me a "
          "cigarette and a wink. I said no to both."], ["work", "yarns"], None),
        ("patrol-roster", "2026-03-22 18:00", "+09:30", "Why there's no trip in April",
         ["No trip in April. We're running 10-day patrols on, 10 off now, with one vessel out of the water for a "
          "new radar and the other crews doing doubles to cover the Arafura. My 2IC Shane Kettle's crew gets "
          "the long run over Easter, lucky him."], ["work"], None),
        ("the-van", "2026-04-14 19:30", "+09:30", "The van, the money",
         ["Confession: the Jayco is on a car loan at 13 per cent and the personal loan for the annexe on top. "
          "Deb doesn't know about the second one. Worth it? Ask me in three years."], ["van"], ("-12.3832", "130.8471")),
        ("grandkids", "2026-05-10 18:45", "+09:30", "Grandkids on board",
         ["Had the grandkids, Mason and Ivy, for a night in the van parked in our own driveway in Nightcliff. "
          "Best campsite in the Territory. Ivy's in year 2 at Nightcliff Primary and wants to be a 'boat police' "
          "like Pop."], ["family"], ("-12.3832", "130.8471")),
        ("mate", "2026-06-02 20:00", "+09:30", "Mate's new rig",
         ["My old fishing mate Terry Bannon bought a Kimberley Kamper. I will never hear the end of it. Terry, "
          "if you read this, your annexe is crooked."], ["mates"], None),
        ("sunday", "2026-06-28 17:00", "+09:30", "Sunday",
         ["Every Sunday 6am I walk the foreshore from the Nightcliff jetty to the pool and back. No exceptions "
          "unless there's a croc on the path."], ["life"], None),
    ],
}
