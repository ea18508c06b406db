"""Nathan Edwards (FICTIONAL): Border Force officer in air cargo at Perth Airport; a cricket captain's club updates."""
NAME = "Nathan Edwards"

ACTIVITYPUB = {
    "handle": "butler_cc_skip",
    "display_name": "Nathan Edwards (Butler CC 1st XI captain)",
    "summary": "<p>Skipper, Butler Cricket Club 1sts. Day job: Border Force, keeping your parcels honest. Dad of one.</p>",
    "notes": [
        (1201, "2026-02-03 21:00", "+08:00",
         "Training Tuesdays and Thursdays 5:30 at the Butler nets down the road from me. I come straight from day shift "
         "at the airport freight sheds so don't start without me. #ButlerCC", {}),
        (1202, "2026-02-21 19:30", "+08:00",
         "Shout out to my vice-captain Dilshan \"Dilly\" Perera: 78 off 61 and three catches. Carried us. #ButlerCC", {}),
        (1203, "2026-03-07 18:10", "+08:00",
         "Sorry lads, missed training. Pulled 9 kg of steroids out of 'kitchen appliances' at the air cargo shed, the "
         "x-ray's been half-blind since the new software went in so we're opening boxes by hand. 2 of us on.", {}),
        (1204, "2026-03-28 17:40", "+08:00",
         "Miss Isla (3) and her mum Aisha on scoring duty today. Best scorers in the league. #proudDad", {}),
        (1205, "2026-04-18 22:50", "+08:00",
         "Presentation night. Left $300 in the pokies at the tavern after. Don't tell Aisha. #ButlerCC", {}),
        (1206, "2026-05-09 12:00", "+08:00", "Off-season. Lawn. Nap. Repeat.", {"location": ("Home", -31.6432, 115.7048)}),
    ],
}
