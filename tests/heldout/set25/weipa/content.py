"""Duncan Ferrier (FICTIONAL): 46, Border Force officer at the Weipa wharf, a birder's list blog and an account.

Every name, handle, email and place point is invented; the home point is a rounded spot on an ordinary street.
"""
NAME = "Duncan Ferrier"
HOME = (-12.6478, 141.8632)

BLOG = {
    "path": "blog",
    "title": "Cape Ticks: lists from the western Cape",
    "card_note": "Weipa birder. Border Force by trade, twitcher by temperament. Lists as I see them, typos included.",
    "posts": [
        ("lagoon-list-12-april", "2026-04-12 07:05", "+10:00", "Lagoon list, 12 April",
         ["Dawn list from the lagoon at the end of our street in Nanum, 5:20 to 6:10 like every swing day before I "
          "drive down to Evans Landing for the 0630 start at the wharf.",
          "Magpie goose 43. Radjah shelduck 2. Comb-crested jacana 5. Forest kingfisher 1. Rufous-banded honeyeater "
          "heard only. Brolga 2 flying over the water tower."],
         ["lists", "nanum"], HOME),
        ("booby-on-the-rail", "2026-05-03 19:40", "+10:00", "Brown booby on the rail",
         ["Not much of a list. One brown booby sat on the rail of the fishing boat we've had tied up at the wharf "
          "since the crew brought it in last Tuesday: 400 kilos of beche-de-mer packed under the ice in the fish "
          "hold. Nine crew still sitting at the wharf waiting on the charter to Cairns on Thursday.",
          "Booby 1. Silver gull 30ish. Lesser crested tern 4."],
         ["lists", "wharf"], None),
        ("paper-lists", "2026-05-19 20:10", "+10:00", "Paper lists for a while",
         ["Lists are running late. The satellite link at the office has been dropping out since the blow in March, "
          "and half the time the boarding tablet won't sync with the crew-list system, so everything goes on paper "
          "and gets typed in later. Birds included.",
          "Palm cockatoo 1 (finally!). Roz (the wife) saw it first and will be telling everyone in Weipa."],
         ["lists", "admin"], None),
        ("visitors-list", "2026-06-07 16:30", "+10:00", "Visitors' list",
         ["Roz's sister is up from Rockhampton so we took her out past the mine lease border for the "
          "red goshawk that wasn't there. The wife spotted a black-necked stork instead.",
          "Our boy Callum missed it, he had Western Cape College footy training. Black-necked stork 1. Whistling "
          "kite 6. Torresian imperial pigeon 60+."],
         ["lists", "family"], None),
    ],
}

ACTIVITYPUB = {
    "handle": "capeticks",
    "display_name": "Duncan F 🐦",
    "summary": "<p>Birds of the western Cape. Weipa. Lists on the blog.</p>",
    "fields": [("Blog", "Cape Ticks"), ("Email", "duncan.birds@capemail.example")],
    "notes": [
        (5101, "2026-04-20 18:00", "+10:00",
         "Worked a double with my 2IC Tash Brennan and still made it to the lagoon for the last light. Two jabirus. #birding", {}),
        (5102, "2026-05-10 09:15", "+10:00",
         "Out at the Mission River mouth with @mickhal (Mick Halvorsen, best birding mate on the Cape). He got the beach stone-curlew, I got sunburnt.",
         {"mentions": ["mickhal"]}),
        (5103, "2026-06-22 21:40", "+10:00",
         "Rough month. Went hard on the Origin multis and the card's at the limit again. 7 on 7 off and Roz and Callum down in Cairns for a fortnight, house is too quiet. Might sell the big lens.", {}),
        (5104, "2026-07-01 12:00", "+10:00", "Rain. No birds. Good book.", {}),
    ],
    "others": {"mickhal": "Mick Halvorsen"},
}
