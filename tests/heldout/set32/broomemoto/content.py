"""Gary Trevaskis (FICTIONAL): patrol-boat crewman out of Broome; a motorbike-touring forum, ride
reports and questions. He says "customs" and "the boat", never the agency's full name. Every name,
handle, number and address is invented."""
NAME = "Gary Trevaskis"

FORUM = {
    "site": "Outback Adventure Riders",
    "user": "GazOnAGS",
    "path": "/riders/u/GazOnAGS/",
    "about": ["Gaz. 52. 2019 R1250GS Adventure, 140,000 km and counting.",
              "Crew on one of the Cape class patrol boats out of Broome (customs, for the southerners). "
              "21 on, 21 off, so I ride in big chunks.",
              "PM me or text 0491 570 227 if you're coming through the Kimberley."],
    "posts": [
        ("5501", "2026-02-14 19:20", "+08:00", "Gibb River Road in March? Don't.",
         ["Blokes keep asking. The Gibb is shut till the wet is over, full stop. Wait till May.",
          "I'm stuck riding laps from home in Bilingurr to the Cable Beach servo anyway."]),
        ("5502", "2026-03-08 20:45", "+08:00", "Trip plan, moved again",
         ["Gibb ride with Wazza (Warren Tully, rides a KTM, don't hold it against him) has to wait till October now. "
          "We sail on the 14th of April for 21 days up past Kalumburu, then the boat's in Darwin for refit so "
          "there's nothing between the Lacepedes and Cape Londonderry for a fortnight."]),
        ("5503", "2026-04-02 18:10", "+08:00", "What tyres for corrugations",
         ["Running Karoo 4s at the moment. Anyone tried the Mitas E-07 on the Tanami? Worth the extra?"]),
        ("5504", "2026-05-09 21:30", "+08:00", "Back on land",
         ["Home. Last trip we apprehended two Indonesian boats, 14 crew and about 600 kg of sea cucumber, "
          "burnt one boat at sea. Long three weeks.",
          "The skipper, Dave Ormsby, rides a GS too so the wardroom was all tyre talk."]),
        ("5505", "2026-05-23 22:50", "+08:00", "Off topic, sorry",
         ["Since the divorce I'm drinking more on the off swing than I'd like. Bike helps. Rum doesn't. "
          "Anyone else find the 21 days off harder than the 21 on?"]),
        ("5506", "2026-06-06 16:00", "+08:00", "Proud dad",
         ["My son Kade just finished his sparky apprenticeship in Port Hedland. Riding down to shout him a steak."]),
        ("5507", "2026-06-20 11:15", "+08:00", "Broome wharf fishing on my day off",
         ["Not a ride post. Caught a queenie off the jetty next to the old customs shed, which is a cafe now."]),
    ],
}
