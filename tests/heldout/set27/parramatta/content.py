"""Lana Tran (FICTIONAL): her posts in a western Sydney mothers' group forum; visa processing at the Parramatta office."""
NAME = "Lana Tran"

FORUM = {
    "site": "Westie Mums Circle",
    "user": "lana_and_mila",
    "path": "/circle/u/lana_and_mila/",
    "about": ["Mum to Mila (b. Sept 2025). Back at Home Affairs part time. Wentworthville.",
              "Messages: 0491 570 277 (text is best, she's napping)",
              "(yes this account is on my work email, lana.tran@homeaffairs.gov.au, i made it on mat leave admin day. whatever)"],
    "posts": [
        ("5501", "2026-02-10 14:20", "+11:00", "first week back :(",
         ["first week back at the Parramatta office and i cried in the lift twice. hubby Dan did daycare drop "
          "off at 7:40 at Little Gumnuts on Station St and said Mila didnt even look back lol rude",
          "im doing mon tue thu, 8 till 4"]),
        ("5502", "2026-02-24 21:05", "+11:00", "anyone else using afterpay for everything",
         ["pram, cot, carseat, now the daycare gap fee... i have 6 afterpay and 2 zip plans going and i "
          "genuinely dont know the total anymore. dan thinks its 'a few hundred'. its not"]),
        ("5503", "2026-03-11 22:40", "+11:00", "vent: work",
         ["sorry this is a vent. came back to a queue of 11,000 partner visa applications in our team and "
          "they want us finalising 40 a day each. the case system freezes every time you open an "
          "attachment so you just sit there. nobody on my team knows my name yet"]),
        ("5504", "2026-03-30 10:15", "+11:00", "playdate at the park?",
         ["Sophie Adeyemi and I are taking the babies to the playground at the end of our street in "
          "Wentworthville Thursday 10am if anyone wants to join 💕"]),
        ("5505", "2026-04-16 23:50", "+10:00", "is this normal",
         ["is it normal to feel this alone? MIL (Dan's mum, Kim) comes on tuesdays and thats the only adult "
          "i talk to who isnt on teams. GP says maybe PND. i dont know"]),
        ("5506", "2026-05-05 09:30", "+10:00", "sleep regression",
         ["4 month regression at 8 months is a scam. thats the post"]),
    ],
}
