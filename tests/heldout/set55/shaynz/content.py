"""Shanae Whitby (FICTIONAL): ABF officer at a container examination facility in Kewdale WA, home in Spearwood.

A mum of two teenagers posting in her kids' slang on a Mastodon-style account, two notes with a place.
Every name, handle, number and point is invented or an ordinary street, rounded.
"""
NAME = "Shanae Whitby"
HOME = ("Spearwood", -32.1052, 115.7791)     # a residential street in Spearwood WA, rounded

ACTIVITYPUB = {
    "handle": "shaynz",
    "display_name": "Shaynz 💅",
    "summary": "<p>Border Force officer. mum of two teens who think I'm cringe. Spearwood 🌊 Carnarvon girl forever.</p>",
    "fields": [("Signal", "0491 570 377")],
    "notes": [
        (5601, "2026-02-11 07:10", "+08:00",
         "no cap the x-ray at work found a whole pushbike frame packed with ice overnight, 14 kilos of it. "
         "told my 15yo and he said that's lowkey insane 💀", {}),
        (5602, "2026-02-15 16:40", "+08:00",
         "sunday arvo on the back deck, vibes immaculate fr ☀️🍹",
         {"location": HOME}),
        (5603, "2026-02-23 17:05", "+08:00",
         "Kewdale exam facility nights this week, 6pm to 6am Mon to Thu, so the kids are feral and "
         "unsupervised. pray for my fridge 😭", {}),
        (5604, "2026-03-04 12:30", "+08:00",
         "Mikayla (16) GOT HER Ps!!! and Jaxon (14) is still mid at washing up. parenting W and L in one day", {}),
        (5605, "2026-03-10 08:00", "+08:00",
         "shoutout to my team leader Priya Nand for covering my shift when Jaxon was crook, she's literally goated", {}),
        (5606, "2026-03-19 07:45", "+08:00",
         "the scanner software (we call it Big Brother) crashed 3 times last night and we hand-searched 40 boxes "
         "off the Singapore ship. it's giving 2009 🙃", {}),
        (5608, "2026-04-21 21:50", "+08:00",
         "car rego + Mikayla's braces + rent up $90 a week. lowkey cooked financially ngl 😬 anyone used those "
         "pay-advance apps, are they legit or a trap", {}),
        (5609, "2026-04-24 18:00", "+08:00",
         "bestie Dee (Deanne Pereira) coming for wines friday, no teenagers allowed in the kitchen 🍷", {}),
        (5610, "2026-05-01 20:15", "+08:00",
         "the kids are obsessed with Border Security reruns now. 'mum is that you' no babe that's a TV show 😂", {}),
    ],
}
