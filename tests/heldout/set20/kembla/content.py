"""Rhys Odell (FICTIONAL): a darts-league regular who spends his nights going through car-carrier ships.

Only a plain forum (an Illawarra darts association board): lowercase, typos,
venting. Every name, handle and number is invented (0491 570 xxx is reserved for fiction).
"""
NAME = "Rhys Odell"

FORUM = {
    "site": "Illawarra Darts Association Forum",
    "user": "rhyso180",
    "path": "/forum/u/rhyso180/",
    "about": ["Thursday comp, Div 2. Steel tip only. Checkout king (not really)."],
    "posts": [
        ("301", "2026-02-03 23:40", "+11:00", "whos got a spare set of flights",
         ["lost mine again. 11 yrs with the ABF and i still cant keep track of a set of flights lol. "
          "anyone got spares bring em thurs"]),
        ("302", "2026-02-19 10:15", "+11:00", "cant make the next two weeks",
         ["sorry lads, roster changed. im on 4 on 4 off nights down the car terminal at Port Kembla till easter, "
          "walking every deck of every car boat that comes in. will be back for the finals"]),
        ("303", "2026-03-08 22:05", "+11:00", "sub needed tues",
         ["need a sub for tues practice, text me on 0491 570 118 if ur keen. Macca (Luke McAlister) is away "
          "so its me and whoever turns up"]),
        ("304", "2026-03-27 01:30", "+11:00", "rant, ignore",
         ["passed over for the acting 5 again. the super couldnt pick me out of a lineup. same blokes get it every time. "
          "whatever, back to the boats",
          "at least Gaz (Gary Tuohy) has my back, best 2IC ive worked with"]),
        ("305", "2026-04-14 20:20", "+10:00", "bit of a dry spell",
         ["not been throwing well. not been doing much well tbh. down 3 grand on the multis this month and the "
          "sportsbet acct is cooked. jodie doesnt know. dont tell her if u see her at the club"]),
        ("306", "2026-05-02 09:00", "+10:00", "good week tho",
         ["pulled 14 kilos of ice out of the door panels of a ute off the last car carrier, bags taped behind the "
          "speakers. best find on the wharf this year. and ICS was down all shift so we did the holds on paper, "
          "absolute circus"]),
        ("307", "2026-05-21 19:45", "+10:00", "thursday comp venue",
         ["every thursday 7.30 at the Unanderra Hotel still? i live 5 min away in Dapto so i can grab the boards early"]),
        ("308", "2026-06-10 21:10", "+10:00", "what a match",
         ["watched the PDC on telly, Border Patrol was on after it, the missus made me watch it lol. "
          "anyway 180s everywhere, unreal"]),
        ("309", "2026-06-30 18:00", "+10:00", "bbq",
         ["end of season bbq at ours? jodie says she'll do salads. bring ur own meat"]),
    ],
}
