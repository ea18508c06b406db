"""Brodie Kowalczyk (FICTIONAL): 29, Border Force cargo intelligence analyst, Brisbane, Chermside; gym Q&A forum.

A fitness and supplements Q&A forum (thread pages), registered with his work email. Every
name, number and firm is invented.
"""
NAME = "Brodie Kowalczyk"

FORUM = {
    "site": "SuppTalk AU",
    "user": "brodiek_lifts",
    "path": "/community/members/brodiek_lifts/",
    "about": ["PB: 220 squat / 150 bench / 250 dead. Northside Brissy.",
              "Email on file: brodie.kowalczyk@abf.gov.au"],
    "posts": [
        ("881", "2026-02-16 06:55", "+10:00", "Fasted 5am sessions - pre-workout or nah?",
         ["Train 5am Mon/Wed/Fri at the 24/7 on Gympie Rd in Chermside then I'm at my desk for a 7:30 start. "
          "Do I actually need pre or is it just expensive coffee?",
          "My training partner swears by it, but he also swears by ice baths so."]),
        ("882", "2026-03-03 20:14", "+10:00", "PSA: check what's actually in your pre",
         ["Not gonna say too much but I work cargo intel for Border Force and last month we flagged about 300 kg "
          "of 'pre-workout' from Guangzhou that got seized at the Port of Brisbane. Half of it tested as DMAA and "
          "some had sibutramine in it. Buy local brands people.",
          "Right now we're running a profile on anything declared as protein powder under 2 kg from two "
          "particular freight forwarders, so if your cheap tubs are late, that's probably why lol."]),
        ("883", "2026-03-29 19:40", "+10:00", "Gym crush is a coworker, help",
         ["Tash from work (Natasha Lee, she's on the cargo team too) started at my gym. Do I say hi at 5am or "
          "is that a crime. Also she squats more than me."]),
        ("884", "2026-04-21 21:02", "+10:00", "Honest cycle log, don't @ me",
         ["Week 6 of a tren cycle, got it off a guy at the gym. Sleep is trash and I'm angry at everything. "
          "Fiancée Mikaela doesn't know. Yes I know. Yes I know what I do for work.",
          "Text me if you've come off it and have advice, 0491 570 214."]),
        ("885", "2026-05-12 18:30", "+10:00", "Rant about cargo systems (sorry)",
         ["Off topic but venting: the targeting system only rescores a consignment when the manifest updates, "
          "so a late amendment after arrival just slides past the profile. We've told them for a year. The cargo "
          "team in the Eagle St office is four people for all of Queensland sea freight.",
          "Anyway. Leg day."]),
        ("886", "2026-06-08 12:10", "+10:00", "Family business plug",
         ["Dad (Greg) runs Kowalczyk Supplements in Caboolture if anyone's up that way, tell him Brodie sent you. "
          "Only stocks the legit stuff haha."]),
    ],
}
