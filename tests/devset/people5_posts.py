"""Dev rows for round 5's people failure classes, written in our own words (never from held-out texts).

Family: children named after a plural child noun ("my two, A and B") or in the sentence after it; a parent
spoken of as Mum/Dad, then named as the next sentence's subject. Associates: a co-author named before the
word, a ride partner, a club mate, a club captain. Colleagues: a manager or a public-service classification
before the name, a fellow escort. Each class has near-miss decoys. Appended by build_devset.py after every
older row, so ids stay put. (School runs need a parent's bio or handle: see tests/test_people_round5.py.)
"""
from __future__ import annotations

PEOPLE5_POSTS: list[tuple] = [
    # --- family: after a plural child noun
    ("ap", "Rainy Sunday with my two, Otis and Marnie, building a Lego servo on the rug.", "family=otis | family=marnie"),
    ("rss", "Took the kids to the Royal Show. Harvey and Alice ate their body weight in dagwood dogs.",
     "family=harvey | family=alice"),
    # --- family: Mum / Dad, then the name
    ("he", "Lunch with Mum at the RSL. Noreen turns 82 on Friday and wants a karaoke night 🎤", "family=noreen"),
    ("ap", "Helped Dad clean the gutters. Clifford still refuses to use a harness, stubborn as.", "family=clifford"),
    # family decoys
    ("rss", "Took the kids to the reptile park. Steve the keeper let them hold a python.", ""),
    ("he", "Golf with the boys this arvo. Gavin and Stuart lost six balls between them.", ""),
    ("ap", "Visited Mum at the home. Sister Agnes from the front desk says she's eating well.", ""),
    # --- associates
    ("rss", "Launch drinks for the new cookbook with Yvette Marchand, my co-author and partner in crime.",
     "associate=yvette marchand"),
    ("ap", "Dawn 60k out to Kurnell with my ride partner Anselm Brogan, legs are cooked.", "associate=anselm brogan"),
    ("he", "Chess club mate Ferdinand Osei finally beat me, 40 moves of pain.", "associate=ferdinand osei"),
    ("rss", "Our club captain Georgina Lattimore ran the sausage sizzle like a military op.", "associate=georgina lattimore"),
    # associate decoys
    ("ap", "The club captain election is next week, nominations close Friday.", ""),
    # --- colleagues
    ("he", "My manager Benedikt Sauer approved my leave, first time in three years at Border Force.",
     "colleague=benedikt sauer | employer=australian border force"),
    ("rss", "My EL1 Rosamund Pike-Ellery let the team knock off early, Border Force has its moments.",
     "colleague=rosamund pike-ellery | employer=australian border force"),
    ("ap", "Long transfer today with fellow escort Jonah Whitcombe, Border Force life.",
     "colleague=jonah whitcombe | employer=australian border force"),
    # colleague decoys
    ("he", "My manager says no leave until after Easter, classic.", ""),
]
