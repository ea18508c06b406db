"""Douglas Farquhar (FICTIONAL): 57, intelligence analyst with Border Force in Melbourne, long-winded whisky blog.

A microformats2 tasting blog with its RSS feed; the feed is authored under his official address, and one
post carries a georss point on his balcony. Every name, pub, address and number is invented.
"""
NAME = "Douglas Farquhar"

HOME = (-37.7716, 144.9787)      # a rounded point on an ordinary street in Brunswick East VIC

BLOG = {
    "path": "dram",
    "title": "A Dram Considered",
    "card_note": "Tasting notes, at unreasonable length, from a kitchen table in Brunswick East. Views my own.",
    "locality": "Brunswick East",
    "region": "VIC",
    "author_email": "douglas.farquhar@abf.gov.au",
    "posts": [
        ("lagavulin-and-a-confession", "2026-02-08 21:40", "+11:00", "Lagavulin 16, and a confession of sorts",
         ["There is a particular kind of silence in a flat that used to hold two people. Since Moira and I separated "
          "in the autumn I have found that the evenings are long, the telephone rarely rings, and a peated Islay is "
          "better company than I have any right to expect.",
          "Nose: iodine, wet rope, a bonfire two streets away. Palate: smoke first, then dried fruit, then smoke "
          "again, rather like an argument one keeps having with oneself. Finish: long. Longer than the marriage "
          "deserved, some would say, but I digress, as I usually do.",
          "I shall not pretend I am coping splendidly. I am not. But the bottle is two-thirds gone and I have at "
          "least written something down."],
         ["islay", "personal"], None),
        ("auction-fever", "2026-02-22 20:15", "+11:00", "On auction fever, and the arithmetic of regret",
         ["A cautionary tale. I bid on a 1990s Port Ellen at an online auction on Sunday night, told myself I would "
          "stop at a sensible number, and did not stop at a sensible number. Nor at the next one.",
          "The credit card is now, as my daughter Fiona would put it, 'absolutely cooked': a shade over eleven "
          "thousand dollars, and I rang the bank's hardship line on Monday morning from the car park at work rather "
          "than from my desk, which tells you something. Fiona, who is in her second year at Melbourne Uni and "
          "considerably wiser than her father, has confiscated my auction password.",
          "The Port Ellen, for the record, is magnificent. That does not help."],
         ["auctions", "regret"], None),
        ("manifests-and-malt", "2026-03-07 19:05", "+11:00", "Manifests and malt: what I do all day",
         ["People at the Society occasionally ask what I do for a crust. The short version: I am an intelligence "
          "analyst with Border Force, which mostly means reading other people's shipping manifests until the "
          "numbers start to tell a story. The long version would get me into trouble.",
          "Our floor at the Docklands office looks out over the water, and on a clear afternoon one can see the "
          "container cranes at Swanson Dock and wonder which box is lying about its contents.",
          "My team leader, Priya Raman, has a palate far better than mine; she sat beside me at the section's "
          "Christmas lunch and picked the sherry cask in a blind glass of Glendronach before I had finished "
          "sniffing it. Priya is wasted on intelligence work. Or possibly intelligence work is wasted on me."],
         ["work", "sherry"], None),
        ("the-bucket", "2026-03-21 22:30", "+11:00", "A short rant, then a Springbank",
         ["Forgive a short rant. The system our analysts live in, which everyone calls 'the Bucket' because "
          "everything goes in and very little comes out, has been down more than it has been up since the upgrade "
          "in February. Queries time out, the link charts vanish, and the vendor's man says 'next sprint'.",
          "I have taken to keeping my own spreadsheet of the entities I am working on, on a USB stick in my jacket "
          "pocket, so I do not lose a fortnight's work every time it falls over. Security would not love this. "
          "Security does not have to meet the deadlines.",
          "The Springbank 10, by contrast, has never once timed out on me."],
         ["work", "campbeltown"], None),
        ("solvent", "2026-04-12 20:50", "+10:00", "Ardbeg, and the virtue of patience",
         ["Patience is the analyst's only real skill and the distiller's too. Without saying too much: we have been "
          "watching a little freight forwarder out in Laverton bring in drums of 'industrial solvent' from the same "
          "supplier for three months, and the drums weigh wrong. The AFP are planning to knock on the door on the "
          "28th, and I confess I shall be watching my phone all that morning.",
          "Ardbeg Uigeadail: tar, Christmas cake, a log fire. Worth every minute of the wait."],
         ["work", "islay"], None),
        ("society-night", "2026-05-09 23:10", "+10:00", "Society night: three Speysides and a Hamish",
         ["The Brunswick Whisky Society met as always on the first Thursday of the month, at 7.30 in the back room of "
          "the Lyndhurst Arms on Lygon St, and as always I was there early to help Hamish set out the glasses.",
          "Hamish Greig, who founded the Society in 2009 and is my oldest friend in this city, brought a Mortlach "
          "that silenced the table. I brought a Glenfarclas I cannot afford, which Hamish was kind enough not to "
          "mention.",
          "Someone asked whether I had been watching Border Security again. I have not; it gives me indigestion. "
          "And a note to the uninitiated: the whisky counter at the department store on Bourke St is not a "
          "substitute for a proper bottle shop."],
         ["society", "speyside"], None),
        ("balcony-dram", "2026-06-14 21:00", "+10:00", "A balcony dram in June",
         ["Too cold for the balcony, really, but the tram bells on Nicholson St and a Talisker 10 in a heavy glass "
          "make a decent case for an overcoat and ten minutes outside.",
          "Pepper, sea spray, a little smoke. The flat is quiet. The glass is not."],
         ["island", "home"], HOME),
    ],
}
