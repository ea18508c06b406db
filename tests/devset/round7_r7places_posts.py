"""Dev rows for round 7's place classes (r7places), in our own words (never from held-out texts).

The subject's own work site named as a bare place the org's site list does not hold: a name and a feature word
("<Name> Point", "the <Town> port", "<name> dock" in lower case, an airport terminal by number), a terse shift post
naming the site, a bare town after "off to"/"out of" beside a strong work cue (vessels counted, a patrol), the
work end of a daily commute. Near misses: the same places as sights, walks, fishing spots, commute origins,
train lines, another office's closure, and the agency's vessels and buildings seen by a tour guide or a pilot.
Appended by build_devset.py after every older row (ids r7plNNN), so ids stay put.
"""
from __future__ import annotations

ABF = "employer=australian border force"

ROUND7_PLACES_POSTS: list[tuple] = [
    # --- a named site in a work sentence, many registers
    ("ap", "Night shift. Garden Island wharf. Drizzle all night.", "work_location=place:garden island wharf | routine=nights"),
    ("he", "Three boardings off Stanvac Point today, the anchorage is chockers with tankers",
     "work_location=place:stanvac point"),
    ("rss", "Townsville port was an oven today, 38 boxes across the wharf before smoko and the crane drivers cooked",
     "work_location=place:townsville port"),
    ("ap", "4th night in a row at swanson dock, reefers screaming, ears ringing", "work_location=place:swanson dock, port of melbourne"),
    ("he", "T3 again, and the coffee queue still beats the passport queue", "work_location=place:t3"),
    ("rss", "off to weipa for the compliance blitz, 4 vessels a day they reckon", "work_location=place:weipa | official_information=operations"),
    ("ap", "The cutter leaves Broome on Friday for 18 days on patrol, so no footy finals for me",
     "work_location=place:broome | official_information=operations"),
    ("he", "Border Force. Karratha. Red dirt everywhere.", ABF + " | work_location=place:karratha"),
    ("rss", "nights this week at the Fremantle terminal, 3 cruise ships in and the sniffer dogs are flat out",
     "work_location=place:fremantle terminal | routine=nights"),
    ("ap", "Nine years of the 6:55 bus out of Kambah every working morning and the 5:10 home from the Woden interchange",
     "work_location=place:woden | routine=06:55 bus woden"),
    ("he", "catch the ferry into Manly for work most days, best commute in Sydney", "work_location=place:manly"),
    # --- near misses: a sight, a walk, a fishing spot, a train line, a commute home from leisure, a closure, traffic
    ("rss", "Fishing off Garden Island wharf with the kids, caught two bream", ""),
    ("ap", "Sunset stroll out to Stanvac Point, the tankers lit up like Christmas", ""),
    ("he", "at this point the night shift is just vibes", ""),
    ("rss", "Rumour mill says they're shutting the Hobart office by June, poor buggers", ""),
    ("ap", "Bus from Weipa broke down again, two hours on the roadside with a flat", ""),
    ("he", "T3 line down again, bus replacement the whole way", ""),
    ("rss", "watched the tall ships come into Darling Harbour, 12 vessels in a row", ""),
    ("ap", "the train home from the footy in Richmond took forever", ""),
    ("he", "Walked home from the Belconnen markets with a bag of mandarins", ""),
    # --- the agency's vessels and buildings as sights or traffic, from people who do not work there
    ("rss", "Led 30 tourists past the Border Force cutter at the Townsville port today, they loved it", ""),
    ("rss", "Took the pilot launch out past the Border Force cutter at Botany, glassy water and a pod of dolphins", ""),
    ("rss", "nights at the JOC in Tuggers again, the coffee machine is still broken", "work_location=place:joc tuggers"),
    ("ap", "caught up with a mate at the RSL in Tuggers again, shift tomorrow", ""),
    # --- home said the way locals say it: a child in our street, "anyone else in <suburb>", "here in", "at home in",
    # the subject by name on an about or club page
    ("ap", "Our youngest finally rode her bike the length of our street in Kaleen without the training wheels",
     "home_location=place:kaleen"),
    ("he", "anyone else in altona north lose power last night? ours is still out, fridge is toast",
     "home_location=place:altona north"),
    ("rss", "Kids asleep, dishwasher humming, rain on the roof here in Macgregor. Bliss.", "home_location=place:macgregor"),
    ("ap", "Quiet night in at home in Ngunnawal, pizza and the footy on", "home_location=place:ngunnawal"),
    ("he", "Alex Morgan lives in Wanniassa with two cats and a questionable sourdough starter",
     "home_location=place:wanniassa"),
    ("rss", "Alex, a proud Narrabundah local, has turned out for the club's thirds since 2015",
     "home_location=place:narrabundah"),
    # near misses: a suburb driven through, a pub night, someone else who lives there, a mate on the club page
    ("ap", "Drove through Kaleen on the way to the footy, traffic was nuts", ""),
    ("he", "anyone know a good mechanic in altona north? asking for a mate who lives there", ""),
    ("rss", "Sam Okafor lives in Wanniassa and keeps the club books in order", ""),
    ("ap", "Great night at the Ngunnawal pub trivia, came second to the librarians again", ""),
    ("he", "Walking tour stop 4: the old Customs steps, now the Border Force office, then on to the detention centre", ""),
]
