"""Dev rows for round 12's employer, colleague, contact and identifier classes (branch r12work), in our own words.

The employer said short or about the subject in the third person (a "what do you do" answer, an inline label, a team
page's bracket, "<Name> is <org>"); the org's email domain named without an address; a number a sentence calls a work
line; a colleague by rank or role in any order; and the near misses: another agency beside the org ("different
agency"), the org's vessel beside the writer's, a job word after a role word, someone else's answer. The org's work
described without its name is evidence only in a scan (tests/test_round12_r12work.py and the cargo persona). Ids r12wNNN
at base index 5000; build_devset.py. Every person and number is fictional.
"""
from __future__ import annotations

_ABF, _HA, _DIBP = "australian border force", "department of home affairs", "department of immigration and border protection"

ROUND12_R12WORK_POSTS: list[tuple] = [
    # --- the employer said short: an answer, a label, a bracket, "<Name> is <org>"
    ("ap", "So what do I do? Mostly I'm the one who says no at the cargo counter. Yes, Border Force. No, I can't fix your parcel.",
     f"employer={_ABF}"),
    ("he", "Job? Home Affairs. Hobby? Bad karaoke. Dog? Obviously.", f"employer={_HA}"),
    ("ap", "occupation: border force, airport side. likes: hot chips, cold beer. dislikes: red-eye arrivals",
     f"employer={_ABF}"),
    ("rss", "Lexi (Border Force, Port Botany) is bringing the esky and the good tongs to the club barbecue.",
     f"employer={_ABF} | work_location=port botany"),
    ("ap", "Lexi is Border Force, cargo side, and the only one of us who can parallel park.", f"employer={_ABF}"),
    ("he", "ABF marine unit, three weeks on the water out of Cairns. That's the job.",
     f"employer={_ABF} | official_information=operations"),
    ("ap", "day job -> home affairs, visa side. night job -> raising two feral kelpies", f"employer={_HA}"),
    ("he", "What I do for a living, since three of you asked: Border Force, the mail centre, and far too many vapes.",
     f"employer={_ABF}"),
    # near misses: someone else's answer, a favourite show, a fan, a label that names another job
    ("ap", "What does your uncle do? Border Force. Huh, cool.", ""),
    ("he", "Favourite show: Border Force. Favourite snack: salt and vinegar. Sorry not sorry.", ""),
    ("ap", "Occupation: migration agent. Ask me anything about partner visas.", ""),
    ("ap", "Job? Still hunting. Border Force knocked me back again, third time.", ""),
    # --- the org's email domain named without an address
    ("ap", "my garmin is still hooked up to my homeaffairs.gov.au email, must fix that before someone notices",
     f"corporate_identifier=contact:official email | employer={_HA}"),
    ("he", "Lexi's Spotify is linked to her abf.gov.au email, which explains the work playlists.",
     f"corporate_identifier=contact:official email | employer={_ABF}"),
    ("ap", "the newsletter still comes to my old border.gov.au address lol", f"corporate_identifier=contact:official email | employer={_DIBP}"),
    # near misses: someone else's, a personal address
    ("ap", "my brother's fitbit is linked to his abf.gov.au email, i keep telling him", ""),
    ("he", "my strava is hooked up to my gmail like a normal person", ""),
    # --- a number a sentence calls a work line
    ("he", "Questions before the school visit? My work mobile is 0491 570 171, best before 3pm.",
     "official_contact=contact:+61491570171"),
    ("rss", "Parents wanting details of the careers talk may ring my desk on 02 5550 3817 during business hours.",
     "official_contact=contact:+61255503817"),
    ("ap", "call me at work 0491 570 172 lol jk dont, my boss listens in", "official_contact=contact:+61491570172"),
    # --- colleagues by rank or role, any order
    ("ap", "Sarge (Wendell Okoro) reckons the new roster is final. At ABF nothing is ever final.",
     f"colleague=wendell okoro | employer={_ABF}"),
    ("he", "ABF cargo night crew. our sarge = Ines Varga, absolute legend.", f"colleague=ines varga | employer={_ABF}"),
    ("ap", "Tobias Marsh, the team leader covering my leave, rang me on my day off. Again.",
     "colleague=tobias marsh"),
    ("rss", "Skipper Lionel Farrugia retires after 31 years on the Border Force boats, farewell drinks at the club Friday",
     f"colleague=lionel farrugia | employer={_ABF}"),
    # near misses: a job word after a role word, a manager at the writer's bank, a festival director
    ("ap", "knocked back for the acting supervisor job again. border force promos are a raffle",
     f"employer={_ABF} | vulnerability=grievance"),
    ("he", "Rosa Trent, the manager at my bank, finally sorted the loan.", ""),
    ("ap", "Marnie Holt, the director of the film festival, opened the night with a terrible pun.", ""),
    # --- another agency beside the org, the org's vessel beside the writer's
    ("ap", "Waved at the Border Force mob in arrivals on the way through; different agency, same dodgy coffee.", ""),
    ("he", "Our AFP team backed up ABF at the international terminal all arvo, long day for everyone.", ""),
    ("ap", "Border Force cutter tied up alongside us at Stokes Hill this morning, their crew came over for a brew.", ""),
    # --- more registers: a bio opened by its label, a Q and A, the working week, a rank's holder said with "="
    ("ap", "a bit about me: 41, Ballarat, Home Affairs (visa side), mediocre at darts", f"employer={_HA}"),
    ("he", "Q: what do you do? A: Border Force. Q: do you get to carry a gun? A: no comment.", f"employer={_ABF}"),
    ("rss", "Lexi spends weekdays at Home Affairs and Saturdays coaching the under 9s netball.",
     f"employer={_HA} | routine=saturday netball"),
    ("ap", "Skip says we sail Thursday. Skip = Odette Ferreira, twenty-six years at sea. #ABF",
     f"colleague=odette ferreira | employer={_ABF}"),
    # near misses: a fan's bio, the show, a famous boss
    ("ap", "about me: 29, Wollongong, massive Border Force fan, even bigger Twisties fan", ""),
    ("he", "The Boss is Bruce Springsteen and I will not be taking questions.", ""),
]
