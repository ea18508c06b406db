"""Siobhan Keary (FICTIONAL): Home Affairs in-house senior legal officer working from home in Moonah for the Canberra
office; a blog written in long run-on sentences, its feed authored under her work email. Everything is invented."""
NAME = "Siobhan Keary"
HOME = (-42.84580, 147.30270)   # a residential street in Moonah, rounded

BLOG = {
    "path": "blog",
    "title": "Kettle On, Moonah",
    "card_note": "Long sentences, strong tea, a lawyer who never learned to stop typing.",
    "card_job": "Senior Legal Officer",
    "card_org": "Department of Home Affairs",
    "locality": "Moonah",
    "region": "TAS",
    "author_email": "siobhan.keary@homeaffairs.gov.au",
    "posts": [
        ("walking-the-block", "2026-02-17 19:30", "+11:00", "Walking the block",
         ["Every Tuesday and Thursday at half six I walk the dog around the block and up past the shops on Main Road "
          "before I log on at eight and the Canberra people start ringing at nine, which they always do, even though "
          "I have told them a hundred times that Hobart is not a different time zone, it is just colder, and the dog "
          "does not care either way as long as she gets the lamp post outside the bakery."],
         ["life"], HOME),
        ("the-matter", "2026-03-09 21:10", "+11:00", "The matter that ate March",
         ["So the judicial review I have been drowning in since the start of March, the one about the cancelled visas "
          "of the eleven crew off that fishing boat, is finally listed in the Federal Court here in Hobart on the "
          "fourteenth, and the barrister from AGS thinks we will lose on procedural fairness, which frankly I told the "
          "branch back in April, and my director Anand Pillai agreed with me on the phone but would not put it in an "
          "email, which tells you everything."],
         ["work"], None),
        ("hallway-office", "2026-03-24 20:00", "+11:00", "My office is a hallway",
         ["The secure laptop they sent me from Canberra needs the token and the VPN and then refuses to talk to our "
          "NBN unless I sit on the floor of the hallway next to the modem, and Casey, which is what we call the "
          "legal case management system, times out after nine minutes so I have learned to type fast and save "
          "often and swear quietly."],
         ["work"], None),
        ("our-lot", "2026-04-12 18:45", "+10:00", "Our lot",
         ["My husband Ciaran has taken both kids, Maeve who is nine and Tadhg who is six, to his mother's in "
          "Glenorchy for the afternoon, which means I have written this whole post without once being asked where the "
          "good scissors are, and then a friend from book club came over with a lemon slice and we watched two "
          "episodes of Rake, which I am told is not a documentary."],
         ["family"], None),
        ("third-time", "2026-05-06 22:30", "+10:00", "Third time lucky, apparently not",
         ["Passed over for the EL2 job for the third time and told in the feedback that I am not visible enough, "
          "which is a lovely way of saying I live in Tasmania, and I have stopped pretending I am not angry about it, "
          "and I have started reading the jobs pages at the university and the state Solicitor-General's office, "
          "and I am not sorry."],
         ["work"], None),
        ("elizabeth-street", "2026-05-20 17:00", "+10:00", "Elizabeth Street",
         ["Went into town for shoes and the department store on Elizabeth Street has closed its whole top floor, "
          "which is where the good umbrellas were, and now I will have to go to the border of the city and the "
          "outlet place like an animal."],
         ["life"], None),
    ],
}
