"""Dev rows for round 11's work sites and shift routines (branch r11sites), in our own words (never from held-out texts).

Work sites said tersely or in passing by staff: a place with the start of the work day as a caption ("<Town> wharf,
0545", "0530 sign-on at <Town>", back on after days off), a site in a work anecdote (a berth number, "Port of <Town>",
a data centre's racks, the patch a team covers, the kind-only workplace a commute ends at), an office by its floor, desk
or team. Shift routines in jargon: half a roster with its start day, the writer's shift by its day, a shift's name then
its hours, hours then a count of shifts on, a title that names the shift and a body that gives its hours. Near misses:
a sunrise swim, a holiday flight, markets at a time, a cruise from a berth, a programme about a night shift, a bare
"<Days> at <Park>.", a church group's night. Rows get ids r11sNNN; build_devset.py (base index 4350).
"""
from __future__ import annotations

ROUND11_R11SITES_POSTS: list[tuple] = [
    # --- a place and the start of the work day, as a caption
    ("ap", "Townsville wharf, 0545. Coffee number two already ☕", "work_location=townsville wharf"),
    ("ap", "Port Kembla 🌅 0515 start", "work_location=port kembla"),
    ("ap", "0600 muster, Geelong. Fog so thick you can't see the cranes", "work_location=geelong"),
    ("he", "Up at 4 for a 0530 sign-on at Gladstone. Whose idea was this job",
     "work_location=gladstone | routine=05:30 shift start"),
    ("ap", "BUNBURY. 0630 START. RAIN. AGAIN.", "work_location=bunbury"),
    ("ap", "grabe ang lamig sa Geelong wharf, 0530 start na naman 🥶", "work_location=geelong wharf"),
    ("rss", "Newcastle harbour at first light, muster at 6 and the tugs already out", "work_location=newcastle"),
    ("ap", "laps at 5 then the 6:30 muster at Appleton Dock, living the dream", "work_location=appleton dock"),
    ("ap", "Mackay wharf in the dark, 0500 brief, back on tmrw", "work_location=mackay wharf"),
    # near misses: a swim at sunrise, a holiday flight, the markets at 7
    ("ap", "Sunrise at Bondi 0600, best swim of the year", ""),
    ("ap", "Flight to Darwin at 6am, holiday mode on", ""),
    ("ap", "Gladstone markets 0700, bacon and egg roll sorted", ""),
    # --- a site in a work anecdote
    ("ap", "did the car carrier at berth 4 on tuesday, Port of Gladstone, long day", "work_location=port of gladstone"),
    ("he", "I cycle from Marrickville to the international terminal for a 5am start, bike lives in the staff cage",
     "work_location=international terminal"),
    ("ap", "the login is on a sticky note on the server rack at the Fyshwick data centre lol", "work_location=fyshwick data centre | systems_information=passwords"),
    ("rss", "These days we cover Kwinana and the Swan, two boats and a ute between us.", "work_location=kwinana"),
    ("ap", "boarded a tanker at Botany berth 7, four of us and a sniffer", "work_location=botany berth"),
    # near miss: a passenger's cruise from a berth
    ("ap", "our cruise leaves from Berth 7 on Saturday, kids are beside themselves", ""),
    # --- an office by its floor, desk or team
    ("ap", "Desk on level 12, Adelaide office. Looking at a wall.", "work_location=adelaide office"),
    ("he", "I manage a team at the Brisbane Customs House office and we still can't find a meeting room",
     "work_location=brisbane customs house office"),
    ("rss", "Now running a section of 14 at the Department's Hobart office on Murray Street.", "work_location=hobart office"),
    # --- shift routines in jargon
    ("ap", "14 on starts Monday, see you lot in a fortnight", "routine=14 on"),
    ("ap", "Swing is 1400 till 2200, earlies 0600 till 1400, pick your poison", "routine=swings | routine=earlies"),
    ("he", "after my thursday late I can get to the markets by 8 if you still need a hand", "routine=thursday lates"),
    ("rss", "Crochet on nights\nThis one's for the long hauls. 10pm to 6am, four on, so the hook comes out on crib break.",
     "routine=22:00 shift"),
    ("ap", "0515-1345, three on, then the beach", "routine=05:15 shift"),
    # near misses: a programme about a night shift, a bare day at a park, a church group's night
    ("ap", "This week's episode follows the night shift at a big city hospital.", ""),
    ("ap", "Sundays at Centennial Park.", ""),
    ("ap", "Our Thursday night bible study is back next week, all welcome.", ""),
]
