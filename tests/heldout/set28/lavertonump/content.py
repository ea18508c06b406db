"""Tayla Brennock (FICTIONAL): a 31-year-old Home Affairs ICT service desk officer at a Laverton North site.

A netball umpire's notes on an ActivityPub account: games, whistles, rulings, and work in asides.
Every name, handle and address is invented.
"""
NAME = "Tayla Brennock"

ACTIVITYPUB = {
    "handle": "whistletay",
    "display_name": "Tay (umpire notes)",
    "summary": "<p>C-badge netball umpire. Notes to self after every game. Day job: IT help desk, Home Affairs. "
               "Bookings for school carnivals: tay.umpires@netmail.example</p>",
    "fields": [("Badge", "C badge, working on B"), ("Based", "Altona Meadows, Vic")],
    "others": {"tashblows": "Natasha Birrell"},
    "notes": [
        (5201, "2026-02-10 21:40", "+11:00",
         "Tuesday night comp, court 3 at the Altona stadium, 7pm and 8pm games. Called contact too early in the "
         "second. Note to self: wait for the advantage.", {}),
        (5202, "2026-02-24 21:30", "+11:00",
         "Umpired with @tashblows tonight (Tash Birrell, my umpiring partner since juniors). She had the better "
         "positioning, I had the better whistle. Tuesday as always.", {"mentions": ["tashblows"]}),
        (5203, "2026-03-05 12:40", "+11:00",
         "Lunch break at work out at Laverton North. We reset 400-odd passwords a day since the MFA change and "
         "half of them are the same twenty people. Whistle practice in the car park to cope.", {}),
        (5204, "2026-03-18 20:10", "+11:00",
         "My team leader Priya Nand came to watch the Saturday game. Nice to have the boss on the sideline for once. "
         "P, you can stop yelling 'held ball' now.", {}),
        (5205, "2026-04-20 21:00", "+10:00",
         "Big news at the desk: the new identity platform goes live on 14 September and the old admin console gets "
         "switched off the same night. Expect chaos. Expect me to be slow to answer umpire emails.", {}),
        (5206, "2026-05-16 13:15", "+10:00",
         "Saturday 9am juniors at the stadium then 11am opens. My sister Meg came to the 11am and heckled me. "
         "Family is the toughest crowd.", {}),
        (5207, "2026-06-02 21:45", "+10:00",
         "Watched the Diamonds on TV. Their umpires are gods. Also walked home, it's ten minutes from our place in "
         "Altona Meadows to the stadium.", {}),
        (5208, "2026-07-14 20:30", "+10:00",
         "Funny one: a parent asked if I was 'from the border' because I check bibs like a customs officer. "
         "No mate, I work on a help desk. Rules are rules.", {}),
    ],
}
