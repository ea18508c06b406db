"""Kirra Blanch (FICTIONAL): 34-year-old part-time Border Force officer at the airport mail facility, Darwin.

A parents' forum, posts shown whole with permalinks. Mostly questions and venting; "work" is "the mail centre
at the airport" and the agency appears once, as "the Border Force mum". Childcare drop-off times, the kids,
a FIFO partner, Afterpay and exhaustion, a phone for swapping clothes. Every name and number is invented.
"""
NAME = "Kirra Blanch"

FORUM = {
    "site": "Top End Mums & Bubs",
    "user": "kirra_b",
    "path": "/community/u/kirra_b/",
    "inline": True,
    "about": ["Mum to Miss 3 and Master 1. Wagaman. Coffee-powered."],
    "posts": [
        ("9101", "2026-02-05 21:20", "+09:30", "Childcare in the northern suburbs?",
         ["Anyone else at the Wagaman centre? Drop-off 7:15 for me Mon, Tue and Thu, I start at 7:45 at the mail "
          "centre at the airport and pick up at 3:30. Zara cries every single time, is that normal at 3?"]),
        ("9102", "2026-02-17 20:45", "+09:30", "Re: sniffer dog stickers",
         ["Yes I'm the Border Force mum who brought the sniffer dog stickers to playgroup haha. No, Eli can't "
          "have the real dog."]),
        ("9103", "2026-03-09 22:30", "+09:30", "FIFO partners, how do you cope",
         ["My other half Dane is away two weeks in three on the gas project and there's no family up here. "
          "Honestly drowning. Haven't slept properly since Eli was born and the Afterpay is piling up because "
          "it's easier than thinking. Not after advice, just needed to say it somewhere."]),
        ("9104", "2026-03-20 21:05", "+09:30", "Bit shaken",
         ["Hard week at work. We found a parcel of ice addressed to a house two streets from the childcare. "
          "Not supposed to talk about it but it's rattled me, I keep thinking about the kids walking past."]),
        ("9105", "2026-04-02 19:40", "+09:30", "Swap: size 1 and 3",
         ["Got a tub of size 1 boys and size 3 girls clothes to swap. Text me on 0491 570 173 and I'll drop them "
          "over. Also selling a department store cot, never used, still in the box."]),
        ("9106", "2026-04-15 20:10", "+09:30", "Show recommendations?",
         ["Need something to watch after bedtime that isn't Border Security or Bluey. Go."]),
    ],
}
