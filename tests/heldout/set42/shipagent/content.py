"""Rob Tsang (FICTIONAL): NEGATIVE CONTROL. A ship's agent at a private agency in Newcastle.

He meets Border Force boarding parties, lodges reports in government portals and talks
about "the department" (meaning his clients' ships and the port), but is not staff. Every
name, firm and number is invented.
"""
NAME = "Rob Tsang"

BLOG = {
    "path": "blog",
    "title": "Ship's Agent Diary",
    "card_note": "Port agent at Hunter Harbour Shipping Services (a private agency). Mayfield local. Views mine.",
    "card_job": "Port Agent",
    "card_org": "Hunter Harbour Shipping Services",
    "posts": [
        ("boarding-day", "2026-02-12 20:00", "+11:00", "What a boarding day looks like",
         ["Bulk carrier in from Qingdao this morning. Border Force boarded at the pilot station, cleared the crew and the stores, and I ran crew change paperwork from the gangway. The officers were quick and polite, as they mostly are in Newcastle.",
          "If you're new to agency work: the pre-arrival report goes in through the public Maritime Arrivals portal 96 hours out. Don't be late."],
         ["agency"], None),
        ("crew-change-chaos", "2026-03-05 21:15", "+11:00", "Crew change chaos",
         ["Nine crew off, nine on, one missing visa for a relief cook. Our operations department sorted it by lunch. My boss at Hunter Harbour wants a medal; he's getting a sausage roll."],
         ["agency"], None),
        ("saturday-swim", "2026-03-21 09:40", "+11:00", "Saturday swims",
         ["Saturday 6:30am swims at Merewether Baths with Phil Arnott from the Mayfield hockey club, then coffee. Cold water, warm gossip."],
         ["life"], None),
        ("kids-and-ships", "2026-04-11 18:20", "+11:00", "Taking the kids to see the ships",
         ["Took my daughter Lily and son Marcus to Nobbys to watch the coal ships come in. Lily wants to be a pilot (the marine kind). Marcus wants a hot chip.",
          "Short walk home to Mayfield after, past the house with the border collie that thinks it runs the street."],
         ["life"], None),
        ("contact", "2026-05-02 17:00", "+11:00", "Work enquiries",
         ["For agency enquiries: rob.tsang@hunterharbour.example or 0491 570 655. I do not know when your container will be released by customs, please ask your broker."],
         ["agency"], None),
    ],
}
