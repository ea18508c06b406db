"""Marites "Tess" Villareal (FICTIONAL), NEGATIVE CONTROL: freelance Tagalog interpreter, Schofields NSW.

She contracts to courts, hospitals, law firms and government agencies: her blog names Home Affairs interviews,
Border Force, Villawood and visa hearings, none of which makes her staff. Microformats blog + RSS.
Every name, number and address is invented.
"""
NAME = "Tess Villareal"

BLOG = {
    "title": "Between Two Tongues",
    "card_note": "Notes from a freelance Tagalog-English interpreter (NAATI certified). Courts, hospitals, agencies, weddings.",
    "posts": [
        ("hearing-day", "2026-02-12 20:00", "+11:00", "A hearing day",
         ["Interpreted at a visa cancellation hearing at the tribunal today for a man who has lived here since he was four. "
          "The member was patient, the client was not. I'm a contractor to half the agencies in Sydney, so next week "
          "it's a Home Affairs interview at the Parramatta office, then a hospital consult."],
         ["work", "tribunal"], None),
        ("villawood-visit", "2026-03-19 19:30", "+11:00", "Interpreting in detention",
         ["Booked by a law firm for a client at Villawood. The Border Force officers on the gate checked my ID twice. "
          "Interpreters see the inside of the system without being part of it."],
         ["work", "detention"], None),
        ("home-life", "2026-04-18 18:00", "+10:00", "Sunday in Schofields",
         ["Home in Schofields with my husband Ramon and our teenager Angelo, who answers me in English when I ask in Tagalog. "
          "Every Sunday 9am Mass, then lugaw at home."],
         ["family"], None),
        ("booking", "2026-05-20 12:00", "+10:00", "How to book me",
         ["For private bookings (weddings, family events, notarised documents) email tess.villareal@mail.example or text "
          "0491 570 918. Agencies please book through your usual language service, not through me directly.",
          "My fellow interpreter and kumare Divina Ocampo covers Ilocano if you need it."],
         ["bookings"], None),
        ("department-store", "2026-06-15 17:00", "+10:00", "Off duty",
         ["Spent the afternoon at the department store with Angelo buying formal shoes. Then Border Security reruns on TV. "
          "Some days the job follows you."],
         ["life"], None),
    ],
}
