"""Graeme Ostrowski (FICTIONAL): Home Affairs immigration compliance field officer, Brisbane office,
living at Palmwoods in the Sunshine Coast hinterland.

A motorbike touring blog (microformats2 + RSS); one post carries a georss point at home.
Every name and place point is invented; the home point is a rounded street point.
"""
NAME = "Graeme Ostrowski"
HOME = (-26.68620, 152.95980)

BLOG = {
    "path": "blog",
    "title": "Two Wheels, No Hurry",
    "card_note": "Ride reports from the hinterland on a tired Tiger 800. Day job: immigration compliance with "
                 "Home Affairs. Night job: fixing the Tiger.",
    "posts": [
        ("mt-mee-loop", "2026-02-20 17:30", "+10:00", "RDO loop: Maleny, Mt Mee, Dayboro",
         ["Every second Friday is my RDO and every second Friday I do roughly the same thing: out of the shed at "
          "Palmwoods by seven, up through Montville and Maleny while the mist's still on the range, then across "
          "to Mt Mee for a pie that is frankly too expensive.",
          "Spud (Darren Spudic, for the record, my oldest riding mate) met me at the Dayboro servo with a flat "
          "rear and no plugs. Twenty years I've been carrying his tyre kit."],
         ["ride reports", "hinterland"], HOME),
        ("the-bruce", "2026-03-10 20:00", "+10:00", "The Bruce, again",
         ["Work days are car days. I leave home at 5:40, down the Bruce, and I'm parked under the office in the "
          "Brisbane CBD by 7:10 if the Caboolture merge behaves. Field days I take a pool car from the office and "
          "end up anywhere from Logan to Redcliffe.",
          "I do the maths on moving closer every year. Then I ride Obi Obi Road on a Saturday and stop doing the "
          "maths."],
         ["life"], None),
        ("logan-rain", "2026-04-08 19:45", "+10:00", "Rain, rain, Logan",
         ["Three addresses in Logan on Tuesday looking for overstayers and two of them had done a runner before "
          "we got there. The field tablet showed us the lot (visa history, last known address, who sponsored "
          "them) but the VPN drops out every time you go near a hill, so half the day is sitting in the pool car "
          "waiting for it to reconnect.",
          "Rode home the long way on Wednesday in the rain to clear my head. Good wet-weather gear is the best "
          "money I ever spent."],
         ["life", "wet weather"], None),
        ("strawberries", "2026-05-14 21:00", "+10:00", "Not riding much this month",
         ["Going to be flat out with work. There's a big one planned for the strawberry farms up past Caboolture "
          "on the 9th of June: six of us from compliance and a couple of Border Force blokes, 5 am start, and "
          "nobody on the farms has a clue. So the Tiger stays in the shed for a bit."],
         ["life"], None),
        ("on-money", "2026-06-25 22:10", "+10:00", "On money and motorbikes",
         ["Jen doesn't know the Tiger is still on finance. Twenty-eight grand at a rate I won't print. Some "
          "months the repayment comes out before the mortgage and I move money around at midnight.",
          "And the team leader job went to a bloke eleven years younger who has never knocked on a door in his "
          "life. So yeah. I ride."],
         ["life"], None),
        ("lachie-home", "2026-07-30 18:00", "+10:00", "Lachie's leave",
         ["Our boy Lachie is home on leave from the Army at Enoggera for a week. My wife Jen has cooked enough "
          "for a battalion. Took him up Obi Obi on the back and he only complained about my braking twice."],
         ["family", "ride reports"], None),
        ("tyre-review", "2026-09-05 16:00", "+10:00", "Tyre review: six months in",
         ["Six months on the new dual-sports. Grip in the wet is better than I expected; they're squaring off "
          "faster than I'd like. Would buy again. Probably."],
         ["gear"], None),
        ("border-ranges", "2026-10-12 19:00", "+10:00", "Border Ranges weekend",
         ["Two days across the Border Ranges to Kyogle and back through Woodenbong. Crossed the state border "
          "four times and I still couldn't tell you which side the best pub was on."],
         ["ride reports"], None),
    ],
}
