"""Dev rows for round 12's work sites and routines said tersely (branch r12sites), in our own words (never from held-out texts).

Work sites a staff member names by place and kind alone, with no work word beside them: "our <town> office", "The <nickname>
office", lower-case forum forms ("our <town> depot"), kennels, jetties, quays, wharves and compounds; an office by its
fittings or a move into it; airports by their suburb beside an airport word. Routines said in passing: a day and a time
with a recurring activity (full day names), a heading of day, time and place, the commuter's grumble about "the 6:42 from
<suburb>", "my earlies", "Earlies 0445", a block's start ("0530 starts this month"), on call by turns, "Sat mornings:
<place>". Near misses: leisure at a jetty or quay (fishing, a wedding, a sunset), another firm's office, a relative's work,
a traveller at an airport suburb, one-off events with a date or "this Saturday only", a fixture, a club AGM, a conditional
shift, a system's habit, a number's opening hours, "you" as anyone. Rows get ids r12sNNN; build_devset.py (base index 5150).
"""
from __future__ import annotations

ROUND12_R12SITES_POSTS: list[tuple] = [
    # --- a site by place and kind alone, in a staff member's own posts
    ("ap", "Been working out of the Parra office since March, the commute is a killer", "work_location=parramatta office"),
    ("ap", "The Belco office finally got new chairs. Only took four years", "work_location=belco office"),
    ("he", "i work out of our townsville depot mostly, sometimes the port", "work_location=townsville depot"),
    ("ap", "our Hobart office is tiny but the view of the Derwent makes up for it", "work_location=hobart office"),
    ("ap", "I'm based at the Wagga office now, country life suits me", "work_location=wagga office"),
    ("ap", "the pups are settling in at the Moorebank kennels this week 🐶", "work_location=moorebank kennels"),
    ("ap", "quiet one at the Eagle Farm shed today, two containers all shift", "work_location=eagle farm shed"),
    ("ap", "Home Affairs, in the Belconnen building (the one where the lifts break every week)", "work_location=belconnen building"),
    ("he", "moved across to the Wollongong building last month, better coffee at least", "work_location=wollongong building"),
    ("ap", "LOL the Mackay wharf smoko room has a new fridge and we're all thrilled", "work_location=mackay wharf"),
    ("rss", "Q: where are you based these days? A: the Fremantle office, third floor, facing the car park",
     "work_location=fremantle office"),
    ("ap", "Work: out of the Kwinana office most days, sometimes the Henderson jetty", "work_location=kwinana office"),
    ("ap", "new desk at the Liverpool office has a window!!", "work_location=liverpool office"),
    ("ap", "you know you've been at the Pinkenba kennels too long when the beagles know your car",
     "work_location=pinkenba kennels"),
    ("ap", "Cairns wharf 0545 — prawn trawler in overnight, paperwork for days", "work_location=cairns wharf"),
    # near misses: leisure at a jetty or quay, a wedding, another firm's office, a relative's work, a shed at home
    ("ap", "fish and chips on the Manly wharf with the kids, perfect arvo", ""),
    ("ap", "sunset from the Busselton jetty, 2km of it and worth every step", ""),
    ("ap", "we got married at the Williamstown quay, best day ever", ""),
    ("ap", "My sister just started at the Geelong office of her law firm", ""),
    ("ap", "Dad built our Orange shed himself in 1982", ""),
    ("ap", "chasing flathead off the Tuncurry jetty again, nothing biting", ""),
    ("ap", "Drinks on the rooftop at Victoria Quay, what a view", ""),
    # --- airports by their suburb, beside an airport word
    ("ap", "Mascot ✈️ lates", "work_location=sydney airport"),
    ("ap", "back at Eagle Farm international tomorrow, 0500 sign-on", "work_location=brisbane airport"),
    ("ap", "Garbutt 0500 start, two RAAF jets and a Virgin", "work_location=townsville airport"),
    ("ap", "Marrara arrivals hall at 11pm, two flights in from Denpasar", "work_location=darwin airport"),
    # near misses: a traveller, a suburb where people live
    ("ap", "Mascot ✈️ off to Bali for two weeks, see ya suckers", ""),
    ("ap", "Great little Vietnamese place in Mascot, go the pho", ""),
    # --- routines: a day and a time with a recurring activity, a heading, the commute's grumble
    ("ap", "Wednesday. 6:30. Centennial Park.", "routine=wednesday 06:30 centennial park"),
    ("ap", "Saturday 7am ride out to Kurnell with Jono, coffee at the bakery after", "routine=saturday 07:00 ride | associate=jono"),
    ("ap", "Tuesday 6pm touch footy at the Kensington fields", "routine=tuesday 18:00 touch footy"),
    ("ap", "Sunday 8am Marrickville markets dumplings. Ritual.", "routine=sunday 08:00 markets"),
    ("ap", "Friday 5:30 twilight sailing at the yacht club", "routine=friday 05:30"),
    ("he", "Tuesday 6:15pm — futsal at the Alexandria courts, been going 3 yrs", "routine=tuesday 18:15 futsal"),
    ("ap", "Thurs 5:30 run club from the Newstead brewery, rain or shine", "routine=thursday 05:30 run club"),
    ("ap", "Sat mornings: Carriageworks market, then the dog park", "routine=saturday market"),
    ("ap", "the 6:42 from Blacktown is late again", "routine=06:42 blacktown"),
    ("ap", "the 5:15 bus from Belconnen never shows", "routine=05:15 bus belconnen"),
    ("ap", "0530 starts this month, on the M5 by 4:50, park in the staff lot off Qantas Drive", "routine=05:30 shift start"),
    ("ap", "covering my earlies so Deb can go to the wedding", "routine=early shifts"),
    ("ap", "Earlies 0445", "routine=early shifts"),
    ("ap", "every third week I'm on call", "routine=on call"),
    ("ap", "on call one weekend in four, this is mine", "routine=on call"),
    # near misses: one-offs, fixtures, meetings, conditionals, machines, opening hours, "you" as anyone
    ("ap", "Saturday 14 March, 7am: charity fun run at the Domain. See you there!", ""),
    ("ap", "This Saturday only, 9am, book fair at the school hall", ""),
    ("ap", "Last Sunday 8am we did the Bondi to Bronte walk, first time ever", ""),
    ("ap", "The club's AGM is on Tuesday 6pm at the clubhouse, all members welcome", ""),
    ("ap", "Tigers v Lions, Saturday 2pm at Henson Park", ""),
    ("ap", "I'll be there every week I'm not on nights", ""),
    ("ap", "the rostering app crashes at 7:30 every morning without fail", "systems_information=system outages"),
    ("ap", "ring the front desk weekdays between 9 and 5", ""),
    ("rss", "you open your inbox on a Monday and there's 300 emails waiting", ""),
    # --- the org's role then the place (appended: ids above stay put)
    ("ap", "Border Force officer based in Eden, clearing the fishing fleet", "employer=australian border force | work_location=eden"),
    ("he", "Proud to be a Border Force officer based in Broome. Opinions my own", "employer=australian border force | work_location=broome"),
    # --- a waterfront or detention site by its kind alone, in a staff member's work sentence
    ("ap", "cruise ship in at the port this morning, two dog teams on it", "work_location=the port | official_information=operations"),
    ("ap", "tied up at the wharf, home port at last", "work_location=the wharf"),
    ("ap", "another 5am at Barney Point jetty", "work_location=barney point jetty"),
    ("ap", "night shift in the compound again, 35 degrees at midnight", "work_location=the compound | routine=night shifts"),
    ("ap", "down the Lucinda jetty by 6, sugar ship loading", "work_location=lucinda jetty"),
    # near misses: an outing to see a ship, a day off on the jetty, kids on the jetty
    ("ap", "Took the kids down to watch the cruise ship in at the port, huge thing", ""),
    ("ap", "sitting on the jetty, no work tomorrow", ""),
    ("ap", "kids jumping off the jetty again, summer is here", ""),
    # --- airports as "<City> International" beside a terminal; a game's time before its day; evening activities
    ("ap", "ABF at Adelaide International, T1", "work_location=adelaide airport"),
    ("ap", "Jess's netball is at 8am Saturday at the Bankstown courts", "routine=saturday 08:00 netball"),
    ("ap", "Wednesday 7:30 trivia at the Marrickville bowlo, as always", "routine=wednesday 19:30 trivia"),
    ("ap", "Training Tues n Thurs 4:30 at the courts", "routine=tuesday thursday training"),
    # near misses: the tennis, a plan, an appointment, a flight
    ("ap", "Watching the Adelaide International on telly, what a rally", ""),
    ("ap", "See you at 9am Sunday for brunch at Bills!", ""),
    ("ap", "My dentist appointment is at 3pm Thursday", ""),
    ("ap", "Tuesday 10am coffee with the new team lead, wish me luck", ""),
    # --- a terse caption with a town and a named facility in it; a dog handler's kennel duty at a town
    ("ap", "Fremantle. Victoria Quay. 0600. Car carrier.", "work_location=victoria quay"),
    ("ap", "kennel duty at Mickleham all week, new pups arrived", "work_location=mickleham"),
    # near miss: a town and a beach at a time, a holiday kennel
    ("ap", "Fremantle. Bathers Beach. 0600. Flat as a tack.", ""),
    # near misses in a staff scan: another agency's office, a passenger's ferry
    ("ap", "Dropped Dad at the Wagga office of Centrelink, two hours in the queue", ""),
    ("ap", "ferry from the Manly wharf to the city, sun out, life is good", ""),
]
