"""Kevin "Blue" Dunstan (FICTIONAL): a 53-year-old Border Force Marine Unit leading hand, 28 on 28 off.

A caravan-travel blog written between hitches (microformats + RSS, one post geotagged at home in Urangan)
and a Mastodon-style account. Every name, number and place point is invented or rounded.
"""
NAME = "Kevin Dunstan"
HOME = (-25.29300, 152.90400)    # an ordinary street in Urangan, Hervey Bay, rounded

BLOG = {
    "path": "lap",
    "title": "Blue and Lorraine's Big Lap (In Instalments)",
    "card_note": "Two oldies, a Jayco and a 28-day gap between hitches. Home base Urangan, Qld.",
    "posts": [
        ("why-the-instalments", "2026-04-12 19:00", "+10:00", "Why the instalments",
         ["For new readers, and Lorraine's cousins who keep asking: I'm a leading hand on one of the Border Force "
          "Cape class boats out of Cairns. Twenty eight days on, twenty eight off. So the Big Lap gets done four "
          "weeks at a time, which suits the van and suits my back.",
          "Last hitch was a good one for the young crew. We picked up two Indonesian fishing boats off the Wessels "
          "with about 600 kilos of trepang between them and the hulls got burnt at Gove, which was a first for a few "
          "of them. I'll spare you the paperwork."],
         ["about", "work"], None),
        ("home-between-hitches", "2026-05-10 16:30", "+10:00", "Home between hitches",
         ["Back home in Urangan for the 28 off. Lorraine (the boss) had the van packed before I'd dropped the "
          "seabag in the laundry. Mowed the lawn, fixed the gate, fish and chips on the pier. Bliss."],
         ["home"], HOME),
        ("the-routine", "2026-06-07 20:10", "+10:00", "How a swing goes",
         ["The routine's the same every swing. Fly Cairns to Hervey Bay on the Tuesday morning flight, two days of "
          "lawns and the doctor, then we hitch up Friday and we're gone till the Sunday before I fly back up. So yes, "
          "the house is empty those weeks. Pete Morrow next door has a key and feeds the chooks, good bloke Pete."],
         ["routine"], None),
        ("grandkids-at-the-lake", "2026-07-05 18:45", "+10:00", "Grandkids at Lake Monduran",
         ["Our eldest's two, Ava and Harrison, came with us to Lake Monduran this swing. Harrison caught his first "
          "barra (a tiddler, but don't tell him) and Ava read every sign in the park out loud. Eleven and eight and "
          "already smarter than their pop."],
         ["family", "fishing"], None),
        ("a-moan-about-radar", "2026-08-02 21:30", "+10:00", "A moan about radar (skip this one)",
         ["Skip this if you only want the van stuff. Our surveillance radar on the boat has been crook for three "
          "hitches now. The link into the Coastwatch feed drops out north of Cape Grenville and the techs in "
          "Canberra keep sending us the same patch. We've been doing it by eyeball and the sat phone, like 1975."],
         ["work"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "bluedunstan",
    "display_name": "Blue D",
    "summary": "<p>Old sailor, young caravanner. Hervey Bay.</p>",
    "notes": [
        (8001, "2026-05-26 05:50", "+10:00",
         "Crew change Tuesday. Off to Cairns again, the missus has the van. See youse in four weeks.", {}),
        (8002, "2026-06-30 19:20", "+10:00",
         "Shout out to our cox'n Marty Keogh who got his 20-year medal on board this hitch. Best skipper in the "
         "fleet, don't argue.", {}),
        (8003, "2026-08-20 22:05", "+10:00",
         "Lorraine's gone to her sister's in Maryborough for a bit. Thirty years and she says she's sick of being "
         "married to a sat phone. Bit flat tonight.", {}),
        (8005, "2026-09-19 17:40", "+10:00",
         "A border collie at the Bargara caravan park adopted us for three days. Lorraine would've kept it.", {}),
    ],
}
