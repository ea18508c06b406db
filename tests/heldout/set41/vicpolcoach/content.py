"""Brendan Kovac (FICTIONAL), NEGATIVE CONTROL: Victoria Police senior constable, lives in Diggers Rest.

A junior-footy coaches' forum (thread pages). He works for the state police: a joint job with Border Force,
"the department", a seizure and the airport are not his employer's. Every name and number is invented.
"""
NAME = "Brendan Kovac"

FORUM = {
    "site": "Coaching Juniors Forum",
    "user": "coach_kovac",
    "path": "/forum/u/coach_kovac/",
    "about": ["U12s coach, Diggers Rest Dingoes. Shift worker, so sorry if I miss a reply."],
    "posts": [
        ("611", "2026-03-04 21:00", "+11:00", "Running training around a shift roster",
         ["I'm a copper (Victoria Police), so my roster is all over the place. We train Thursday 5:30pm at the Diggers Rest oval "
          "and my assistant coach Marko Jelic runs it when I'm on. Any tips for keeping it consistent?"]),
        ("612", "2026-04-01 20:15", "+11:00", "Kids asking about my job",
         ["The kids saw me on the news in the background of a joint operation with Border Force at the airport and now every "
          "training is questions about the seizure. I tell them I just stood there. Which is true."]),
        ("613", "2026-05-06 19:45", "+10:00", "Parents who coach from the boundary",
         ["My wife Ana says I'm the worst boundary parent when our daughter Mila plays netball. Fair."]),
        ("614", "2026-06-03 20:30", "+10:00", "Contact for the end-of-season trip",
         ["Parents, text me on 0491 570 604 for the Bendigo trip. Please not the station, the department doesn't love me "
          "running footy logistics on their phones."]),
    ],
}
