"""Trent Ashby-Cole (FICTIONAL): ABF officer from Ulverstone (Devonport seaport) on a 12-week course at the
ABF College in Canberra; a dad-joke account. Everything is invented; the photo sits on an ordinary street.
"""
import sys

Photo = sys.modules["_demo_make_photos"].Photo

NAME = "Trent Ashby-Cole"
HOME = (-41.15980, 146.17620)

ACTIVITYPUB = {
    "handle": "dadjokes_trent",
    "summary": "<p>Dad. Jokes. Dad jokes. Ulverstone. Opinions mine, puns regrettable.</p>",
    "notes": [
        (7301, "2026-04-12 18:30", "+10:00",
         "Last sunset off the back deck before Canberra. Why don't Tasmanians ever get lost? They just follow the coast. "
         "(I will get lost.)", {"images": [("trent-deck.jpg", "sunset off the back deck")]}),
        (7302, "2026-04-14 21:05", "+10:00",
         "Why did the Border Force recruit bring a ladder to the ABF College? Heard it was higher education. "
         "12 weeks in Canberra, send help and Scallop pies.", {}),
        (7303, "2026-04-19 20:10", "+10:00",
         "Missing my girls: my wife Bec and our Ivy. What do you call a dad 900km from home? A long-distance pun-ishment. "
         "Bec says the house is quieter. Bec says that like it's a good thing.", {}),
        (7304, "2026-04-28 19:45", "+10:00",
         "Course mate Jono Paewai says my jokes count as a use of force. Jono, that's assault and pepper.", {}),
        (7305, "2026-05-06 20:20", "+10:00",
         "Cuffing week. Four of our 30 already sent home, two more on warnings. Handcuffs: the original smart watch.", {}),
        (7306, "2026-05-13 21:00", "+10:00",
         "The training laptops run Windows 7 and the eLearning system (everyone calls it 'the Campus') falls over when "
         "more than two of us log in. I guess that's what they mean by a system overload.", {}),
        (7307, "2026-05-20 19:30", "+10:00",
         "Back at the Devonport terminal in July for the Spirit. Nights, 6pm till 2am, four on four off. "
         "What do you call a ferry that works nights? A knight-ship. I'll see myself out.", {}),
        (7308, "2026-05-27 18:40", "+10:00",
         "Went to a department store in Canberra for a jumper. Came out with a jumper. That's not a joke, it's just "
         "how cold it is.", {}),
    ],
}

PHOTOS = [
    Photo("trent-deck.jpg", HOME[0] + 0.00006, HOME[1] - 0.00008, 12.0, "2026:04:12 18:21:10", "+10:00",
          "sunset off the back deck", (230, 140, 70)),
]
