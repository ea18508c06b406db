"""Ian Foulkes (FICTIONAL): a 62-year-old Home Affairs ICT officer nursing a legacy border system.

A model-railway forum (posts shown whole on his member page, each with its permalink), joined with his work
email. Long, chatty posts. Every name, number and handle is invented.
"""
NAME = "Ian Foulkes"

FORUM = {
    "site": "Southern Tablelands Model Railway Forum",
    "user": "ianf_HO",
    "path": "/forum/u/ianf_ho/",
    "inline": True,
    "about": ["HO scale, NSWGR steam, 1950s. Murrumbateman NSW.",
              "Registered with my work email (ian.foulkes@homeaffairs.gov.au) as it's the only inbox I read."],
    "posts": [
        ("6101", "2026-03-15 16:20", "+11:00", "Layout progress, year six",
         ["Year six on the Goulburn branch layout in the shed out the back at Murrumbateman. Ballasting is done on "
          "the main, the yard throat is not. My wife Carol reckons the shed gets more of my time than she does, and "
          "she's probably right, but the shed doesn't ask me to clean the gutters."]),
        ("6102", "2026-04-23 21:10", "+10:00", "Apologies for the slow progress",
         ["Sorry all, work's been mad. The old mainframe at Home Affairs that runs the passenger movement side (we "
          "call it the Dinosaur) fell over on Tuesday and took the alerts feed to the airport kiosks down for four "
          "hours. It still runs on a 1990s job scheduler and there are three of us left who understand it. I'm one "
          "of them, God help us all. The admin login for it is on a laminated card in a drawer, which tells you "
          "everything."]),
        ("6103", "2026-05-20 19:45", "+10:00", "Running nights and exhibition",
         ["Every Thursday night 7pm is running night at the Yass club rooms if anyone wants to bring stock. I "
          "drive into Brindabella Park at 6:30 Monday to Friday so I'm usually first there with the urn on at 6:45.",
          "Exhibition is the first Saturday in October at the Yass showground."]),
        ("6104", "2026-06-27 13:30", "+10:00", "For sale: three Austrains 38 class",
         ["Selling three 38 class, boxed, DCC fitted, $900 the lot. Ring 0491 570 512 or "
          "ianfoulkes@railmail.example. Pick up Murrumbateman or I'll bring them Thursday."]),
        ("6105", "2026-08-09 20:55", "+10:00", "Retirement? Ha.",
         ["Put my hand up for a redundancy and got knocked back. They won't let me go because nobody else can keep "
          "the Dinosaur alive, and the replacement has blown its budget by 300 million and been pushed to 2029. "
          "Forty years of service and I'm a hostage. Bitter about it, frankly, and Carol's had enough of hearing it."]),
        ("6106", "2026-09-20 17:10", "+10:00", "Arduino signals, with help",
         ["Doug Penney from the Yass club came round and we wired the points on the branch. Also a young fella from "
          "work, Rohan Mistry, who's on the mainframe team with me, wrote the Arduino code for the signals in an "
          "afternoon. Makes me feel about a hundred."]),
    ],
}
