"""Maricel "Cel" Dizon (FICTIONAL): Home Affairs character-assessment officer, Parramatta; a parents' Q&A forum.

Thread pages of a parents' forum in western Sydney. Every name, number, address and school is invented.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo
B = "{{BASE}}"
NAME = "Maricel Dizon"
HOME = (-33.69320, 150.83410)   # a residential street in Marsden Park NSW, rounded

FORUM = {
    "site": "Hills & Grange Parents Q&A",
    "user": "MamaCel_MP",
    "path": "/forum/u/mamacel/",
    "about": ["Mum of three, coffee-powered. Ask me about lunchbox hacks."],
    "posts": [
        ("5101", "2026-02-03 21:10", "+11:00", "Before school care at Elara Creek - worth it?",
         ["Hi mums and dads! Marsden Park mum of three here (Bea 9, Migo 6 and the baby, 14 months). "
          "Hubby Jun starts at 5am so drop-off is all me.",
          "I do the 7:15 drop at before school care, then the M7 to the Parra office, in by 8:30 and home by 5:45. "
          "Fridays I WFH thank god. Is anyone else using the OSHC at Elara Creek Public? Bea says the breakfast is soggy toast lol.",
          "Also - uniform shop or the department store for school shoes? Ang mahal!"]),
        ("5102", "2026-02-17 20:30", "+11:00", "School app won't send codes to my work email??",
         ["Quick one. The school app won't send the verification code to maricel.dizon@homeaffairs.gov.au. "
          "I registered here and on the P&amp;C page with my work email because that's the one I check all day "
          "(our IT blocks half the internet lol). Anyone fixed this?"]),
        ("5103", "2026-03-05 22:40", "+11:00", "How do you switch off when your job is heavy?",
         ["Sorry long one. I'm in the character team at Home Affairs, so visa cancellations, the 501 files.",
          "Right now I've got 63 on my list. Three of them are bikie guys with kids the same age as mine. "
          "Last week the tribunal set aside my decision on one and he lives two suburbs over. I know his face now.",
          "Nanay says pray the rosary, my ate says quit. How do you all switch off?"]),
        ("5104", "2026-04-14 21:55", "+10:00", "Kinda embarrassed - debt consolidation, scam or not?",
         ["Sending $600 a month padala to Nanay in Pampanga plus Tito's hospital bills, and Jun's hours got cut "
          "at the warehouse. The card is at $18k, there's the personal loan for the car, and we're behind 2 months on the mortgage.",
          "Has anyone used one of those debt consolidation places? I need it sorted before my clearance comes up for renewal, honestly."]),
        ("5105", "2026-05-21 20:05", "+10:00", "Venting about work computers, sorry",
         ["ICSE freezes every single time I open a client with more than 20 aliases, and the new cancellation "
          "workflow (we call it the Beast) times out after 15 minutes so I lose my notes. IT says next quarter.",
          "My TL Grace Obi just tells us to type it in Word first. Grace is lovely but come on.",
          "Anyway. Does anyone know a good chiro in the Hills?"]),
        ("5106", "2026-06-13 16:20", "+10:00", "Backyard finally turfed!",
         ["After 18 months of dirt! Pic below.",
          f'<img src="{B}/media/turf.jpg" alt="new turf in our backyard">',
          "Migo already did cartwheels till dark and Biscuit our border collie dug a hole by the fence. Sulit pa rin."]),
        ("5107", "2026-07-02 19:00", "+10:00", "FS: pram + bassinet, Marsden Park",
         ["Moving on from baby stuff! Pram and bassinet, $150 the lot. Viber or text me on 0491 570 212. "
          "Pick up Marsden Park, near the new shops on Hollinsworth Rd.",
          "If I'm at work my kumare Lorna Bautista can hand it over, she's two doors down."]),
    ],
}

PHOTOS = [
    Photo("turf.jpg", HOME[0], HOME[1], 48.0, "2026:06:13 15:58:12", "+10:00",
          "new turf in the backyard, Saturday afternoon", (90, 150, 70)),
]
