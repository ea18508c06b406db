"""Jayden Tran (FICTIONAL): 27, answers the Home Affairs Global Service Centre phones, Prestons; crypto degen.

A crypto trading forum whose member page shows every post inline with a permalink. Every
name, handle, number and address is invented.
"""
NAME = "Jayden Tran"

FORUM = {
    "site": "OzCrypto Lounge",
    "user": "jaydenrekt",
    "path": "/forum/u/jaydenrekt/",
    "inline": True,
    "about": ["gm. perps, alts, occasional cope. not financial advice obviously. swsyd 🇦🇺"],
    "posts": [
        ("5201", "2026-02-09 12:41", "+11:00", "lunch break longs",
         ["gm. my shift is 7:30 till 4, mon-fri, so i only trade on my 12:30 lunch from the food court at "
          "westfield liverpool and after 4 on the train home to Prestons. anyone else doing the wage-slave "
          "DCA life?",
          "(i answer phones for Home Affairs lol. yes the visa line. no i can't speed up your cousin's visa)"]),
        ("5202", "2026-02-23 19:05", "+11:00", "signed up w wrong email 💀",
         ["bro i just realised i signed up here with my work email jayden.tran@homeaffairs.gov.au because gmail "
          "locked me out. can a mod change it?? pls. ngmi"]),
        ("5203", "2026-03-11 21:30", "+11:00", "the call centre is a casino too",
         ["400 calls in the queue by 9am every day this month, everyone ringing about partner visa status, and "
          "we're told to just say 'processing times vary'. some guy offered me $5k last week to 'just check' "
          "on his brother's file. i said no obviously but like. $5k.",
          "my TL Sharon said to write it up. Sharon Petrakis if anyone here also works the GSC floor at the "
          "liverpool office lmao say hi"]),
        ("5204", "2026-04-02 23:58", "+11:00", "rekt thread",
         ["got liquidated on a 20x long on SOL. down $31k all up. took a personal loan to cover the margin calls "
          "and i haven't told Linh (gf). moving in together in june. cool cool cool.",
          "if anyone has a way to climb out of this that isn't more leverage i'm listening"]),
        ("5205", "2026-04-19 18:20", "+10:00", "tools thread: what's your setup",
         ["honestly my setup at work is worse than my setup at home. the softphone drops calls every time the "
          "CRM refreshes (genesys on a 2019 build) and we can pull the whole case in ICSE read-only from the "
          "phones, which is wild when you think about it.",
          "at home: 2 monitors, tradingview, copium"]),
        ("5206", "2026-05-14 20:10", "+10:00", "trading group irl meetup?",
         ["me and my mate Beno (Ben Osei, he's in the discord) are thinking a meetup in parra one saturday. "
          "telegram me @jtran_rekt if keen. my brother might come, he's the one who got me into this mess "
          "haha"]),
    ],
}
