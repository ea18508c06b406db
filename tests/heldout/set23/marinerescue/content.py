"""Ron Falzon (FICTIONAL), a NEGATIVE CONTROL: retired volunteer skipper and radio operator with a marine
rescue unit at Mooloolaba, living in Buderim. A Border Force cutter joins a search, a yacht waits for
clearance, and his unit runs an 'operation'; none of it makes him departmental staff. One post carries a
georss point at home. Every name is invented; the home point is a rounded street point.
"""
NAME = "Ron Falzon"
HOME = (-26.68460, 153.05710)

BLOG = {
    "path": "log",
    "title": "Radio Watch",
    "card_note": "Volunteer skipper and radio operator, marine rescue, Mooloolaba. Retired sparky. Views my own.",
    "posts": [
        ("sunday-watch", "2026-02-15 13:00", "+10:00", "Sunday radio watch",
         ["Every Sunday I'm on the radio at the base from 6 till noon. Mostly it's trip reports and log-ons. "
          "Today it was trip reports, log-ons and one bloke who'd run out of fuel off Point Cartwright."],
         ["radio"], None),
        ("search", "2026-03-22 18:30", "+10:00", "Search off the Point",
         ["Four hours looking for an overdue tinny off Point Cartwright. A Border Force cutter heading north "
          "joined the search for an hour and a half before it had to push on. We found them at dusk, cold and "
          "embarrassed, all fine."],
         ["rescues"], None),
        ("safe-crossing", "2026-05-03 17:00", "+10:00", "Operation Safe Crossing",
         ["Our annual bar-crossing education day, Operation Safe Crossing, went off without a hitch. Sixty "
          "boaties, two demos and a sausage sizzle."],
         ["community"], None),
        ("verandah", "2026-06-14 08:30", "+10:00", "From the verandah",
         ["Our verandah in Buderim looks over the water, so even on my days off I'm watching boats. Carmel, my "
          "wife of 41 years, says I'm on radio watch in my sleep."],
         ["life"], HOME),
        ("crew-of-the-month", "2026-08-01 16:00", "+10:00", "Crew of the month",
         ["Crewmate Shane Pirihi is crew of the month, and deservedly: three night callouts in a week and not a "
          "word of complaint."],
         ["crew"], None),
        ("yachties", "2026-09-10 19:00", "+10:00", "Yachties and customs",
         ["We towed a yacht in from New Caledonia with a fouled prop. The skipper had to stay on the pontoon "
          "until Border Force and biosecurity cleared him in, which is how it should be. We had a cuppa with "
          "him afterwards."],
         ["rescues"], None),
    ],
}
