"""Dev rows for round 6's place and employer classes (r6places), in our own words (never from held-out texts).

Home said loosely (a town with "-ish" or "area" in a location field, a terse bio list with one bare town, a
town named as home port or home town, "X has been home"), the workplace said informally once the job is
clear (a headline of fields naming the agency and a town, a named centre after the agency's name, "shift at
the wharf", an office by its street on office days), the employer said by its part or loosely ("the
Department's ... section", tenure beside the name, an org field holding only "Immigration"), and near
misses: another agency's officer beside the org's officers, a town passed through, a visit home, lunch on a street.
Appended by build_devset.py after every older row, so ids stay put.
"""
from __future__ import annotations

ABF, HA = "employer=australian border force", "employer=department of home affairs"
DIBP = "employer=department of immigration and border protection"

ROUND6_PLACES_POSTS: list[tuple] = [
    # --- home: a town named as home in other words
    ("ap", "Swung into Port Fairy on the last of the tide, home port at last and the pub's still open",
     "home_location=place:port fairy vic"),
    ("he", "Mildura has been home for twenty-odd years now and the summers still knock me flat", "home_location=place:mildura vic"),
    ("rss", "Bairnsdale, my home town, put on a cracking show for the Anzac march this year", "home_location=place:bairnsdale vic"),
    # near misses: a port passed through, a town visited, a town in the news
    ("ap", "Anchored off Portland for the night, pushing on to Port Fairy at sunrise", ""),
    ("he", "Back in Mildura for Dad's 80th, good to be home for a weekend", ""),
    ("rss", "The floods in Bairnsdale are all over the news tonight, thinking of everyone there", ""),
    # --- employer: tenure beside the name, a line of work for the agency, the Department by its part
    ("ap", "nine yrs with border force this month and the rosters are still a lottery", ABF),
    ("he", "Home Affairs for the best part of a decade and I've never seen the canteen this empty", HA),
    ("rss", "Outside netball, Priya works in trade targeting for the Australian Border Force and coaches our under 13s.", ABF),
    ("ap", "Twelve years in the Department's partner visa section and the backlog has never been worse", DIBP),
    ("he", "I run a small team in the character cancellations unit of the Department, hard work but it matters", DIBP),
    # near misses: a client held up, the Department as someone else's, another agency beside Border Force
    ("rss", "Been with Border Force at the terminal for two hours because of my missing visa label, send snacks", ""),
    ("ap", "The Department's schools branch sent every teacher another survey, bless them", ""),
    ("he", "Quarantine detector dog handler here; the Border Force officers on the next bench are a good bunch", ""),
    ("rss", "Our plant biosecurity counter sits right beside the ABF lane, so we hear every excuse twice", ""),
    # --- work location said informally, once the job is clear in the same post
    ("ap", "Another 10 hr shift at the wharf for border force, the container queue never ends", ABF + " | work_location=place:the wharf"),
    ("he", "I'm rostered at bundaberg port all week for boarding, send coffee",
     "work_location=place:bundaberg port"),
    ("rss", "In at Northbourne Ave by 8.15 on office days and I already miss my home desk",
     "work_location=place:northbourne ave"),
    # near misses: fishing off a wharf, lunch on a street, someone else's shift at the airport
    ("ap", "Flathead off the wharf at Tathra all arvo, the kids caught more than me", ""),
    ("he", "Brunch in at Northbourne Ave with the book club, the eggs were worth it", ""),
    ("rss", "Dropped my sister at the airport for her shift on the early Qantas flight", ""),
]

ROUND6_PLACES_PROFILES: list[tuple] = [
    # --- home: a location field said loosely, a forum "From", a terse bio with one bare town
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "bird photos, bad puns",
                  "attachment": [{"name": "Location", "value": "Mudgee-ish"}]}, "home_location=place:mudgee nsw"),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "lurker since 2011",
                  "attachment": [{"name": "From", "value": "Thursday Island"}]}, "home_location=place:thursday island qld"),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Early riser. Public servant. Orchids. Lismore.",
                  "attachment": []}, "home_location=place:lismore nsw"),
    # near misses: not a place, a bio of teams, a long bio sentence about growing up
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Hope. Faith. Flat whites.",
                  "attachment": [{"name": "Location", "value": "the internet, mostly"}]}, ""),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm",
                  "summary": "I grew up outside Lismore and studied in Brisbane, these days mostly I bake.", "attachment": []}, ""),
    # --- employer and work location in a formal headline and member box
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm",
                  "summary": "Border Force Officer, Trade Enforcement · Australian Border Force · Townsville", "attachment": []},
     ABF + " | work_location=place:townsville qld"),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "fishing, footy, family",
                  "attachment": [{"name": "Organisation", "value": "Immigration"}]}, DIBP),
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm",
                  "summary": "Targeting analyst at the ABF National Cargo Intelligence Centre, Melbourne. Views mine.", "attachment": []},
     ABF + " | work_location=place:abf national cargo intelligence centre, melbourne"),
    # a headline without the agency names no workplace: a terse bio's town is home
    ("ap-actor", {"name": "Alex Morgan", "preferredUsername": "alexm", "summary": "Paramedic · Townsville · coffee first",
                  "attachment": []}, "home_location=place:townsville qld"),
]
