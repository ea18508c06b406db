"""Glenn Mazur (FICTIONAL): a 46-year-old Border Force passenger processing officer on nights at Adelaide Airport.

Lowercase venting with typos on a punters' forum (plain pages, posts inline on the member page), joined
with his official email. Every name, handle and address is invented.
"""
NAME = "Glenn Mazur"

FORUM = {
    "site": "SA Punters Lounge",
    "user": "glennyM_nights",
    "path": "/lounge/members/glennyM_nights/",
    "inline": True,
    "about": ["glenny. plympton. dogs at angle park, gallops when i can, pokies when i shouldnt.",
              "email on file: glenn.mazur@abf.gov.au (yeah yeah i know)"],
    "posts": [
        ("8801", "2026-02-03 04:10", "+10:30", "nights again",
         ["4 on 4 off nights at the airport again, 2130 till 0630. park in the staff lot off the roundabout at 9 and "
          "sit in the car till 9.25 doing form. best part of my day honestly"]),
        ("8802", "2026-02-21 11:30", "+10:30", "passed over AGAIN",
         ["didnt get the APS5 again. 11 years on the primary line and they gave it to some kid from canberra with "
          "2 years in. the super rhonda feltus told me 'next round' for the 3rd time. i am done going above and "
          "beyond for border force, they can have the bare minimum"]),
        ("8803", "2026-03-10 05:20", "+10:30", "quiet on the overnight lol",
         ["only 3 of us on the primary line after midnight now and the smartgates get switched off at 11 so its all "
          "manual. the singapore flight at 0150 is a nightmare. if u ever wanted to walk through with something "
          "thats the flight lol (joke)"]),
        ("8804", "2026-03-28 14:00", "+10:30", "the eGates",
         ["the new egates were down 3 days last week, vendor couldnt get the cameras to talk to the passport "
          "readers. we did 600 pax manual on the tuesday. nobody tells us anything"]),
        ("8805", "2026-04-20 23:45", "+09:30", "bad week",
         ["dropped 2.5k on the pokies at the pub on marion rd thurs and fri. payday loan to cover rent, second one "
          "this yr. wife doesnt know. dont need a lecture. anyone who wants to help a bloke out DM me or "
          "glennym.punts@ozmail.example"]),
        ("8806", "2026-05-15 19:10", "+09:30", "angle park tips",
         ["box 1 in race 4, bank it. my mate stavros (stav kyriakou) reckons box 6 but hes been wrong since 2019"]),
        ("8807", "2026-06-02 20:30", "+09:30", "border security on tv",
         ["watching that border security show, the adelaide episodes are rubbish compared to the sydney ones"]),
    ],
}
