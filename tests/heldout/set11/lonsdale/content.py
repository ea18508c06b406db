"""Jordan Phan (FICTIONAL): 25-year-old student-visa processing officer, Home Affairs Melbourne office.

Reddit-style threads on a public-servants' forum (posts shown whole on the member page, each with its
own permalink). Every name, handle and address is invented; the official address is an invented mailbox.
"""
NAME = "Jordan Phan"

FORUM = {
    "site": "PS Yarns",
    "user": "throwaway_aps4",
    "path": "/forum/u/throwaway_aps4/",
    "inline": True,
    "about": ["aps4 @ home affairs, melb. made this acct with my work email (jordan.phan@homeaffairs.gov.au) like an "
              "idiot, pls dont dox"],
    "posts": [
        ("801", "2026-02-10 19:30", "+11:00", "TIFU by finalising 40 student visas before lunch",
         ["so our team target is 60 finalisations a day each now. TL says refuse anything with a gap in the funds "
          "evidence, dont bother requesting more info. backlog in our queue is like 14k.",
          "edit: yes i know. tl;dr the vibes are bad"]),
        ("802", "2026-02-24 21:15", "+11:00", "is it just us or is the new case tool cooked",
         ["the new salesforce thing logs us out every 20 min so half the team just works in the TL's session. "
          "also lowkey scary how i can pull up anyone's whole travel history from it lol"]),
        ("803", "2026-03-09 18:40", "+11:00", "commute chat",
         ["flex start 7:30, i get the 6:58 Upfield line in, RDO every second monday, Fitness First on Bourke at 6pm "
          "after. rate my routine"]),
        ("804", "2026-03-22 20:05", "+11:00", "sharehouse horror stories",
         ["our sharehouse in coburg has one bathroom for 5 ppl. housemate Dev (Devesh Rao) plays guitar at 2am. "
          "love him but"]),
        ("805", "2026-04-14 12:20", "+10:00", "best banh mi near the office",
         ["we're level 5 at 2 Lonsdale St. need lunch recs that arent the food court"]),
        ("806", "2026-05-05 22:10", "+10:00", "AITA for being salty about the EL1 acting",
         ["my TL (Mel Ostrowski) got the acting EL1 and i didnt even get an interview. ive carried this team for a "
          "year. honestly over this place"]),
        ("807", "2026-05-27 23:30", "+10:00", "how cooked am i (finance)",
         ["8k on two credit cards, 2k on zip, paid last months rent with a payday loan. on an aps4 salary. be honest"]),
        ("809", "2026-07-02 20:40", "+10:00", "gaming squad?",
         ["lf squad for friday nites, add me on discord: jordyphan_99"]),
        ("810", "2026-07-21 13:00", "+10:00", "myer sale",
         ["the department store sale is on if anyone needs work shirts"]),
    ],
}
