"""Declan Huynh (FICTIONAL): a Home Affairs ICT helpdesk analyst in Canberra who shitposts all day.

A Mastodon-style account only. Work email as a profile field, a place-tagged note from his balcony.
Every name, handle and number is invented.
"""
NAME = "Declan Huynh"

ACTIVITYPUB = {
    "handle": "ticketgoblin",
    "display_name": "declan (ticket goblin) 🎫",
    "summary": "<p>level 1 helpdesk goblin for home affairs. hackett, canberra. "
               "the shitposts are mine, the outages are theirs. he/him</p>",
    "fields": [("work", "declan.huynh@homeaffairs.gov.au"), ("discord", "@ticketgoblin_"),
               ("pronouns", "he/him")],
    "notes": [
        (101, "2026-02-03 09:12", "+11:00",
         "day 3 of the Potato eating every attachment anyone sends it. the Potato is our ticketing system. "
         "it has one job. have you tried turning the department off and on again", {}),
        (102, "2026-02-09 06:05", "+11:00",
         "early late early late off off. the 0630 earlies are a hate crime and then the 11 till 7 lates "
         "are also a hate crime. pick a lane, roster", {}),
        (103, "2026-02-17 21:40", "+11:00",
         "war story because i cannot sleep: last winter the remote access box fell over at 5am and every "
         "single Border Force officer at the airports couldn't get onto the passenger screens and every "
         "single one of them rang me personally. 212 calls before 8. i was 23 and i aged 40 years", {}),
        (104, "2026-03-02 13:30", "+11:00",
         "new starter passwords on our floor are all the same season-and-year thing with a ! on the end. "
         "every new starter. whole building. i have raised this. i have been told it is \"known\". cool cool cool", {}),
        (105, "2026-03-06 17:45", "+11:00",
         "bronte (team lead) talked a sobbing SES band 1 through a password reset today with the patience of "
         "a saint. service desk would have burned down years ago without her. legend", {}),
        (106, "2026-03-11 19:20", "+11:00",
         "thursday 7pm is trivia at the dickson tradies with the helpdesk crew. team name: Have You Tried "
         "Restarting. we came 9th of 11. bronte knew every bird question", {}),
        (107, "2026-03-19 16:50", "+11:00",
         "balcony arvo. the hackett magpies are rioting again",
         {"location": ("Hackett, Canberra", -35.2484, 149.1635)}),
        (108, "2026-04-01 08:40", "+11:00",
         "not an april fools: the whole service desk is being handed to a vendor in july. 22 of us. "
         "nobody has been told officially, we found out from the vendor's recruiter on linkedin lmao", {}),
        (109, "2026-04-14 22:10", "+10:00",
         "SpotMe advanced me $250 till payday again. fourth time since feb. the fees are eating me alive "
         "but rent's rent. this is fine 🔥🐸", {}),
        (110, "2026-04-26 12:15", "+10:00",
         "my sister Linh got engaged and i'm doing a speech. surely this is easier than the phone queue", {}),
        (111, "2026-05-07 18:30", "+10:00",
         "housemate Oisin made pho from scratch and now i must live up to that. i bought a department store "
         "wok. we'll see", {}),
        (112, "2026-05-21 20:05", "+10:00",
         "watching Border Security reruns to feel something. season 4 slaps", {}),
        (113, "2026-06-02 07:05", "+10:00",
         "another belco floor morning, 4 degrees, heater in pod C broken, the tea room kettle is the only "
         "functioning infrastructure in the building", {}),
    ],
}
