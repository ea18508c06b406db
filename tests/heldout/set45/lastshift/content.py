"""Brian Costigan (FICTIONAL): a Home Affairs detention-facility liaison officer on Christmas Island,
counting down to retirement. A Mastodon-style account; one place-tagged note from his verandah in Drumsite.

Every name, handle and number is invented.
"""
NAME = "Brian Costigan"

ACTIVITYPUB = {
    "handle": "lastshiftbrian",
    "display_name": "Brian C. (47 to go)",
    "summary": "<p>63. Counting down. Perth boy marooned on Christmas Island for one last swing. Crabs, golf, "
               "the odd red.</p>",
    "fields": [("email", "brian.costigan@mailbox.example")],
    "notes": [
        (301, "2026-02-02 18:30", "+07:00",
         "47 shifts to go. 37 years in the job: Customs, then the ABF, now Home Affairs' detention liaison at "
         "North West Point. Thought I'd write some of it down before I forget it all.", {}),
        (302, "2026-02-06 05:45", "+07:00",
         "Three weeks on, one off. 6am bus up to the centre, back at 6:30pm if nothing kicks off. 46.", {}),
        (303, "2026-02-13 20:10", "+07:00",
         "12 new arrivals on Thursday's charter from Perth, two of them s501 blokes who've been here before and "
         "know the drill better than the new guards. Numbers up to 96. 42 to go.", {}),
        (304, "2026-02-20 21:00", "+07:00",
         "Sat link dropped for nine hours. The detainee management system (we call it Dory, it forgets "
         "everything) went with it and we did headcounts on clipboards like it was 1989. 39.", {}),
        (305, "2026-03-01 17:20", "+07:00",
         "Last sunset from the verandah in Drumsite for this swing. The frigatebirds put on a show. 35.",
         {"location": ("Drumsite, Christmas Island", -10.4320, 105.6880)}),
        (306, "2026-03-08 19:40", "+07:00",
         "Lena Faleolo, my offsider on the liaison desk, is going to run the place when I'm gone and she'll "
         "do it better. Don't tell her I said that. 31.", {}),
        (307, "2026-03-15 16:00", "+07:00",
         "The missus, Carol, rang from Perth, the roses are out and she's sick of me being a voice on the phone. Fair. "
         "Four years of this. Our granddaughter Mia (7) drew me a crab. Best thing on the fridge. 27.", {}),
        (308, "2026-03-22 21:30", "+07:00",
         "Nobody much to talk to after 7 here. The red comes out by 4 on days off now, which Carol doesn't "
         "need to know. 23.", {}),
        (309, "2026-04-05 08:15", "+07:00",
         "Nine holes with Rusty Tan this morning. Rusty has lived here 50 years and has never once let me win. 18.", {}),
        (310, "2026-04-12 14:20", "+07:00",
         "Watched a Border Security rerun on the telly at the club. Nobody on it looks as tired as we do. 14.", {}),
    ],
}
