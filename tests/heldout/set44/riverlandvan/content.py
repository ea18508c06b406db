"""Graham Pettit (FICTIONAL): a Border Force trade-compliance auditor living in Renmark in the Riverland; a
caravan-travel blog in long paragraphs. Invented throughout; the photo point is a rounded spot on an ordinary
street in Renmark, never a real house."""
import sys

_p = sys.modules["_demo_make_photos"]
Photo, _near = _p.Photo, _p._near

NAME = "Graham Pettit"
HOME = (-34.1792, 140.7441)
B = "{{BASE}}"

BLOG = {
    "path": "blog",
    "title": "Two Laps and a Lot of Dust",
    "card_note": "A 21-foot van, a Prado, my other half and the long way round. Riverland-based.",
    "posts": [
        ("lake-bonney-weekend", "2026-02-09 20:30", "+10:30", "A slow weekend at Lake Bonney",
         ["We have been trying to get out every second weekend since the new van arrived, and the routine has "
          "settled into something I quite like: every second Friday Deb and I pull out of the driveway at 4 pm, "
          "point the Prado at somewhere within three hours, and come back Sunday afternoon smelling of smoke and "
          "sunscreen. This time it was only forty minutes to Lake Bonney, which my other half says does not count "
          "as a trip, but there were pelicans and a free spot right on the water and a sunset that went on so long "
          "we forgot to cook. The new awning went up in four minutes, which after last summer's wrestling match "
          "in the wind at Morgan felt like a small miracle.",
          "A big thank you to Trevor Masters for lending us his annexe walls and for the lecture on guy ropes, "
          "which I will pretend I needed."],
         ["trips", "riverland"], None),
        ("work-and-wander", "2026-02-26 21:10", "+10:30", "Working from the road (sort of)",
         ["People at the caravan park always ask how I get so many Mondays off, and the answer is that I don't: "
          "I'm an auditor with Border Force's trade compliance team, and half my week is spent in importers' "
          "offices and licensed warehouses anyway, so a laptop on a fold-out table at a caravan park is not so "
          "different. I drive down to Adelaide at 5 am on Mondays and hot-desk at the Port Adelaide office until "
          "Wednesday, then work the rest from home or the van. This month it is a wine bond in the Barossa whose "
          "excise numbers are out by about 40,000 litres, and I'm back there on the 19th with two colleagues to "
          "sit through their stocktake. They do not know yet what we found in the first visit.",
          "For the record, importers in the Riverland with questions about an audit can reach me at work on "
          "graham.pettit@abf.gov.au rather than cornering me at the Renmark bakery."],
         ["work", "trips"], None),
        ("laptop-woes", "2026-03-16 19:45", "+10:30", "The laptop, the hotspot and the Ledger",
         ["Not every day on the road is pelicans. The work laptop's VPN will not connect on the hotspot at Loxton "
          "at all, and our compliance case system (everyone calls it the Ledger) times out after ninety seconds "
          "if the connection so much as blinks. So on Thursday I copied a client's files onto a USB stick and "
          "worked offline at the camp table, which I realise is exactly what the security lady in the training "
          "video tells you not to do. The kookaburras were unbothered."],
         ["work", "tech"], None),
        ("the-sums", "2026-04-12 20:20", "+09:30", "What the van really cost",
         ["Someone in a forum asked what full-time-ish vanning costs, so here is the honest answer. The van was "
          "$68,000 and we borrowed nearly all of it at 12 percent, because the bank would not look at us for less "
          "with the mortgage still running. Deb thinks the repayments are about half what they are. I have been "
          "moving money around between cards to keep it that way, which is not a sentence I am proud of writing."],
         ["money"], None),
        ("home-again", "2026-04-26 17:40", "+09:30", "Home again, briefly",
         ["Back in Renmark for a fortnight. Mowed the lawn, washed two months of red dust off the van in the "
          "driveway and tried to remember which cupboard the good frypan lives in. Photo of the van in its spot "
          "for the people who asked.",
          f'<img src="{B}/media/van-driveway.jpg" alt="the van parked in the driveway at home">',
          "If you want the full packing list, drop me a line at graham.vanlife@outback.example."],
         ["home"], None),
        ("border-crossing", "2026-05-11 21:00", "+09:30", "Crossing the border (the fruit kind)",
         ["Into Victoria via the Mildura road, and yes, we were stopped at the fruit fly checkpoint and yes, Deb "
          "had three mandarins in her handbag. The state biosecurity officer was lovely about it. That is the "
          "only border inspection I want to be on the wrong side of."],
         ["trips"], None),
    ],
}

PHOTOS = [
    Photo("van-driveway.jpg", *_near(HOME, -5, 7), 18.0, "2026:04:26 16:02:40", "+09:30",
          "the caravan in the driveway at home, Sunday afternoon", (210, 200, 180), "Google", "Pixel 7"),
]
