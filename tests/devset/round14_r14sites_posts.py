"""Dev rows for round 14's work sites not in the org's list and routines stated once (branch r14sites), in our own words
(never from held-out texts).

Work locations: a place in a sentence about the writer's own shift, roster, break, uniform or work day, in a scan that
says they are staff ("no luck swapping my Sunday shift at <suburb>", "smoko at work out at <suburb>"), a site by its
town and kind that the org does not list ("the <suburb> examination site", "<town> port Mon to Fri", "the cargo sheds at
<suburb>", "<suburb> freight yards"), a numbered berth; a workplace said by its kind alone in a shift post ("nights at
the airport again", "on the wharf by 5", "the primary line all arvo", "the x-ray line at <suburb>"). Near misses: a
tourist at an airport, a news story about a wharf or a seizure, a friend's or partner's roster, a walk or coffee on a
wharf, after-work drinks in a suburb. Routines: a day and an activity with its place ("Saturday parkrun at <park>"), a
heading with a time span ("<day> radio watch 0600 to 1200"), "on air <day>s 7 to 9", the days the planes come with the
start time, the bus from the shops by its time. Near misses: gardening advice "at the same time each day", loneliness
"every weekend since <month>", a joke "every day until", a one-off meet-up, a work phone line "on a weekday", someone
else's night shift. Rows get ids r14sNNN; build_devset.py (base index 6650).
"""
from __future__ import annotations

