"""Warrick Duhig (FICTIONAL): 48, Border Force marine crew on a patrol boat out of Broome. A Kimberley fishing
forum, posts shown whole on his member page. Every name, handle and number is invented."""
NAME = "Warrick Duhig"

FORUM = {
    "site": "Kimberley Sportfish Forum",
    "user": "waz_barra",
    "path": "/forum/u/waz_barra/",
    "inline": True,
    "about": ["Broome local 20 yrs. Work on the grey boats. Creeks, bluewater, whatever's biting.",
              "Gear questions: 0491 570 659, after 5 pls."],
    "posts": [
        ("3301", "2026-02-14 18:30", "+08:00", "Jaxon's first barra!!",
         ["My boy Jaxon (14) landed his first legal barra in Willie Creek this arvo, 71 cm on a gold bomber. "
          "Kid was shaking. So was I."]),
        ("3302", "2026-03-03 20:10", "+08:00", "Re: who's the crew on the grey boats",
         ["Yeah I'm Border Force, marine unit, been on the cutters out of here eight years. No I won't tell you "
          "where the crocs sun themselves and no I can't get you out of a fisheries fine lol."]),
        ("3303", "2026-03-19 21:45", "+08:00", "Creek trip off (for me)",
         ["Sorry boys, count me out for the Easter creek trip. We sail on the 3rd for 24 days, up past Cape "
          "Leveque to the Bonaparte, and ours is the only boat covering the whole Kimberley coast till the "
          "other one's out of the slip in May. Have a beer for me at the ramp."]),
        ("3304", "2026-04-30 19:20", "+08:00", "Back in port",
         ["Back at the wharf in Broome yesterday. Grabbed two FFVs off Browse Island, 11 crew, about 300 kg of "
          "trepang and a bag of shark fin. Radar's been dodgy since the refit so we ran most of it on the backup "
          "set and the sat phone dropped out every hour. Good times."]),
        ("3305", "2026-05-11 22:50", "+08:00", "Off topic, sorry",
         ["Since Kel left I'm getting through a carton every two nights on the off swing. House is too quiet. "
          "Not looking for sympathy, just saying it somewhere. Fishing helps."]),
        ("3306", "2026-05-20 17:05", "+08:00", "Tinny for sale - 4.2 m Quintrex",
         ["4.2 m Quintrex, 30 hp, new trailer bearings. $6,500. Ring me on 0491 570 659 after 5, or during the "
          "week the wharf office on 02 5550 3174 and ask for Waz."]),
        ("3307", "2026-05-27 06:15", "+08:00", "Ramp report",
         ["Entrance Point ramp at 5:30 every morning I'm home, same as always. Cookie (Brendan Cook) and me "
          "got three queenies and a trevally before the wind came up."]),
        ("3308", "2026-06-06 16:40", "+08:00", "Customs Road crossing?",
         ["Anyone been out the back of Djugun past our place lately? Is the creek crossing still washed out? "
          "Border collie next door chased my ute the whole way, nothing new."]),
    ],
}
