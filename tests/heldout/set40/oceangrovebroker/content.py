"""Kerry Madden (FICTIONAL): NEGATIVE CONTROL. A licensed customs broker at a private freight forwarder.

Her firm's staff page (schema.org Person) and her own Mastodon-style account. She deals with Border Force,
the cargo system and held containers every day, for clients, and is not departmental staff. Every name,
firm, number and address is invented.
"""
NAME = "Kerry Madden"

PERSON = {
    "path": "/team/kerry-madden",
    "site": "Bellarine Freight Services",
    "headline": "Licensed Customs Broker, Bellarine Freight Services",
    "ld": {
        "jobTitle": "Licensed Customs Broker",
        "worksFor": {"@type": "Organization", "name": "Bellarine Freight Services"},
        "email": "mailto:enquiries@bellarinefreight.example",
    },
    "sections": [
        ("About Kerry", [
            "Kerry has been a licensed customs broker for twenty-four years. She lodges import declarations in the "
            "Integrated Cargo System for our clients and deals with Border Force and the Department of Agriculture "
            "when a consignment is held.",
            "Before joining us she spent ten years at a Melbourne forwarder on the Swanson Dock side."]),
    ],
}

ACTIVITYPUB = {
    "handle": "kerrym",
    "display_name": "Kerry M",
    "summary": "<p>Customs broker, surf lifesaver, grandmother-in-waiting. Ocean Grove.</p>",
    "notes": [
        (2101, "2026-02-07 18:40", "+11:00",
         "Saturday patrol at Ocean Grove SLSC, 1 till 5 as always in summer. Flat as a tack, two lost kids found.", {}),
        (2102, "2026-03-12 17:55", "+11:00",
         "Client's container held by Border Force for a week over a tariff classification and now they want me to "
         "ring 'someone at customs'. That's not how any of this works.", {}),
        (2103, "2026-04-20 20:10", "+10:00",
         "The Integrated Cargo System was down for four hours today and every importer in Victoria rang me "
         "personally to ask why. I don't run it! I just lodge things in it.", {}),
        (2104, "2026-05-17 16:30", "+10:00",
         "Stu has finally finished the deck. Only took him three summers. Our Ocean Grove street is very proud.", {}),
        (2105, "2026-06-22 19:00", "+10:00",
         "Selling my old sea kayak, $450, collect from Ocean Grove, text 0491 570 731.", {}),
        (2106, "2026-07-18 12:20", "+10:00",
         "Winter swim with Jo Pratt from the club. Jo is mad, I am madder for going along.", {}),
        (2107, "2026-08-09 21:15", "+10:00",
         "Read the new Home Affairs guidance on country-of-origin marking so my clients don't have to. Riveting.", {}),
    ],
}
