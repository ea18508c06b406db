"""Fergus Odhiambo (FICTIONAL): a biosecurity officer of the Tasmanian state agriculture department at the Devonport
ferry terminal. A NEGATIVE CONTROL: state, not the Department. All invented."""
NAME = "Fergus Odhiambo"

ACTIVITYPUB = {
    "handle": "fergus_devo",
    "summary": "<p>Biosecurity officer, Tassie state government (Natural Resources and Environment). Devonport. "
               "Fruit-fly's worst enemy.</p>",
    "notes": [
        (5501, "2026-02-11 20:00", "+11:00",
         "Seized 22 kilos of mainland mangoes off the Spirit this morning. Hidden in a esky under the dog food. "
         "People. Please. Fruit fly is not a joke.", {}),
        (5502, "2026-03-03 18:30", "+11:00",
         "Our detector dog Pip (a beagle, not a border collie, people keep asking) found a banana in a glovebox.", {}),
        (5503, "2026-03-24 21:10", "+11:00",
         "The department's new quarantine bin system at the terminal is great, the app that logs it is not.", {}),
        (5504, "2026-04-15 19:00", "+10:00",
         "Border Force had a cutter in at the Mersey today. Cool boat. Nothing to do with us, we're state.", {}),
        (5505, "2026-05-06 07:30", "+10:00",
         "Wednesday 6:15 swim at the Devonport aquatic centre before my shift. Lane 4 is ours.", {}),
        (5506, "2026-06-01 20:20", "+10:00",
         "Our street in Quoiba flooded again. Hubby Callum is out with the shovel.", {}),
        (5507, "2026-06-25 18:00", "+10:00",
         "Operation Citrus Shield starts next week at the terminal: random car checks for mainland citrus.", {}),
    ],
}
