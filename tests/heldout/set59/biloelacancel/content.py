"""Wendy Thorsby (FICTIONAL): Home Affairs visa-cancellation officer working from home in Biloela.

A Mastodon-style account that is mostly questions and replies to other people. Every name, handle,
number and address is invented.
"""
NAME = "Wendy Thorsby"

ACTIVITYPUB = {
    "handle": "wendyt",
    "summary": "<p>Callide Valley. Questions mostly. Replies slowly. wendyt@callide.example if you want me quicker.</p>",
    "others": {"lorrainef": "Lorraine Fitzgerald", "callidecrafts": "Callide Valley Crafters"},
    "notes": [
        (7101, "2026-02-10 19:30", "+10:00",
         "@lorrainef is the Thursday craft night still 7 at the hall or did it move? And are you bringing the scones "
         "again, because Trent says he's coming just for those.", {"mentions": ["lorrainef"]}),
        (7102, "2026-02-24 12:15", "+10:00",
         "Does anyone else working from home in Biloela have NBN dropping out every arvo? My work VPN dies with it and "
         "then the Dinosaur (our case system) logs me out and I lose the whole decision record. Twice today.", {}),
        (7103, "2026-03-11 21:00", "+10:00",
         "Replying to a few of you: yes I'm still at Home Affairs, yes still cancellations, no I can't tell you about "
         "your cousin's visa, sorry! Love you all.", {}),
        (7104, "2026-03-26 20:40", "+10:00",
         "How do you switch off after a week like this? Twelve cancellations on character grounds since Monday and one "
         "of them's already off to the Federal Court. Raj Pillai (team leader, lovely man) says we'll be writing "
         "submissions till June.", {}),
        (7105, "2026-04-15 18:20", "+10:00",
         "@lorrainef did Gemma leave her hoodie at yours after netball? She swears she did. Biloela State High "
         "uniform one, name on the tag.", {"mentions": ["lorrainef"]}),
        (7106, "2026-05-02 23:10", "+10:00",
         "Anyone know if the club lets you put a limit on your own card for the pokies? Asking for me. Lost more than "
         "I want to say this month and Trent doesn't know yet.", {}),
        (7107, "2026-05-18 08:45", "+10:00",
         "Is it just me or is Border Security: Australia's Front Line on every channel again? Whose idea was that.", {}),
        (7108, "2026-06-03 17:30", "+10:00",
         "Who's driving to the first Monday flight out of Rocky? I've got Brisbane office week again, the 6:40, "
         "leaving Biloela at 3:30am. Happy to share petrol.", {}),
    ],
}
