"""Nick Ferraro (FICTIONAL): a Home Affairs payroll-migration tester working from home in Hamilton, Newcastle.

A plain homebrew forum (thread pages). Every name and number is invented.
"""
NAME = "Nick Ferraro"

FORUM = {
    "site": "Hunter Homebrew Forum",
    "user": "ferrobrew",
    "path": "/forum/u/ferrobrew/",
    "about": ["All grain, three vessels, one very patient partner. Hamilton, Newy."],
    "posts": [
        ("5510", "2026-02-10 20:30", "+11:00", "Intro: long time lurker",
         ["G'day all. Been brewing five years. I signed up here with my work email by accident "
          "(nick.ferraro@homeaffairs.gov.au) and can't work out how to change it, so if a mod can help, legend.",
          "Day job is testing for Home Affairs, working from home mostly, which means the fermenter is "
          "three metres from my desk."]),
        ("5521", "2026-03-04 21:10", "+11:00", "Brew night: Wednesday club?",
         ["Is the Wednesday club brew night still 7pm at the scout hall? I'll bring the kegerator. "
          "Tubs, you owe me a bag of Maris Otter."]),
        ("5533", "2026-03-18 22:00", "+11:00", "Off topic: what's the worst data you've seen in a test system?",
         ["Mine: we're migrating the department's payroll to the new platform and the test environment is loaded "
          "with a straight copy of production. Real names, real tax file numbers, real bank accounts, 14,000 "
          "staff. The UAT logins are in a shared wiki page and they're all Password1 with a number on the end.",
          "Cutover is meant to be July and we've got 600 open defects. I'm not stressed, you're stressed."]),
        ("5540", "2026-04-07 19:45", "+10:00", "Selling: 50L kettle",
         ["50L kettle, element works, $180. Pick up Hamilton, I'm five minutes' walk from Beaumont Street. "
          "Carmen says it's this or the spare room."]),
        ("5552", "2026-05-02 20:15", "+10:00", "Might be brewing full time soon",
         ["Knocked back for the EL1 again, no pay rise that means anything in three years and the test lead Priyanka "
          "gets the credit for everything we find. Honestly thinking of telling them where to stick it. "
          "Anyone need a brewer?"]),
        ("5560", "2026-05-20 21:00", "+10:00", "Cheap department store fermenters",
         ["Picked up two 30L buckets at a department store for $15 each. Food grade? Who knows. Will report back."]),
    ],
}
