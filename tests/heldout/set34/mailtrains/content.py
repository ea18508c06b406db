"""Keith Brommell (FICTIONAL): 61-year-old Border Force officer at the international mail exchange at Perth Airport.

A long-winded model-railway forum (plain thread pages); the forum's about box shows the work email
he registered with. Lives in Forrestfield. Every name, number and address is invented.
"""
NAME = "Keith Brommell"

FORUM = {
    "site": "WA Model Railway Forum",
    "user": "KeithB_HO",
    "path": "/forum/u/KeithB_HO/",
    "about": [
        "Keith. HO scale, WAGR steam era, 1950s Midland. Layout is 'Helena Junction' in the back shed at "
        "Forrestfield, 6 x 3.5 m, DCC.",
        "Email on file: keith.brommell@abf.gov.au (only one I ever remember to check).",
        "Swap meets and spare rolling stock: text 0491 570 388.",
    ],
    "posts": [
        ("4410", "2026-02-08 20:40", "+08:00", "Helena Junction progress (long, sorry)",
         ["Evening all. I promised an update on Helena Junction and, as those who know me will groan, it's a "
          "long one, so put the kettle on.",
          "The ballasting on the main is finally done, the Pmr is running sweetly after the decoder swap, and "
          "my grandson Hamish has taken over the scenery on the far end, which means there are now more "
          "kangaroos per square metre than in the whole of the Avon Valley.",
          "For those asking why progress is slow: I work four on, four off out at the mail exchange at the "
          "airport, 6 till 6 days, so the layout gets the off days and the Thursday club nights at Bassendean "
          "at 7.30 when I'm not rostered. Carol, my better half and the Signalman in Chief, permits two "
          "evenings a week in the shed. Negotiations are ongoing."],
         ),
        ("4417", "2026-02-22 19:55", "+08:00", "A cautionary tale about 'model train parts'",
         ["Not strictly railway, but it's about our hobby, so the mods can move it if they like.",
          "Some of you know that I'm with Border Force at the mail centre. Last month one of our x-ray "
          "operators pulled a parcel from Shenzhen declared as 'model train parts, HO', and inside were a "
          "3D-printed pistol frame and two slides packed in with a box of track pins. Four more came through "
          "that week to the same PO box in Midland. The AFP have it now, so I'll say no more, except: if "
          "somebody offers you cheap 'parts' off a website you've never heard of, think twice.",
          "And if you're importing genuine bits from China, put an honest description on it, or you'll be "
          "waiting for it while someone like me opens it."],
         ),
        ("4423", "2026-03-07 21:10", "+08:00", "DCC decoder update bricked my loco (and work's no better)",
         ["Has anyone else had the new firmware on the sound decoders brick a loco? Mine now plays the whistle "
          "on a loop and refuses to move.",
          "Funny timing, because the parcel x-ray machines at work got a software update the same week and "
          "now each image takes forty seconds to come up. We're running the belt with one screen of three "
          "working, and the vendor can't come out till April. Technology, eh."],
         ),
        ("4431", "2026-03-21 20:25", "+08:00", "Thank you, club (and a small whinge)",
         ["A proper thank-you to the Bassendean club for the exhibition last weekend, and especially to Ted "
          "Vukovic, who carted my modules in his trailer when my back went.",
          "My offsider Priya from the mail exchange came along with her kids and now wants a layout, so that's "
          "another one lost to the hobby.",
          "The whinge: after thirty years they've knocked me back for the supervisor job again, the third time, "
          "for a bloke who's been in the job five minutes. I've stopped caring, to be honest. Counting down "
          "to the pension and Helena Junction full-time."],
         ),
        ("4438", "2026-04-04 19:30", "+08:00", "Department store trains at Easter?",
         ["Saw a starter set in the department store at Midland Gate for $89. Plastic, but Hamish loved it. "
          "Is it worth putting on the layout for the little ones, or will the purists have my head?"],
         ),
    ],
}
