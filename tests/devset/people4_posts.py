"""Dev rows for round 4's people failure classes, written in our own words (never from held-out texts).

Family: a relative named a few tokens after the relation phrase past an emoji, a dash or a colon; a couple
stated by the event (years married, a date set, a separation); ex-partners named at once or as the next
sentence's subject with the children. Associates: a tagged friend's nickname as the next subject, an oldest
friend, a podcast co-host. Colleagues by work role (field partner, senior trainer, coxswain, a work area).
Each class has near-miss decoys. Appended by build_devset.py after every older row, so ids stay put.
"""
from __future__ import annotations

PEOPLE4_POSTS: list[tuple] = [
    # --- family: past an emoji / dash
    ("ap", "Servo pie for two w the missus 🥧🚗 Lorna says it beats any cafe in town.", "family=lorna"),
    ("he", "Trivia night with my husband 🧠 — Callum knew every capital city, show-off.", "family=callum"),
    ("rss", "Veggie patch day with hubby: Tobias planted the tomatoes upside down again.", "family=tobias"),
    ("ap", "Beach walk w my girlfriend 🌊🐚 Rhiannon found a sand dollar.", "family=rhiannon"),
    # --- family: by the event
    ("he", "Damien and I 12 yrs married today and he still can't load a dishwasher.", "family=damien"),
    ("ap", "Keiko and I have set a date!!! Autumn in the Hunter 🍇💍", "family=keiko"),
    ("rss", "Marissa and I separated in March. It's been rough but the kids are doing ok.", "family=marissa"),
    # --- family: ex-partners
    ("ap", "My ex-wife Yolanda dropped the boys off two hours late, again.", "family=yolanda"),
    ("he", "My ex and I finally sorted the school holidays. Trent has them the first week.", "family=trent"),
    # family decoys
    ("rss", "Lunch with my wife. Gemma from the bakery gave us a free vanilla slice.", ""),
    ("ap", "Ned and I set a date for the fishing trip, can't wait.", "associate=ned"),   # a friend, not a fiancé
    ("he", "My ex-housemate left. Corey has the spare key now.", ""),
    # --- associates
    ("ap", "Surfing Bells with @macca_obrien this morning. Macca dropped in on a longboarder lol", "associate=@macca_obrien | associate=macca", {"mentions": ["macca_obrien"]}),
    ("rss", "Birthday lunch with my oldest friend Philippa Grange, 30 years of friendship.", "associate=philippa grange"),
    ("he", "New episode up! My co-host Desmond Achterberg and I rank every meat pie in Ballarat.", "associate=desmond achterberg"),
    ("rss", "Ran into a fellow paramedic from my old station at the markets, Quentin Hale, small world.", "associate=quentin hale"),
    # associate decoys
    ("ap", "Surfing with @bells_report this morning. Sharon the lifeguard closed the beach.", "associate=@bells_report", {"mentions": ["bells_report"]}),
    # --- colleagues
    ("he", "My field partner Wendell Ashby and I worked the container wharf together today, long shift at Border Force.", "colleague=wendell ashby | employer=australian border force"),
    ("rss", "Recert day at ABF, the senior trainer, Harriet Kang, was brutal on the range.", "colleague=harriet kang | employer=australian border force"),
    ("ap", "Our coxswain Eamon Pryce got us back to port in one piece, proud to work for Border Force.", "colleague=eamon pryce | employer=australian border force"),
    ("he", "Border Force life: Tanvir from the examination floor found a python in a parcel.", "colleague=tanvir | employer=australian border force"),
    # colleague decoys
    ("rss", "Back on the examination floor at ABF tomorrow, early start.", "employer=australian border force"),
]
