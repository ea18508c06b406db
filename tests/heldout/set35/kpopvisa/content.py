"""Hana Pham (FICTIONAL): 25, Home Affairs student-visa processing officer, Brisbane office.

A K-pop fan account (Mastodon-style) full of emoji and fandom words. Every name and handle is invented.
"""
NAME = "Hana Pham"

ACTIVITYPUB = {
    "handle": "hanabbang",
    "display_name": "hana ✿ 🐰",
    "summary": "<p>multistan 🐰💚 | visa girl at home affairs, not here for ur case pls | bne</p>",
    "fields": [("kakao", "hana.bbang"), ("bias", "Minji 🐰")],
    "notes": [
        (6401, "2026-02-11 17:40", "+10:00",
         "adelaide st office aircon broke AGAIN 🥵 31 degrees in our pod and they want us doing 40 student visas a "
         "day each now. 1,900 on hand in the team rn 😭", {}),
        (6402, "2026-02-25 12:15", "+10:00",
         "ICSE froze and ate my whole morning of case notes. autosave is a LIE. reported it for the 4th time 🫠", {}),
        (6403, "2026-03-09 18:05", "+10:00",
         "my work unnie Soyeon Park (desk next to me) got me into the new album, daebak 💚 Soyeon is the only reason "
         "i survive mondays", {}),
        (6404, "2026-03-20 20:30", "+10:00",
         "dance cover class every tuesday 6:30 at the studio in the valley, come say hi 🐰", {}),
        (6405, "2026-04-06 22:45", "+10:00",
         "spent $3.2k on the seoul trip + concert tix on afterpay and rent's due thursday. im so cooked 💀", {}),
        (6406, "2026-04-19 21:10", "+10:00",
         "bestie Leilani Fonoti from dance crew carried our choreo fr. Leilani fighting!! 🔥", {}),
        (6407, "2026-05-02 18:20", "+10:00",
         "walking home to moorooka from the train and a magpie got me. this suburb hates me specifically", {}),
        (6408, "2026-05-16 11:30", "+10:00",
         "my little sister Linh got into uni!! proud unnie moment 😭💚", {}),
        (6409, "2026-06-06 20:00", "+10:00",
         "watching Border Security with mum and she thinks that's what i do all day 😂 babe i click buttons", {}),
    ],
}
