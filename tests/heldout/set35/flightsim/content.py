"""Corey Ashdown (FICTIONAL): 38, Border Force mission coordinator on the surveillance aircraft out of Cairns.

A flight-sim streamer's channel page (schema.org Person) and his Mastodon-style account. Every name,
handle, address and number is invented.
"""
NAME = "Corey Ashdown"

PERSON = {
    "path": "/streamers/coreyflies",
    "site": "SimCast",
    "headline": "coreyflies · flight sim streamer · Dash 8 tragic · FNQ",
    "ld": {
        "alternateName": "coreyflies",
        "jobTitle": "Flight sim streamer",
        "address": {"@type": "PostalAddress", "addressLocality": "Redlynch", "addressRegion": "QLD"},
        "sameAs": ["{{BASE}}/social/@coreyflies"],
    },
    "sections": [
        ("About", [
            "G'day, I'm Corey. I fly the Q400 and the old Dash 8-100 in the sim because it's the closest thing "
            "to the day job: I'm the Border Force bloke in the back of the real one, mission coordinator on the "
            "surveillance flights. No, I can't tell you where we were today 😂",
            "Home base is Redlynch, up the hill from Cairns, with my wife Tash, our boy Kobe (6) and a very loud cockatiel."]),
        ("Schedule", [
            "Live Fri and Sat 8pm AEST, unless I'm rostered to fly for real. Sunday arvo VODs."]),
    ],
}

ACTIVITYPUB = {
    "handle": "coreyflies",
    "display_name": "Corey ✈️",
    "summary": "<p>sim pilot, real back-seater. FNQ. streams Fri/Sat.</p>",
    "notes": [
        (9101, "2026-03-06 21:40", "+10:00",
         "Real-life crew BBQ at the hangar today. We fly out of the GA side of Cairns Airport and the new hangar "
         "aircon finally works. Small wins.", {}),
        (9102, "2026-03-19 19:15", "+10:00",
         "No streams Monday to Thursday next week, we're on the Torres Strait run all four days. After that there's "
         "nothing over the Gulf for a fortnight because half the crews are off crook and there's no relief. Make of "
         "that what you will 🤷", {}),
        (9103, "2026-04-02 22:05", "+10:00",
         "Radar in our aircraft has been U/S for nine days. We're flying on the EO camera and eyeballs. Tech says the "
         "part is \"in Canberra somewhere\".", {}),
        (9104, "2026-04-17 20:30", "+10:00",
         "Good day at work: picked up a foreign fishing vessel 40 nm off Cape York, 11 crew, handed it to the boat "
         "team and they had it alongside by morning. Celebration stream tonight.", {}),
        (9106, "2026-04-24 18:00", "+10:00",
         "Shoutout to my offsider Lani Whitbread, the only other coordinator who watches my streams on layovers.", {}),
        (9105, "2026-05-01 18:10", "+10:00",
         "Passed over for team lead. Third time. Lani got it and she deserves it, but I'm done giving this place "
         "my weekends.", {}),
        (9107, "2026-05-23 09:00", "+10:00",
         "Tash has Kobe at swimming so I get the sim to myself this morning 🎮", {}),
        (9108, "2026-06-10 21:00", "+10:00",
         "Border Security repeats on at 2am and I'm watching them anyway. Also the Dash 8 in MSFS still can't taxi straight.", {}),
    ],
}
