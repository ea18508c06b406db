"""Kiara Lindqvist (FICTIONAL): a 33-year-old flight attendant for a private airline, Sydney. NEGATIVE CONTROL.

ActivityPub, emoji-heavy crew life: Border Force at arrivals, passenger cards, the crew screening line,
SmartGates, the airport. None of it makes her Department staff. Every name and handle is invented.
"""
NAME = "Kiara Lindqvist"

ACTIVITYPUB = {
    "handle": "kiaraflies",
    "display_name": "Kiara ✈️",
    "summary": "<p>Long-haul cabin crew 🌏 coffee snob ☕ pilates girlie 🧘‍♀️ Telegram: @kiara_lindq</p>",
    "notes": [
        (1201, "2026-02-05 09:10", "+11:00",
         "Landed from LAX 😴 Border Force officers met the flight at the aerobridge, full dog team, everyone "
         "suddenly very interested in their shoes 🐕 #crewlife", {}),
        (1202, "2026-02-19 18:30", "+11:00",
         "Handing out 300 incoming passenger cards and answering 'do I declare Tim Tams' 300 times 🙃", {}),
        (1203, "2026-03-11 17:45", "+11:00",
         "Wednesday 6pm reformer at the studio in Arncliffe, every week I'm home, non-negotiable 🧘‍♀️", {}),
        (1204, "2026-04-02 22:00", "+11:00",
         "Crew screening line at T1 was 40 mins tonight, x-ray belt broke 🫠 SmartGates for pax were fine tho", {}),
        (1205, "2026-05-09 13:00", "+10:00",
         "Brunch with my forever-crew-bestie @bectolhurst (Bec Tolhurst) in our apartment in Wolli Creek 🥂",
         {"mentions": ["bectolhurst"]}),
        (1206, "2026-06-14 20:15", "+10:00",
         "Hubby Joel made lasagne for my jetlag 🥹 keeper", {}),
        (1207, "2026-07-22 08:40", "+10:00",
         "Watched a customs seizure doco on the flight home. Not sure that's appropriate inflight entertainment 😂", {}),
    ],
    "others": {"bectolhurst": "Bec Tolhurst"},
}
