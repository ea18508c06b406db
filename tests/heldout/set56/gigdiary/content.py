"""Marcus Dunleavy (FICTIONAL): ABF trainer of new recruits, home in Taree; a comedian's gig diary."""
NAME = "Marcus Dunleavy"

BLOG = {
    "path": "gigs",
    "title": "Dunleavy Does Ten Minutes",
    "card_note": "Stand-up comedy from the Manning Valley. Day job: teaching grown adults to march in a straight line.",
    "rel_me": [],
    "posts": [
        ("manning-open-mic", "2026-02-12 23:10", "+11:00", "Open mic, week 6",
         ["Thursday open mic at the Manning Hotel, 8pm, same as every Thursday. New bit: training Border Force "
          "recruits is like herding cats who have been issued handcuffs. Got a laugh from the bar staff, who count "
          "double."],
         ["open mic"], None),
        ("new-intake", "2026-02-23 21:00", "+11:00", "Material from the day job",
         ["Fly down Monday mornings to the ABF recruit college in Canberra, home Friday night. 48 in the new "
          "intake, three already washed out on the firearms shoot and one failed the drug test in week two. You "
          "cannot write this stuff."],
         ["day job"], None),
        ("donna", "2026-03-05 22:30", "+11:00", "Donna has requested not to be in the act",
         ["My offsider on the recruit course, Donna Keel, has formally requested not to be in the act. Too late, "
          "Donna. The bit about you and the whistle is my closer now."],
         ["material"], None),
        ("port-opener", "2026-03-21 23:50", "+11:00", "Opening for Tash",
         ["Opened for Tash Okoro at the Port Macquarie comedy night. Tash is the funniest person on the Mid North "
          "Coast and let me sleep on her couch after. Twelve minutes, one heckler, zero regrets."],
         ["gigs"], None),
        ("remy-review", "2026-04-18 20:00", "+10:00", "Notes from home",
         ["My partner Remy watched the tape and says my act is ninety per cent about recruits. Remy is right. "
          "Writing new stuff at my flat above the bakery on Victoria Street, Taree, which smells like pies."],
         ["writing"], None),
        ("bookings", "2026-05-02 12:00", "+10:00", "Bookings for spring",
         ["Taking bookings for spring: pubs, clubs, a department store Christmas party if you are brave. "
          "Email marcus.laughs@gigmail.example."],
         ["bookings"], None),
    ],
}
