"""Jess Ferreira (FICTIONAL): a Border Force officer at Brisbane's Hamilton cruise terminal, writing a wedding diary.

A microformats2 blog with its RSS feed (the feed's author is her work address; two posts carry a
georss point at home). Emoji, lists, excitement. Every name, handle, number and address is invented.
"""
NAME = "Jess Ferreira"
HOME = (-27.39350, 153.04620)     # a suburban street in Wavell Heights, rounded

BLOG = {
    "path": "blog",
    "title": "Something Borrowed, Something Budgeted",
    "card_note": "Bride-to-be counting down to March 2027 💍 Border Force officer by day, spreadsheet queen by night.",
    "author_email": "jess.ferreira@abf.gov.au",
    "posts": [
        ("he-asked", "2026-01-18 20:30", "+10:00", "He asked!!",
         ["Okay so it finally happened 😭💍 Marco (my fiancé!! Marco Bellini!!) asked on the back deck of our "
          "townhouse in Wavell Heights with a string of fairy lights and a very nervous dog.",
          "Obviously I said yes. Obviously I cried. Photo of the ring coming once my nails are done."],
         ["engagement"], HOME),
        ("the-list", "2026-02-08 19:10", "+10:00", "The list, version 1",
         ["Bridal party (draft!): my little sister Bec as maid of honour, Tahnee Boyle because she has held my "
          "hair back since Year 9, and my work wife Priya Sandhu, who did the academy with me and is on my shift so "
          "she has literally no choice.",
          "Marco's side: his brother and two cousins I haven't met yet lol."],
         ["bridal party"], None),
        ("cruise-day", "2026-03-01 21:45", "+10:00", "Wedding planning on a cruise day? LOL",
         ["On at 5am for the ship. We processed 4,100 pax off the Pacific Dawnstar at Hamilton today and the "
          "processing system went down for three hours so it was all manual, queue out the door. Two held for "
          "secondary, one walked off by the AFP with 80k in undeclared cash in his golf bag 😳",
          "Anyway I looked at centrepieces on my break."],
         ["work life", "venues"], None),
        ("money-talk", "2026-03-22 22:10", "+10:00", "Money talk (eek)",
         ["Honest post. The dress is on Afterpay, the photographer is on Zip, the deposit for the venue went on "
          "the credit card and we've taken a personal loan at 19% for the rest. Marco thinks it's 'fine'. "
          "I am not sleeping great.",
          "Vendors, if you're reading: email us at jess.and.marco@wedmail.example, please be gentle."],
         ["budget"], None),
        ("mil-to-be", "2026-04-12 17:00", "+10:00", "MIL-to-be has opinions",
         ["Lorraine (future MIL, love her, she's a lot) wants a Catholic ceremony AND a string quartet. Marco "
          "says he'll 'talk to her'. Sure babe."],
         ["family"], None),
        ("fittings", "2026-05-03 18:30", "+10:00", "Fittings are a schedule now",
         ["Dress fittings every Thursday at 6pm in Nundah until August, so if you're on my roster, I am not "
          "swapping into a Thursday late. Cruise days I'm on at 5am at Portside anyway so Thursday evenings are "
          "sacred."],
         ["dress"], None),
        ("sunday", "2026-05-24 16:20", "+10:00", "Sunday sunset",
         ["Sunset from the back deck, practising my 'candid' smile for the photographer. Bec says it looks "
          "like a hostage photo."],
         ["home"], HOME),
        ("border-collie", "2026-06-14 12:00", "+10:00", "Pet in the bridal party?",
         ["Tahnee's border collie is going to be ring bearer. This is non-negotiable. Also: is the department "
          "store registry a cop-out? Asking for a friend."],
         ["bridal party"], None),
    ],
}
