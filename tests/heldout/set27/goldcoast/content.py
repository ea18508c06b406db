"""Tayla Brennan (FICTIONAL): a surf lifesaving club's member spotlight and her own emoji posts."""
NAME = "Tayla Brennan"

PERSON = {
    "path": "/members/tayla-brennan",
    "site": "Bilinga Beach Surf Life Saving Club",
    "headline": "Member Spotlight: Patrol 4's newest Silver Medallion",
    "ld": {
        "jobTitle": "Patrol member, Patrol 4",
        "memberOf": {"@type": "SportsOrganization", "name": "Bilinga Beach SLSC"},
        "sameAs": ["https://instagram.example/taylab.surfs"],
    },
    "sections": [
        ("About Tayla", [
            "Tayla joined the club as a nipper at nine and never left. These days she is an officer with the "
            "Australian Border Force out at Gold Coast Airport, so she swaps patrols around her swing shifts.",
            "You'll find Tayla on Patrol 4 every second Sunday from 7am, and at Thursday 5:30pm board training "
            "with patrol captain Mel Hoang, who taught her to paddle when she was ten.",
            "Her dad Russell Brennan still runs the nippers BBQ. Her partner Jordan Ake is the one in the "
            "yellow rashie who cheers too loudly at carnivals."]),
        ("Fun facts", ["Favourite beach: ours. Favourite show: Bondi Rescue. Least favourite: bluebottles."]),
    ],
}

ACTIVITYPUB = {
    "handle": "taylab",
    "summary": "<p>salt water + swing shifts 🌊✈️ | insta taylab.surfs</p>",
    "notes": [
        (101, "2026-02-08 13:20", "+10:00", "Patrol done ✅ 4 rescues, 0 bluebottle stings (personal best) 🥹 #bilinga #slsc", {}),
        (102, "2026-02-26 23:50", "+10:00",
         "swing shift vibes 😵 the Auckland flight came in with 3 pax hiding meth in shampoo bottles, 2kg all up, "
         "we were on it for hours #ABF #OOL", {}),
        (103, "2026-03-15 18:05", "+10:00", "Jordo cooked. it was edible. growth 🫶", {}),
        (104, "2026-04-02 07:10", "+10:00", "home sweet home ☕ coffee on the balcony before another swing",
         {"location": ("Coolangatta", -28.1680, 153.5290)}),
        (105, "2026-04-20 20:00", "+10:00", "anyone else watching Border Security reruns or just me 🤡", {}),
        (106, "2026-05-03 12:00", "+10:00", "🌊🌊🌊", {}),
    ],
}
