"""Leilani Vaughan (FICTIONAL): Home Affairs visa processing officer, Parramatta, who writes in the second person."""
NAME = "Leilani Vaughan"

BLOG = {
    "path": "blog",
    "title": "You Know The Feeling",
    "card_note": "Long posts about small things. Say hi: leilani.vaughan@inbox.example",
    "posts": [
        ("platform-two", "2026-02-16 20:30", "+11:00", "You know when the train is late again",
         ["You know when you've stood on platform 2 at Wentworthville at 7:12 every weekday for three years, and the "
          "7:14 to Parramatta is late again, and you do the maths on whether you still make it to your desk at the "
          "Home Affairs office on level 7 by 7:30? You know that feeling. You stop checking the board. You just breathe.",
          "You walk past the same coffee cart every morning and you never buy anything, because payday is Thursday and "
          "it's Monday."]),
        ("the-queue", "2026-03-09 21:10", "+11:00", "You know when the number doesn't go down",
         ["You know when you've worked at Home Affairs for nine years and you open your queue on a Monday and there "
          "are 212 partner visa applications allocated to you? And your team leader, Marguerite, says the target is "
          "forty finalised a week, and the quickest way to finalise is a refusal, so you can guess how the week goes.",
          "You feel the weight of every one of those names. Then you go home and make dinner anyway."]),
        ("the-freeze", "2026-04-14 19:45", "+10:00", "You know when the system freezes at 10:30",
         ["You know when ICSE freezes at 10:30 every single morning because the new case management platform is "
          "syncing, and IT say it's a known issue, and you keep your password on a post-it under the keyboard because "
          "it forces a reset every thirty days and you can't remember the last four?",
          "You make a cup of tea. You wait. You pretend it's a break."]),
        ("saturdays", "2026-05-23 22:00", "+10:00", "You know when it's his weekend",
         ["You know when Maya's netball is at 8am Saturday at the Merrylands courts, and it's meant to be his weekend, "
          "and he turns up late anyway, and she looks at you like you can fix it? Eleven months since he moved out. "
          "You can't fix it.",
          "You know when the rent goes up $90 a week and you put the groceries on Afterpay again and tell yourself "
          "it's only this fortnight."]),
        ("brunch", "2026-06-20 15:30", "+10:00", "You know when your best friend won't take no",
         ["You know when your best friend Renee Kaur turns up at your door with a bottle and says you're coming to "
          "bottomless brunch whether you like it or not? You go. You laugh for the first time in a month. You owe her."]),
        ("sale", "2026-07-11 18:00", "+10:00", "You know when the sale isn't a sale",
         ["You know when the department store has a 'mid-season sale' and everything is the same price as last week? "
          "You leave with nothing. Small victories."]),
    ],
}

# posts are (slug, local time, offset, title, paragraphs); every one is tagged with the blog's one category, none has a place
BLOG["posts"] = [(*p, ["notes"], None) for p in BLOG["posts"]]
