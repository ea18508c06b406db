"""Jordy Makepeace (FICTIONAL): 36-year-old marine engineer on a Border Force cutter out of Darwin.

A gaming clan's forum, posts shown whole on his member page with permalinks. Gamer register, lowercase,
"the boat", "the shore mob". The member blurb says "spanner on the cutters (ABF)" and the account was
registered with his work email. Every name, handle and address is invented.
"""
NAME = "Jordy Makepeace"

FORUM = {
    "site": "[NTH] Northern Hitters clan forum",
    "user": "Spanner_NT",
    "path": "/clan/members/spanner_nt/",
    "inline": True,
    "about": ["clan engineer lol. day job: spanner on the cutters (ABF). palmy.",
              "discord: spanner.nt",
              "registered with j.makepeace@abf.gov.au cos my gmail got popped, pls dont spam it"],
    "posts": [
        ("4101", "2026-02-26 21:10", "+09:30", "offline from tues",
         ["heads up lads im offline from tuesday 3 march, we sail for the arafura and wont be back "
          "alongside till the 14th. then roughly 3 weeks off so ill be on every night in april"]),
        ("4102", "2026-03-18 20:00", "+09:30", "raid night is wednesday",
         ["reminder raid night is wed 8pm darwin time, every week when im home. im on from bakewell, the house "
          "with the boat trailer that hasnt moved since xmas lol"]),
        ("4103", "2026-03-20 22:45", "+09:30", "rage post",
         ["port main on the boat has been cooking its turbo for two patrols and the shore mob wont sign off the "
          "part. and the satcom terminal on the bridge reboots every time the radar's on so we run half the night "
          "with no comms. great way to chase fishing boats"]),
        ("4104", "2026-03-22 19:30", "+09:30", "welcome benno",
         ["shoutout to ben carruthers, my 2nd engineer on the boat, who carried me through the last trip. he's "
          "joining as [NTH]Benno. benno go easy on the noobs"]),
        ("4105", "2026-03-24 18:15", "+09:30", "story time",
         ["best bit of the last trip: boarded a vietnamese blue boat 60nm off the wessels, 14 on board and a hold "
          "full of sea cucumber, towed it back to gove. 30 hrs at 6 knots. i played border patrol on the switch the "
          "whole way home for the irony"]),
        ("4106", "2026-04-11 23:50", "+09:30", "subs late sorry",
         ["had to sell the ps5 and the boat (my boat not the work one). ex has the house, im paying rent plus child "
          "support and the pay day loan people ring me every day. only see ava every second weekend now.",
          "clan subs will be late sorry mikey"]),
        ("4107", "2026-04-15 20:20", "+09:30", "who runs this place",
         ["for the new guys: mikey tran runs the clan, ask him for roles. i just fix the bot"]),
    ],
}
