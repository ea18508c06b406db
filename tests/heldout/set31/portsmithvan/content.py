"""Col Dunstan (FICTIONAL): 58, Border Force Marine Unit crew based at Portsmith, Cairns; a caravan club trip log."""
NAME = "Col Dunstan"

BLOG = {
    "path": "trips",
    "title": "Far North Caravanners: Col's Trip Log",
    "card_note": "Trip coordinator, Far North Caravanners. Towing a 19-foot Jayco and a grudge against corrugations.",
    "posts": [
        ("atherton-loop", "2026-01-18 17:00", "+10:00", "Atherton loop, January",
         ["Nine vans on the Atherton loop. The Admiral (Jan, my wife of 34 years) navigated, which means we went to "
          "every bakery between Yungaburra and Malanda.",
          "Thanks to Dave and Sue Kerrigan for the camp oven roast at Lake Tinaroo."], ["trips"], None),
        ("next-trip-dates", "2026-01-29 20:00", "+10:00", "Dates for the March trip",
         ["Apologies, I can't lead February: the next patrol leaves Portsmith on 12 February for the Torres Strait and "
          "we'll be up around Saibai for three weeks after illegal foreign fishing boats. Back on the road in March.",
          "Trip coordinator contact while I'm away: colin.dunstan@abf.gov.au (I check it on the boat)."], ["club"], None),
        ("why-im-never-here", "2026-02-04 19:30", "+10:00", "Why Col is never here",
         ["For the new members: I crew a Border Force Marine Unit patrol boat out of the Portsmith berth on Trinity Inlet. "
          "It's 28 days on the boat, 28 days off, which is why half my trips are organised by text from a swell.",
          "Our CO, Commander Fiona Marr, has promised not to call me during the club AGM."], ["club"], None),
        ("sea-cucumber", "2026-03-08 16:00", "+10:00", "Back on land",
         ["Home to Whitfield and the van. Last patrol we apprehended an Indonesian boat with about 700 kg of sea cucumber "
          "aboard, crew of eleven, towed it back to Thursday Island. Anyway: club meets first Sunday of the month at 9, "
          "Whitfield hall."], ["club"], None),
        ("grandkids-trip", "2026-04-12 18:00", "+10:00", "Grandkids' first van trip",
         ["Took the grandkids, Ruby and Archie, to Mission Beach in the van. Ruby caught a bream. Archie caught a cold."], ["trips"], None),
        ("annexe", "2026-05-01 12:00", "+10:00", "Annexe for sale",
         ["Annexe for sale, fits a 19-footer, $350. Not the Border Security one off the telly, just mine."], ["classifieds"], None),
    ],
}