ROUND14_R14SITES_POSTS: list[tuple] = [
    # --- a suburb or town in a sentence about the writer's own shift, roster, break or uniform (staff scan)
    ("ap", "no luck swapping my Sunday shift at Kwinana so I miss the grand final. again.", "work_location=kwinana"),
    ("he", "smoko at work out at Welshpool and the coffee van has done a runner", "work_location=welshpool"),
    ("ap", "my uniform still smells like diesel from the Kembla Grange sheds", "work_location=kembla grange"),
    ("ap", "Another roster change at Altona, I give up planning anything", "work_location=altona"),
    ("he", "lunch break in the ute at work, 38 degrees in the Bayswater industrial estate. living the dream",
     "work_location=bayswater"),
    ("ap", "Overtime at Pinkenba till 9 again, kids asleep when I get home", "work_location=pinkenba"),
    ("rss", "I spent my first shift at Kurnell learning where the good parking is and little else.", "work_location=kurnell"),
    # --- a site by its town and kind that the org does not list
    ("ap", "three hours in the Bankstown examination site and my back has given up", "work_location=bankstown examination site"),
    ("he", "Geraldton port Mon to Fri these days, 7 till 3:30, can't complain",
     "work_location=geraldton port | routine=monday friday 07:00"),
    ("ap", "the Bunbury port Monday to Friday and a boat on the weekend if I'm lucky",
     "work_location=bunbury port | routine=monday friday"),
    ("ap", "cargo sheds at Welshpool all week, forklift beeping in my sleep", "work_location=welshpool"),
    ("he", "Pinkenba freight yards from 6, fog so thick you can't see the straddles", "work_location=pinkenba freight yards"),
    ("ap", "a break between vessels at Port Kembla, first time I've sat down since 5", "work_location=port kembla"),
    ("ap", "Berth 7 at Fisherman Islands all night, three reefers and a grumpy master",
     "work_location=berth 7 | work_location=fisherman islands"),
    ("he", "Two years on Horn Island now and the ferry still runs when it likes", "work_location=horn island"),
    # --- a workplace by its kind alone, in a shift post
    ("ap", "lates at the airport for the third week running, body clock is cooked",
     "work_location=the airport | routine=lates"),
    ("he", "on the wharf by 5 again, couldn't see the cranes for the fog", "work_location=the wharf"),
    ("ap", "on the primary line at Perth international all arvo, feet are cactus", "work_location=perth primary line"),
    ("he", "primary line all arvo, feet are cactus. Tulla never sleeps", "work_location=melbourne airport"),
    ("ap", "stuck on the x-ray line at Clyde till 10 tonight", "work_location=clyde"),
    ("he", "doubles at the airport all week, the overtime's paying for the new fence", "work_location=the airport"),
    # near misses: a tourist, a news story, a friend's roster, leisure on a wharf, after-work drinks
    ("ap", "off to the airport for a week in Fiji, catch ya", ""),
    ("he", "Huge seizure at the airport this week according to the news, glad it's not my problem", ""),
    ("ap", "sitting on the wharf with a pie, watching the ferries come and go", ""),
    ("ap", "The ABC says a container fell off a ship at the Fremantle wharf overnight, no one hurt", ""),
    ("he", "My partner's roster at the Kwinana refinery changes every fortnight, we never know where we are",
     "family=partner"),
    ("ap", "after work drinks in Northbridge, who's in", ""),
    ("ap", "Took the kids to watch the tall ship come in at the Bunbury port, they loved it", ""),
    ("he", "my mate's on nights at the Altona plant all month, so I'm his dog walker now", ""),
    ("ap", "Lunch on the Williamstown wharf with the in-laws, fish and chips, gulls everywhere", ""),
    # --- routines stated once
    ("ap", "Saturday parkrun at Tomato Lake, rain or shine, then coffee", "routine=saturday parkrun tomato lake"),
    ("he", "Sunday: radio room 0700-1300 at the rescue base, bring your own thermos",
     "routine=sunday 07:00 radio room"),
    ("ap", "my show's on air Sundays 6 till 8pm on community radio, requests welcome", "routine=sunday 18:00"),
    ("ap", "Tues and Fri the planes come in, so I'm at the airstrip office by 6:30", "routine=tuesday friday 06:30 | work_location=airstrip office"),
    ("ap", "the 8:14 from outside the Morley shops is late every single day", "routine=08:14 morley"),
    ("he", "Thursday knitting circle, 7pm, the Subiaco library. Bring wool.", "routine=thursday 19:00 knitting"),
    ("ap", "Sunday mornings = dawn paddle at Bicton baths then bacon", "routine=sunday paddle bicton"),
    # near misses: advice, loneliness, a joke, a one-off meet-up, a contact line, someone else's shift
    ("ap", "water your seedlings at the same time each day and they'll thank you", ""),
    ("he", "spent every saturday since winter by myself. it gets to you", "vulnerability=isolation"),
    ("ap", "which we will be reminding you of every day until the council fixes the road", ""),
    ("ap", "ride still on for sat? meeting at the bakery 8am, bring lights", ""),
    ("he", "weekdays you can reach me on the shop phone, it's on the club website", ""),
    ("ap", "my brother's on night shift at the smelter all month so mum's staying with us", ""),
    # --- more registers: a site by its town and kind in capitals, a day span, the kind alone with its day, a caption
    ("ap", "Fremantle Passenger Terminal lates this week, two cruise ships and a ferry",
     "work_location=fremantle passenger terminal | routine=lates"),
    ("he", "we're out at Kewdale most days now, the exam shed has no aircon and no kettle", "work_location=kewdale"),
    ("ap", "i'm at the Botany sheds mon-thurs, fridays are the office", "work_location=botany sheds | routine=monday thursday"),
    ("ap", "down the port all week, text if urgent", "work_location=the port"),
    ("ap", "wharf life 🚢 #nightshift", "work_location=the wharf"),
    ("rss", "Eighteen months at the Yennora container park and I still take the wrong gate every morning",
     "work_location=yennora | routine=yennora"),
    # near misses: a shop's weekday hours, nights away on holiday, a friend's workplace by its kind, the wharf as a view
    ("ap", "the bakery near the port is open Mon to Fri only, learnt that the hard way", ""),
    ("he", "two nights in Margaret River this week, no phone, bliss", ""),
    ("ap", "my cousin does nights at the Kewdale depot and sleeps all weekend", ""),
    ("ap", "fish and chips down the wharf after the footy, perfect arvo", ""),
    # routines in more registers
    ("ap", "Mon to Fri at the port and Saturdays at the footy club canteen", "routine=monday friday"),
    ("he", "every second Sunday I take Mum to the Como markets, 9am sharp", "routine=sunday 09:00 markets"),
    ("ap", "Wednesdays: spin at 6, desk by 8, home by 6", "routine=wednesday 06:00 spin"),
]
