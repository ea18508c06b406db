"""Stuart Kellock (FICTIONAL): Border Force airline liaison officer posted to Dubai, lonely gamer.

Posts on his old gaming clan's forum at odd hours (Gulf time). Every name, handle and
address is invented.
"""
NAME = "Stuart Kellock"

FORUM = {
    "site": "Old Lags Gaming Clan",
    "user": "OLD_Kellogs",
    "path": "/forum/members/old_kellogs/",
    "inline": True,
    "about": ["Member since 2011. Squad lead (retired). Currently playing from the wrong timezone.",
              "Discord: stukell_49"],
    "posts": [
        ("5501", "2026-02-03 01:40", "+04:00", "Back online from the sandpit",
         ["Evening lads, or morning, whatever it is for you. Finally got the rig set up in the new flat in Al Barsha so I'm back for raids.",
          "For the newbies: I'm the Border Force airline liaison officer at DXB for the next two years. Basically I stand at check-in and tell airlines who shouldn't get on the plane to Australia. Leanne stayed back in Brisbane with the kids so the youngest can finish year 12."],
         ),
        ("5502", "2026-02-18 23:15", "+04:00", "Account email change?",
         ["Can a mod change the email on my account? I registered here with my work email stuart.kellock@abf.gov.au back when I was at the airport in Brissie and now IT flags every notification from this forum as suspicious. Cheers."],
         ),
        ("5503", "2026-03-04 02:05", "+04:00", "Raid schedule (my end)",
         ["Wednesday and Sunday raids at 10pm Dubai time work for me. Any other night I'm at the airport by 4am for the Emirates departures to Sydney and Melbourne, so I'm asleep by 9 like an old man.",
          "Dean Carrick, you owe me a revive from Sunday. Yes, I'm naming you. Dean got me into this clan in 2011 and I've never forgiven him."],
         ),
        ("5504", "2026-03-22 00:50", "+04:00", "Work war story (no names)",
         ["Had a good one last month. A family of six with genuine passports but visas bought from an agent in Karachi: the grants were real but the applications were garbage. We issued a do-not-board to the airline and they got offloaded at the gate. Eleven offloads that week, a record for the post.",
          "Raylene Short from the Bangkok post reckons she's had more. Raylene, if you're reading this (she lurks), no you haven't."],
         ),
        ("5505", "2026-04-09 03:30", "+04:00", "Lag tonight was me, sorry",
         ["Sorry for the lag spikes in tonight's raid. Not my home connection, I was on the work laptop for half an hour before that and the VPN back to Canberra drops every time the building's network hiccups, then the smartcard reader on the old ThinkPad refuses to talk to it until I reboot. Our advance passenger screen at the check-in desk is just as bad, it times out if you look at it wrong."],
         ),
        ("5506", "2026-05-01 02:45", "+04:00", "Not a gaming post",
         ["Bit of a ramble, delete if it's too much. Honestly you lot are the only people I talk to outside work. Leanne and I are barely speaking, she says the posting was my idea (it was). I'm drinking more than I should in a flat by myself and I lost about six grand on crypto trying to pay for a trip home.",
          "Anyway. Raid Sunday. Bring snacks."],
         ),
        ("5507", "2026-05-20 22:10", "+04:00", "Movie night?",
         ["Anyone up for a Twitch watch party of Border Security: Australia's Front Line? I have opinions. The border collie in series 4 deserved a promotion."],
         ),
    ],
}
