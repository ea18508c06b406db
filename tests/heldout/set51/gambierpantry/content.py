"""Neil Pettigrew (FICTIONAL): Home Affairs records manager, Adelaide office, home in Mount Gambier. A recipe blog.

The exposure is in the asides of a recipe blog; one post carries a georss point at home. Every name is invented.
"""
NAME = "Neil Pettigrew"
HOME = (-37.83000, 140.78000)   # a rounded point on an ordinary street in Mount Gambier SA

BLOG = {
    "path": "pantry",
    "title": "Pettigrew's Pantry",
    "card_note": "Honest food from a Mount Gambier kitchen, cooked between weeks away.",
    "card_job": "Records Manager",
    "card_org": "Department of Home Affairs",
    "posts": [
        ("pasties", "2026-02-15 17:00", "+10:30", "Sunday pasties",
         ["A dozen pasties every Sunday, because Monday I'm out of Mount Gambier at 5am for the drive to the "
          "Adelaide office and I don't get home until Thursday night. Four days in a rented unit on my own.",
          "Swede, not carrot. Fight me."],
         ["pastry"], HOME),
        ("lamb-shanks", "2026-03-08 18:30", "+10:30", "Lamb shanks for a cold week",
         ["Slow-cooked shanks, red wine, rosemary.",
          "(Work aside, because Gary says I never talk about it: we're digitising 80,000 old visa files out of the "
          "Adelaide basement and the scanning contractor has been sent home twice because half their staff didn't "
          "have clearances. Meanwhile the paper sits there in boxes marked 'Protected'. Shanks take four hours, "
          "the files will take four years.)"],
         ["winter"], None),
        ("scones", "2026-04-05 16:00", "+09:30", "Scones, the CWA way",
         ["Cold butter, hot oven, don't overwork.",
          "Our EDRMS, the Filing Cabinet of Doom, ate another week of file notes after the upgrade, so we're back on "
          "the shared drives and nobody knows which version is the record. I baked. It helped."],
         ["baking"], None),
        ("quince-paste", "2026-04-26 15:30", "+09:30", "Quince paste",
         ["My neighbour Fran Dimitriou left a bucket of quinces at the door. Fran, you are a saint. "
          "Gary, my partner, stirred for two hours and complained for three."],
         ["preserves"], None),
        ("pub-parma", "2026-05-17 20:00", "+09:30", "Pub parma, rated",
         ["The parma at the pub near the unit in Adelaide is a six. I know it too well: the weeks away are long, and "
          "the pokies room is the only company after 7. I've dropped more there than I'd like to admit."],
         ["pub"], None),
    ],
}
