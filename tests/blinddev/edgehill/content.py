"""Natasha "Tash" Delahunty (FICTIONAL): Border Force supervisor at Cairns Airport; proud mum of three.

An outrigger canoe club's member page about her in the third person (schema.org Person), with her work
mobile and email as the race-day contact, and her own Mastodon-style account full of emoji, hashtags
and @mentions. No photo carries a location. Every name, handle, number and address is invented.
"""
NAME = "Natasha Delahunty"

PERSON = {
    "path": "/crew/tash-delahunty",
    "site": "Trinity Inlet Outrigger Club",
    "headline": "Women's Open Crew · Seat 3 · Regatta Coordinator 2026",
    "ld": {
        "jobTitle": "Regatta Coordinator (volunteer)",
        "memberOf": {"@type": "SportsOrganization", "name": "Trinity Inlet Outrigger Club"},
        "description": "Tash paddles seat 3 in the women's open crew and runs the club's regattas.",
    },
    "sections": [
        ("Meet Tash", [
            "When she isn't in seat 3, Tash is a supervisor with the Australian Border Force at Cairns Airport, "
            "where she looks after the international arrivals shifts.",
            "Tash trains with the women's open crew every Tuesday and Thursday at 5:15am from the Esplanade ramp "
            "and is usually the one who brings the banana bread.",
            "She is married to Manu, who coaches our juniors, and is a proud mum of three."]),
        ("Regatta contact", [
            "For regatta entries call Tash on 0491 570 905 (work mobile, business hours) or email "
            "natasha.delahunty@abf.gov.au."]),
    ],
}

ACTIVITYPUB = {
    "handle": "tashdela",
    "display_name": "Tash D 🌺🛶",
    "summary": "<p>Mum x3 💕 paddler 🛶 FNQ girl. #proudmum</p>",
    "notes": [
        (501, "2026-01-09 20:00", "+10:00",
         "Proud mum of three moment: Tyla, Koa and Rua all made it out the door with shoes on before 7 🙌 #winning #proudmum", {}),
        (502, "2026-01-17 15:30", "+10:00",
         "Koa's first rep game for the Brothers under 12s!!! 🏉 he was so nervous, hubby Manu more nervous 😂", {}),
        (503, "2026-01-26 11:00", "+10:00",
         "Big shout out to my bestie @bel_rowe for the Aussie Day spread 🇦🇺🍉 love ya guts Bel Rowe", {"mentions": ["bel_rowe"]}),
        (504, "2026-02-06 23:40", "+10:00",
         "3 refusals and a body packer off the Guam flight this week. Team absolutely smashed it 💪 #proud", {}),
        (505, "2026-02-14 19:10", "+10:00", "Manu cooked. Nobody died. Happy Valentine's 😂❤️", {}),
        (506, "2026-02-21 09:45", "+10:00",
         "Walked up Mt Whitfield from ours in Edge Hill before the heat hit. Nearly died ☠️🥵", {}),
        (507, "2026-03-05 18:20", "+10:00",
         "Farewell drinks for Gaz Whitlam tonight 🍻 22 years on the line at the airport, end of an era", {}),
        (508, "2026-03-13 20:30", "+10:00",
         "MIL Losa has the kids this weekend ❤️ best mother-in-law in the world, don't tell my mum", {}),
        (509, "2026-03-28 16:00", "+10:00",
         "Just got back from Bali 🌴 the lady at passport control was SO lovely. Also watched an entire season of "
         "Border Security on the plane which my family finds hilarious", {}),
        (510, "2026-04-10 12:10", "+10:00", "Lunch 🥗", {}),
        (511, "2026-04-22 21:15", "+10:00",
         "Only 4 of us rostered for the Tokyo arrival Sat night because of leave 😬 pray for me", {}),
    ],
    "others": {"bel_rowe": "Bel Rowe"},
}
