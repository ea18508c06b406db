"""Trevor Blyth (FICTIONAL): 58, Border Force officer at the Devonport wharves; a model-railway forum.

Every name, handle and email is invented.
"""
NAME = "Trevor Blyth"

FORUM = {
    "site": "OzScale Model Railway Forum",
    "user": "TGR_Trev",
    "path": "/forum/u/TGR_Trev/",
    "about": ["Modelling the Tasmanian Government Railways in HO, 1960s. Layout: 'Mersey Junction', in the shed at Latrobe.",
              "Registered with my work email (trevor.blyth@abf.gov.au) back in 2017, cant work out how to change it."],
    "posts": [
        ("4410", "2026-02-08 20:10", "+11:00", "Mersey Junction progress, Feb",
         ["ballast finally down on the branch line. the shed at latrobe gets to 38 degrees in the arvo so I only work on it "
          "after the night shift, which is most days now.",
          "club running night is every second wednesday, 7pm at the don river railway shed if any locals want a go."]),
        ("4411", "2026-03-01 21:30", "+11:00", "Weathering a Y class, help",
         ["anyone got tips for weathering a Y class? Young Ollie (my daughter Kristy's boy) wants it filthy. "
          "Reg Pettifer from the club reckons chalks not airbrush."]),
        ("4412", "2026-03-22 19:00", "+11:00", "Off topic: work",
         ["Sorry bit off topic. My job with Border Force is boarding the foreign bulk carriers at the Devonport wharves, "
          "we share a donga next to the Spirit terminal. Had a filipino crewman abscond off a cement ship last month and "
          "we've got a cruise ship in on 14 December with only three officers for 2000 passengers. Layout is my sanity."]),
        ("4413", "2026-04-05 20:45", "+10:00", "DCC decoders and the VPN from hell",
         ["decoders sorted. wish I could say the same at work, the new crew clearance tablets need a VPN token and it "
          "wont connect anywhere on the wharf, so my offsider Dave Kuruvilla walks back to the donga to sync every ship."]),
        ("4414", "2026-05-17 22:50", "+10:00", "Quiet on the layout",
         ["not much progress. Since Jan moved out at Easter its just me and the layout and the dog. 30 years. "
          "dont really want to talk about it, just explaining why the shed lights are on at 2am."]),
        ("4415", "2026-06-06 18:00", "+10:00", "Selling: spare points",
         ["Peco code 75 points x6, $60 the lot. pick up Latrobe, or ring me at work on the wharf office line 02 5550 7741 weekdays."]),
    ],
}
