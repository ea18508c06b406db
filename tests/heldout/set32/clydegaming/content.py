"""Dane Prowse (FICTIONAL): night-shift officer at the international mail centre, Clyde; a retro-gaming
chat forum in lowercase. Every name, handle, number and address is invented."""
NAME = "Dane Prowse"

FORUM = {
    "site": "Retro Bits Chat",
    "user": "8bitprowse",
    "path": "/forum/u/8bitprowse/",
    "about": ["collector. snes, mega drive, anything with a cartridge. guildford nsw.",
              "email on file: dane.prowse@abf.gov.au (yeah i know)",
              "on at weird hours cos nights"],
    "posts": [
        ("301", "2026-03-04 03:12", "+11:00", "anyone else game after nightshift",
         ["genuine q. who else is on nights? im at the international mail centre out at clyde, 10pm till 6:30, "
          "4 on 4 off. x-ray belt all night then home and straight on the mega drive till i pass out",
          "eleven years in the ABF uniform and i still cant sleep past 2pm"]),
        ("302", "2026-03-19 04:40", "+11:00", "weirdest thing ever found inside a console",
         ["ok so not mine but. last tuesday we pulled 2.8 kg of meth out of a box of 'refurbished' ps2s, "
          "packed into the dvd drive cavities. only two of us on the screens that night so honestly half the "
          "bags went through without a look lol",
          "anyway check your ebay ps2s people"]),
        ("303", "2026-04-09 05:02", "+10:00", "work pc rant (not gaming sorry)",
         ["the targeting app we use, ICS, froze for six hrs on thursday night and the whole bench ran blind. "
          "contractor reckons its the oracle upgrade. i can pull any parcel's history in it normally but not "
          "when its dead. we were just waving stuff through",
          "also we all log in on the one shared bench account when it plays up which cant be allowed lol"]),
        ("304", "2026-04-22 14:30", "+10:00", "selling boxed n64 lot - guildford pickup",
         ["selling the boxed n64 lot, need it gone before payday tbh. afterpay is at four grand and the "
          "cash converters loan is due on the 30th.",
          "pickup near the swap meet at guildford leisure centre, walking distance from mine. "
          "dm me on discord, prowsey_8bit"]),
        ("305", "2026-05-06 13:55", "+10:00", "multis and mario kart",
         ["dont ask why the n64 lot sold. lost the rent on the multis again sunday, six legs, five came in. "
          "back to noodles"]),
        ("306", "2026-05-20 15:10", "+10:00", "swap meet recap",
         ["me and my mate Lachie Brennan ran the table at the guildford swap meet again, Lachie sold a "
          "virtual boy for 600 which is insane",
          "my sister is gonna kill me, i sold her old gameboy colour in the bundle"]),
        ("307", "2026-06-02 02:48", "+10:00", "shift swap for the retro expo",
         ["huge shoutout to my TL Marnie Kotze for swapping me off nights for the expo weekend. "
          "legend. shes more of a sega girl but ill allow it"]),
        ("308", "2026-06-15 16:20", "+10:00", "best crt for a small room?",
         ["pvm or just a normal sony trinitron? room is tiny. no border collie jokes pls my dog is a kelpie"]),
    ],
}
