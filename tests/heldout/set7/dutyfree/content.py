"""Bianca Soriano (FICTIONAL): a duty-free store manager at Sydney Airport, a NEGATIVE CONTROL.

She works airside for a private retailer: the terminal, passengers' customs allowances, Border Force
officers buying coffee next door and a seizure in the news are all around her, and none of it makes
her department staff. Mastodon-style posts. Every name, handle and address is invented.
"""
NAME = "Bianca Soriano"

ACTIVITYPUB = {
    "handle": "bee_soriano",
    "summary": "<p>Store manager @ Skyline Duty Free, Sydney T1 ✈️ perfume nerd, mum of one fur baby. "
               "Collabs: bianca.soriano@mailbox.example</p>",
    "fields": [("email", "bianca.soriano@mailbox.example")],
    "notes": [
        (8001, "2026-01-22 21:00", "+11:00",
         "Ten years ago I was selling handbags in the department store in the city. Now I'm T1 airside selling "
         "Toblerone to people who missed breakfast. Glow up? 😂", {}),
        (8002, "2026-02-27 19:30", "+11:00",
         "PSA: your customs allowance is not a challenge. If you buy four litres of gin, someone at the other end "
         "is going to have a word. Not me. I just sell it 🍸", {}),
        (8003, "2026-04-09 16:15", "+10:00",
         "The Border Force officers from downstairs grab their coffee from the cafe next to us every morning and "
         "they are unfailingly polite. That's it. That's the post ☕", {}),
        (8004, "2026-05-17 20:45", "+10:00",
         "Dinner with my hubby Rocco for our anniversary 💕 eleven years and he still can't pick a restaurant.", {}),
        (8005, "2026-06-30 22:10", "+10:00",
         "Saw on the news '40 kg of cocaine found in airport cargo'. Meanwhile my biggest drama today was a "
         "broken tester bottle 🙃", {}),
        (8006, "2026-08-04 18:20", "+10:00",
         "Shout out to my bestie Trang Le for covering my Saturday so I could go to the Bondi Rescue meet and greet 🏄‍♀️", {}),
        (8007, "2026-09-12 09:00", "+10:00", "Security screening queue at 5am is a vibe. New ASIC photo is a crime.", {}),
    ],
}
