"""Shannon Leary (FICTIONAL): NEGATIVE CONTROL. A true-crime podcaster in Sebastopol, Ballarat.

A podcast blog (microformats2 + RSS, georss at her house) about drug importation cases, Border
Force seizures and airport busts, all from court reports and the news. She has never worked for
the Department. Every name and address is invented; the point is rounded on an ordinary street.
"""
NAME = "Shannon Leary"

HOME = ("-37.58510", "143.84020")

BLOG = {
    "path": "podcast",
    "title": "Dead Reckoning: an Australian true crime podcast",
    "card_note": "Weekly true crime from a spare room in Ballarat. Tips and corrections: tips@deadreckoning.example",
    "posts": [
        ("ep-41-the-tile-job", "2026-02-17 21:00", "+11:00", "Ep 41: The tile job",
         ["This week: the 2019 case where Border Force officers found 38 kg of meth hidden in a container of "
          "ceramic tiles at the port. We go through the sentencing remarks and the customs officer who "
          "gave evidence about the x-ray image.",
          "Recorded Tuesday night as always, 8pm in the spare room, with Dean (my husband) on the desk."],
         ["episodes", "importation"], HOME),
        ("ep-42-the-suitcase", "2026-03-03 21:00", "+11:00", "Ep 42: The suitcase",
         ["A courier caught at Melbourne Airport with cocaine in the lining of a suitcase. The Department's "
          "press release called it 'an intelligence-led operation', which tells us nothing.",
          "Listener mail: yes, we know about Border Security on TV. No, we will not be doing a crossover."],
         ["episodes", "airports"], HOME),
        ("studio-tour", "2026-04-21 20:30", "+10:00", "Studio tour (it's a spare room)",
         ["People asked. The studio is our spare room in Sebastopol, egg-crate foam, and one border collie who "
          "barks at every doorbell sound effect.",
          "Email me at shannon@deadreckoning.example if you want to be a guest."],
         ["behind the scenes"], HOME),
    ],
}
