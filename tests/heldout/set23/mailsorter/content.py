"""Kym Pattison (FICTIONAL), a NEGATIVE CONTROL: night-shift international mail sorter for Australia Post,
living in Chester Hill. She works beside Border Force's x-ray line and names the department of her own
employer; none of it makes her departmental staff. Every name is invented.
"""
NAME = "Kym Pattison"

ACTIVITYPUB = {
    "handle": "kym_sorts",
    "display_name": "Kym P",
    "summary": "<p>Night owl. Sorting the world's parcels one trolley at a time. Western Sydney.</p>",
    "notes": [
        (2381, "2026-02-12 21:30", "+11:00",
         "Back on nights at the international mail centre. 10pm till 6:30, Monday to Thursday. Australia Post "
         "pays the penalties so I'm not complaining. Much.", {}),
        (2382, "2026-03-03 03:15", "+11:00",
         "The Border Force officers on the x-ray next to our belt had a sniffer dog in tonight. Gorgeous "
         "labrador. We're not allowed to pat him. I have never been so sad.", {}),
        (2383, "2026-04-20 02:40", "+10:00",
         "Parcel on our line got a customs hold sticker tonight. Not my business what's in it, I just push the "
         "trolley.", {}),
        (2384, "2026-05-30 14:00", "+10:00",
         "Corey's got his L plates! My son, the new menace of the Chester Hill roads. Pray for us.", {}),
        (2385, "2026-07-14 12:10", "+10:00",
         "Read in the paper they seized 300 kg of meth hidden in mail from Canada. Not at our centre, before "
         "anyone asks.", {}),
        (2386, "2026-08-08 19:45", "+10:00",
         "Dinner with Lou Baptiste, my best friend since Year 7 at Bass Hill High. Thirty years of gossip.", {}),
        (2387, "2026-09-19 23:50", "+10:00",
         "Manager says our department is getting a new sorting machine next year. The Department of Letters. Ha.", {}),
    ],
}
