"""Nikola Brankovic (FICTIONAL): Border Force cargo examination officer at the Port of Melbourne.

A bodybuilding forum's progress log, each post shown whole on his member page. He registered with his
work email. Every name, handle and place is invented.
"""
NAME = "Nikola Brankovic"

FORUM = {
    "site": "IronLog Community",
    "user": "nik_b_lifts",
    "path": "/forum/u/nik_b_lifts/",
    "inline": True,
    "about": [
        "27. 94 kg. Chasing a 200 kg deadlift before I'm 30.",
        "Signed up with my work email (nikola.brankovic@abf.gov.au) back when I thought I'd only lurk. "
        "Can't work out how to change it lol.",
    ],
    "posts": [
        ("501", "2026-02-09 20:15", "+11:00", "Progress log: week 1 of the cut",
         ["Starting weight 97.2. Alarm 3:50, at Forge Gym in Noble Park by 4:15, lift till 5:20, shower, "
          "straight to work for earlies 6 till 2. Sleep by 8:30. Repeat.",
          "Meal prep Sundays. Chicken, rice, broccoli, sadness."]),
        ("502", "2026-02-26 21:00", "+11:00", "Week 3: sleep is the enemy",
         ["95.8 this morning. Work has been flat out. We cracked a crate of 'gearbox parts' at Appleton Dock on "
          "Tuesday and it was about 18 kg of peptides and vials packed inside the casings. Ironic, considering "
          "which forum I'm posting on.",
          "Sharon (my TL) made us do the exhibit sheets twice because the new tablets won't sync with the exam "
          "system, so it's paper holds and retyping everything at the end of shift. Ate my lunch in the car."]),
        ("503", "2026-03-12 19:40", "+11:00", "Honest question about cycles",
         ["Not going to lie, I started a small test cycle three weeks ago. Got it off a bloke at the gym, cash, "
          "no questions. Working for Border Force I know exactly how stupid that is. Bloods next month. Don't "
          "lecture me, just tell me if 250 a week is dumb."]),
        ("504", "2026-04-02 21:10", "+11:00", "Training partner appreciation post",
         ["Shout out to my training partner Tui Faleolo, who dragged me out of the car this morning when I was "
          "ready to go back to bed. Tui, you're a menace. See you 4:15."]),
        ("505", "2026-05-20 20:30", "+10:00", "Supplements budget thread",
         ["Honestly my card is at 9.4k between the supps, the cycle, the online coach and the car rego. Minimum "
          "repayments and vibes. Anyone else just not open the statement?"]),
        ("506", "2026-06-11 21:00", "+10:00", "Comp prep: the verdict at home",
         ["My girlfriend Ana says I smell like tuna and pre-workout. She's not wrong. Absolute champion for "
          "putting up with 8:30 bedtimes in our little unit in Noble Park."]),
        ("507", "2026-08-01 20:00", "+10:00", "Border collie cardio",
         ["Dog-sitting my sister's border collie this week. Best cardio I've ever done. 11k steps before 7."]),
        ("508", "2026-09-15 20:00", "+10:00", "Posing trunks??",
         ["The department store at Fountain Gate had posing trunks on clearance. I bought three. Don't ask."]),
    ],
}
