"""Liam Hockings (FICTIONAL): a 24-year-old Border Force intelligence analyst's meme-heavy microblog.

Lowercase shitposting from Warwick Farm, next to the racetrack: the analysts' "tools", a
job that got knocked, the train to Parramatta, the multis. ActivityPub with a place-tagged
note at home. Every name, handle and address is invented; the place point is a rounded spot
on an ordinary street.
"""
NAME = "Liam Hockings"

ACTIVITYPUB = {
    "handle": "hockoposting",
    "display_name": "hocko 🐸",
    "summary": "<p>24. professional dot connector. unprofessional poster. warwick farm. "
               "signed up here with my work email before i knew better (liam.hockings@abf.gov.au) pls dont dob me in</p>",
    "fields": [("pronouns", "he/him"), ("discord", "hocko_wfarm"), ("tips", "not financial advice (see: my bank account)")],
    "notes": [
        (6101, "2026-02-16 07:12", "+11:00",
         "nobody:\n\nabsolutely nobody:\n\nme at 0700 every morning on the T2 from warwick farm to parra with a "
         "monster in each hand like a cowboy", {}),
        (6102, "2026-02-27 12:40", "+11:00",
         "got my 2 year pin at ABF today 🫡 still dont know what half the acronyms mean but i know where the good "
         "microwave is and thats what matters", {}),
        (6103, "2026-03-11 15:05", "+11:00",
         "PSA to my fellow analysts: the new link chart tool (we call it spiderweb lol) falls over at about 400 "
         "nodes and takes your whole session with it. save every 5 mins. ask me how i know 🙃", {}),
        (6104, "2026-03-19 16:30", "+11:00",
         "drake no: reading the 200 page user guide\n\ndrake yes: asking Dave the senior analyst who is basically "
         "a human google and has saved my career three times this month", {}),
        (6105, "2026-04-04 18:20", "+11:00",
         "warwick farm races today. walked in with the rent money, walked out with a pie. living next to the track "
         "is a financial hazard 📉 anyway down about 2.3k this month on the multis, this is fine 🔥🐶☕", {}),
        (6106, "2026-04-22 09:45", "+10:00",
         "the phone extraction kit has ONE licence login for the whole team and the password is on a postit stuck "
         "to the monitor. cybersecurity is a state of mind", {}),
        (6107, "2026-05-14 08:05", "+10:00",
         "8 months on this syndicate moving ice through air cargo at mascot and last night it finally got knocked. "
         "6 arrests, 14kg. cant say more. ok i can say a bit more: it was the freight forwarder the whole time. "
         "it is ALWAYS the freight forwarder", {}),
        (6108, "2026-05-29 13:10", "+10:00",
         "fire alarm at the parramatta office AGAIN. 300 of us on the footpath in the rain. the vape kids are "
         "thriving", {}),
        (6109, "2026-06-06 19:30", "+10:00",
         "balcony szn is over but i refuse to accept it", {"location": ("Warwick Farm", -33.9118, 150.9337)}),
        (6110, "2026-06-21 20:15", "+10:00",
         "my sister Kayla is the only person in this family who understands memes. mum still sends minion "
         "pictures", {}),
        (6111, "2026-07-12 21:40", "+10:00",
         "footy tipping update: Jacko (Jack Turnbull, school mate, menace) is top AGAIN. i am 14th of 15. the 15th "
         "is his dog", {}),
        (6112, "2026-08-01 22:00", "+10:00",
         "border security reruns at 10pm is my roman empire. the neighbours border collie has been barking at the "
         "telly with me", {}),
    ],
}
