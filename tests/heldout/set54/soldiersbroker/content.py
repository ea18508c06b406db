"""Kim Sorensen (FICTIONAL), NEGATIVE CONTROL: licensed customs broker at a private freight firm in Mayfield,
home in Soldiers Point, Port Stephens.

Her posts brush against Border Force and the Department (held containers, the cargo system, Home Affairs
guidance) as a broker's work does; she is not staff. Every name, firm and number is invented.
"""
NAME = "Kim Sorensen"

ACTIVITYPUB = {
    "handle": "kimsails",
    "summary": "<p>Licensed customs broker at Harbourline Freight, Mayfield. Soldiers Point local. Sails badly.</p>",
    "notes": [
        (7101, "2026-02-05 17:50", "+11:00",
         "Border Force held a client's container for an x-ray again. Third this month. Explaining 'it's random' to "
         "a man with 400 fridges on a ship is my whole job.", {}),
        (7102, "2026-02-12 12:30", "+11:00",
         "The Integrated Cargo System was down all morning. Every broker in Newcastle refreshing the same screen.", {}),
        (7103, "2026-02-19 19:10", "+11:00",
         "Thursday twilight race at 6 off Soldiers Point, my husband Erik on the tiller and me on the sheets. We came "
         "last. We always come last.", {}),
        (7104, "2026-03-01 10:00", "+11:00",
         "Reading the new Home Affairs guidance on origin marking so my clients don't have to. Riveting stuff.", {}),
        (7105, "2026-03-09 18:20", "+11:00",
         "Dinner with my oldest friend Marnie Fong, who still laughs at my border collie joke. Text me on "
         "0491 570 645 if you want the recipe.", {}),
        (7106, "2026-03-16 08:30", "+11:00",
         "Back in the office at Mayfield early. Department of Home Affairs fee changes land today.", {}),
    ],
}
