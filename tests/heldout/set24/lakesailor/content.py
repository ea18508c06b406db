"""Owen Marchetti (FICTIONAL): 46-year-old ABF intelligence analyst at Fyshwick; a dinghy sailor who mentions work only in asides."""
NAME = "Owen Marchetti"

ACTIVITYPUB = {
    "handle": "owen_sails",
    "summary": "<p>Sailing a 1970s Mirror dinghy badly on Lake Burley Griffin. Dad. Canberra.</p>",
    "notes": [
        (5501, "2026-02-21 15:00", "+11:00", "Capsized twice off Yarralumla. The Mirror is fine. My pride is not.", {}),
        (5502, "2026-03-07 10:20", "+11:00",
         "Sanding the centreboard in the carport this morning (the Lyons shops were out of sandpaper, naturally). Sanding is the only thing that stops my brain replaying work.",
         {"location": ["Home", -35.3650, 149.0840]}),
        (5503, "2026-03-28 17:45", "+11:00",
         "Lovely evening sail with my daughter Alessia, she's crewing now. (Aside: the ABF intel office in Fyshwick "
         "has no windows, so any sun is a gift.)", {}),
        (5504, "2026-04-18 09:00", "+10:00", "Club racing every Saturday 1pm at the Canberra Yacht Club. Come watch me come last.", {}),
        (5505, "2026-05-09 18:30", "+10:00", "Varnish day. The smell of varnish, the sound of my son Luca complaining about the smell of varnish.", {}),
        (5506, "2026-05-27 20:00", "+10:00", "Sailing mate Pete Arkwright lent me his spare jib. Pete, you're a better man than me.", {}),
    ],
}
