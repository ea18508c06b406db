"""Nerida Vasquez (FICTIONAL): Home Affairs detention health liaison at Perth IDC; a recipe-and-garden blog.

Every name, number and address is invented.
"""
NAME = "Nerida Vasquez"

BLOG = {
    "path": "blog",
    "title": "Nerida's Patch: recipes from a Bicton backyard",
    "card_note": "Tomatoes, chillies, empanadas and whatever the possums leave me.",
    "locality": "Bicton",
    "region": "WA",
    "posts": [
        ("seed-swap-2026", "2026-02-14 19:00", "+08:00", "Seed swap is on!",
         ["Second annual seed swap at the community garden on the 28th. Bring seeds in envelopes, labelled, please, not a ziplock of mystery.",
          "RSVP to me at nerida.vasquez@homeaffairs.gov.au (sorry, it's my work email, I check it more than my own). Jan Kowalczyk is bringing her famous purple beans again."],
         ["garden", "community"], None),
        ("empanadas-for-raf", "2026-03-01 17:30", "+08:00", "Beef empanadas (Raf's mum's way)",
         ["My husband Raf says these are 'nearly as good as Mamá's' which is the highest praise available in this house.",
          "Dough: 500 g flour, 120 g lard, warm salted water. Filling: mince, onion, cumin, paprika, boiled egg, green olives. Bake hot. Sofia (my granddaughter, six) does the crimping and eats the olives."],
         ["recipes"], None),
        ("wednesday-garden", "2026-03-18 20:15", "+08:00", "Why Wednesdays",
         ["People ask how I keep the patch going with my job. I finish at 3 on Wednesdays, so Wednesday arvo is the community garden on Harris Street until dark, and Sunday 7am is the Fremantle markets for seedlings before the crowds.",
          "The job, since people ask: I'm the health liaison at the Perth IDC for Home Affairs, the go-between for the detainees, the contracted doctors and the department. It's heavy. The garden is where I put it down."],
         ["garden", "life"], None),
        ("chilli-jam", "2026-04-08 21:40", "+08:00", "Chilli jam, and a hard week",
         ["Chilli jam recipe at the bottom. First, a hard week: one of our detainees is on day 19 of a hunger strike and we transferred him to Fiona Stanley on Monday. I'm not supposed to say more and I won't.",
          "What I will say is our referral portal logs everyone out every 15 minutes and the shared login for the night shift is on a post-it on the monitor, and Trevor (my manager) says there's 'no budget' to fix either. So I made jam.",
          "Jam: 1 kg red chillies, 500 g tomatoes, 600 g sugar, 200 ml vinegar. Blitz, simmer an hour."],
         ["recipes"], None),
        ("wine-and-worry", "2026-05-02 22:30", "+08:00", "A small confession",
         ["Compassion fatigue is a real thing. I've noticed the second glass of wine has become the third most nights, and I'm sleeping badly. Not looking for advice, just writing it down so it's real. Back to tomatoes next week.",
          "PS the department store had the good terracotta pots half price."],
         ["life"], None),
    ],
}
