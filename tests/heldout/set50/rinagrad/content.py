"""Rina Dimaculangan (FICTIONAL): a Home Affairs graduate on her policy rotation, working from her family's home
in Toormina between weeks in Canberra. A Mastodon-style account in Taglish, registered with her work address.
Every name, handle and number is invented."""
NAME = "Rina Dimaculangan"

ACTIVITYPUB = {
    "handle": "rinadoesthings",
    "display_name": "Rina 🇵🇭🇦🇺",
    "summary": "<p>Grad life | Toormina girl | kape muna bago lahat ☕</p>",
    "fields": [("Viber", "0491 570 655")],
    "notes": [
        (9001, "2026-02-02 08:30", "+11:00",
         "First day of the Home Affairs graduate program! Kinakabahan ako pero sobrang excited 🥹", {}),
        (9002, "2026-02-05 21:10", "+11:00",
         "Made this account with my work email kasi nakalimutan ko yung password ng personal ko. So hello from "
         "rina.dimaculangan@homeaffairs.gov.au, oops, huwag niyo akong isumbong", {}),
        (9003, "2026-04-20 19:45", "+10:00",
         "Rotation two: visa policy! Drafting my first ministerial brief on the student visa caps and my EL1 "
         "Jason Trinh says it's 'not terrible', which is high praise daw.", {}),
        (9004, "2026-05-03 12:30", "+10:00",
         "Sunday 9am misa at the parish in Toormina with Mama, Papa and Lola, then pancit sa bahay. Every week, "
         "walang palya.", {}),
        (9005, "2026-05-12 18:00", "+10:00",
         "Happy birthday to my Mama Ligaya, the reason I can cook adobo and the reason I'm always 15 minutes "
         "early. Mahal kita, Ma.", {}),
        (9006, "2026-05-26 09:00", "+10:00",
         "WFH from Toormina this month, back to Canberra the second week. Tita's couch, here I come.", {}),
        (9007, "2026-06-09 22:40", "+10:00",
         "Afterpay, Zip, the credit card, and sending money to Lola's house in Batangas. Utang is utang. Grad "
         "salary hits different when half of it is already spoken for 😮‍💨", {}),
        (9008, "2026-06-21 16:00", "+10:00",
         "Beach day sa Sawtell with Kristine Aquino, my best friend since Year 7 ✨ she still can't swim", {}),
        (9009, "2026-07-04 20:00", "+10:00",
         "Mama asked if I can get her a discount at the department store because I'm 'government' na daw. "
         "Ma, hindi ganoon yun.", {}),
    ],
}
