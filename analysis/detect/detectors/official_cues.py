"""Small general cues that confirm a learned official-information reading (round 9).

Staff let official information slip tersely: a site's head count ("two of us on the overnight desk", "down to
five"), an operation, visit, charter or transfer with its day or date, a decision not yet announced ("goes to
the Minister Friday", "nobody's been told"), a team's target or an instruction from above, an incident inside a
facility, a dog handler's find. The sentence model (meaning.py) reads such lines, often below its threshold;
each cue here is a shape any of them takes whatever the words around it, and vouches for the reading when the
model agrees that official information is the sentence's likeliest label. A cue alone never makes a finding.

Each cue names the kind of disclosure it is (the detector's key), so one post that tells a seizure and a
staffing level yields two findings, each with its own sentence.

Round 11 widened the shapes rather than the phrasings: any number word, heads on a shift said any way ("only two on
the overnight", "me and one other", "3 deep", "a workforce of 240"), a unit merged, folded, shut for good or handed
to a contractor with its heads or its date (`restructure`), and a rate of checks in either order or "every
second <thing>" (`rate`).
"""
from __future__ import annotations

import re
from functools import lru_cache

# Round 11: every number word ("eighteen", "forty", "twenty-two"), not a chosen few.
_NUM = (r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|(?:twenty|thirty|forty|fifty|sixty|"
        r"seventy|eighty|ninety)(?:-\w+)?|a\s+dozen|a\s+handful|a\s+single|a\s+couple)")
# People on the job, counted: "three of us", "2 officers", "two bodies", "me plus one grad", "a single officer".
_PEOPLE = (r"(?:of\s+us|officers?|offs|staff|bodies|heads|guards?|blokes|crews?|handlers?|analysts?|inspectors?|escorts?|"
           # round 12: detector dogs and kit operators are counted like officers
           r"(?:detector|sniffer|drug|k9)\s+dogs|k9s|operators|"
           r"people\s+(?:on|rostered)|on\s+shift|(?:lang\s+)?kami)")
_COUNTED = (rf"(?<![\d:.])\b{_NUM}\s+(?:\w+\s+)?{_PEOPLE}\b"
            # round 12: not a comparison ("the only one of us who can parallel park")
            r"(?!\s+(?:who|that)\s+(?:can|could|knows?|has|had|ever|actually|likes?|loves?|gets?|does|did|still)\b)|\b(?:just|only)\s+(?:me|us\s+two|the\s+two\s+of\s+us)\b|"
            r"\bus\s+(?:two|three|four|five|\d)\b(?!\s*(?:\+\s*)?(?:days?|hours?|hrs?|weeks?|months?|years?|minutes?|mins?|goes|tries|attempts|times|nights?|shifts?)\b)|\b(?:just|only)\s+me\s+(?:plus|and|n|&|\+)\s+\w+|\bme\s+(?:plus|and|n|&|\+)\s+(?:one|1|a|another)\s+(?:[\w-]+\s+){0,2}"
            r"(?:on|covering|holding|running|minding|for|at|in)\b|\b(?:skeleton\s+(?:crew|staff)|solo|sole\s+officer|"
            r"on\s+my\s+own|by\s+myself)\b|"
            # round 11: "only two on the overnight", "2 on nights", "me and one other", "a workforce of 240", "160 staff
            # across three teams", "we're down to four" (not "I run a team of twelve": the writer's role, not a roster)
            rf"\b(?:only|just)\s+{_NUM}\s+(?:of\s+us\s+)?(?:on|in|at|for|covering|left)\b|(?<![\d:.$])\b{_NUM}\s+(?:of\s+us\s+)?on\s+(?:the\s+)?"
            r"(?:whole\s+|entire\s+)?(?:[\w-]+\s+)?(?:shift|nights?|days|earlies|lates|overnight|swing|weekend|desk|floor|line|counter|"
            r"arrivals|departures|primary|secondary|roster)\b|\bme\s+(?:and|n|&|\+)\s+(?:one|1)\s+other\b|"
            rf"\bworkforce\s+of\s+(?:about\s+|around\s+|over\s+|nearly\s+|some\s+)?{_NUM}\b|(?<![\d:.$])\b{_NUM}\s+deep\b|"
            r"\b(?:only|just)\s+the\s+(?:one|two|three)\s+(?:boat|vessel|plane|aircraft|crew|team|officer|handler|dog|cutter)s?\b|"
            rf"\b{_NUM}\s+(?:staff|officers|people|heads)\s+across\b|\b(?:we'?re|we\s+are|we\s+were|we'?ve\s+gone|team'?s|team\s+is)\s+"
            rf"(?:now\s+)?down\s+to\s+{_NUM}\b")
# Round 12: the lone officer somewhere ("the only officer on the island for a fortnight", "only handler north of the
# range"), and working dogs counted by what they are cleared for ("only 3 dogs signed off for arrivals"): the count is
# the disclosure, wherever it is.
LONE = re.compile(r"\b(?:the\s+)?(?:only|sole|lone)\s+(?:[\w-]+\s+)?(?:officer|handler|inspector|analyst|guard|boarding\s+officer|"
                  r"fisheries\s+officer|customs\s+officer)\s+(?:on|in|at|for|north|south|east|west|left|covering|between|across|within)\b|"
                  rf"\b(?:only|just)\s+{_NUM}\s+(?:[\w-]+\s+)?dogs\s+(?:cleared|signed\s+off|certified|qualified|working|rostered|"
                  r"covering|cover|operational)\b", re.I)
# Where or when they are counted: a line, desk, shift or site ("on the overnight desk", "for the whole port").
_SITE = (r"\b(?:desk|floor|line|counter|wharf|wharves|terminal|shift|nights?|nites|days|earlies|lates|overnight|dayshift|"
         r"nightshift|compound|hall|depot|yard|centre|center|port|airport|gate|roster\w*|arrivals|departures|secondary|"
         r"primary|mail|cargo|boat|vessel|ship|ships|pax|passengers|detainees|men|phones|queue|calls|wharf|"
         # round 14: a remote post counted ("just me and a casual on the island", "me plus a temp at the station")
         r"island|station|outpost|airstrip|airfield|jetty|checkpoint|aircraft|charters|"
         r"the\s+(?:whole|entire)\b|\bacross\s+(?:\w+\s+)?(?:teams|shifts|sites|terminals|ports|airports|centres|wharves|branches)\b)")
# A team or unit cut to a number, or a rate of checks ("boarding one ship in ten").
_CUT = (rf"\b(?:team|unit|section|crew|squad|roster|office|branch|line|shift|nights|nites|days)\b[^.!?]{{0,40}}\b"
        rf"(?:down\s+to|cut\s+to|going\s+to|reduced\s+to|whittled\s+(?:down\s+)?to|dropp?(?:ed|ing)\s+to|from\s+\d+\s+to)\s+{_NUM}\b")
_CHECK = (r"\b(?:check|checks|checking|checked|board|boarding|boarded|open|opens|opening|opened|inspect\w*|search\w*|x-?ray\w*|"
          r"exam\w*|look\s+at|flag\w*|ping\w*|unpack\w*|refer\w*|pull\w*\s+(?:aside|out|over)|select\w*|target\w*|screen\w*|swab\w*|"
          r"gets?\s+(?:opened|unpacked|searched|x-?rayed|checked|pulled|flagged|a\s+second\s+look))\b")
# Round 11: a rate of checks in either order, and "every second/third/other <thing>" ("flags every third importer",
# "1 in 200 gets unpacked").
_RATE_OF = (rf"\b{_NUM}\s+(?:\w+\s+)?(?:in|out\s+of)\s+(?:every\s+)?(?:\d[\d,]*|ten|twenty|fifty|a\s+hundred|a\s+thousand|\w+teen|\w+ty)\b|"
            r"\bevery\s+(?:second|third|fourth|fifth|tenth|twentieth|other|\d+(?:st|nd|rd|th))\s+(?!(?:day|week|weekend|night|morning|"
            r"month|year|fortnight|shift|time|saturday|sunday)\b)\w+")
_RATE = rf"{_CHECK}[^.!?]{{0,40}}(?:{_RATE_OF})|(?:{_RATE_OF})[^.!?]{{0,40}}{_CHECK}"
_CUT_TO = (r"\b(?:cut\w*|reduc\w*|dropp?\w*|slash\w*|trimm?\w*|whittl\w*)\s+(?:\w+\s+){0,3}(?:down\s+)?to\s+"
           rf"{_NUM}\s+(?:\w+\s+)?{_PEOPLE}")
COUNTED = re.compile(_COUNTED, re.I)
SITE = re.compile(_SITE, re.I)
# Part of the team away, or a fraction of the goods checked: "half the team off sick", "3 on leave",
# "screening a fraction of parcels".
_AWAY = (r"\b(?:half|most|a\s+third|a\s+quarter)\s+(?:of\s+)?(?:the|our)\s+(?:team|crew|staff|unit|shift|section|office)\s+"
         r"(?:is\s+|are\s+)?(?:off|out|away|on\s+leave|sick|gone)\b|\b(?:\d+|two|three|four|five|six)\s+(?:\w+\s+)?(?:on\s+leave|off\s+sick|"
         r"out\s+sick|on\s+stress\s+leave)\b")
_FRACTION = (r"\b(?:check\w*|screen\w*|open\w*|inspect\w*|search\w*|x-?ray\w*|board\w*|exam\w*)\s+(?:only\s+)?(?:a\s+fraction|"
             r"half|a\s+third|a\s+quarter|hardly\s+any|none)\s+of\s+(?:the\s+)?(?:parcels|containers|bags|boxes|ships|vessels|"
             r"passengers|pax|mail|freight|cargo|consignments)\b")
# Positions counted: "eleven positions will not carry over", "12 roles go".
_POSITIONS = rf"\b{_NUM}\s+(?:\w+\s+)?(?:positions|roles|ftes?|vacancies|jobs\s+(?:go|gone|cut|lost))\b"
STAFFING = re.compile(rf"{_CUT}|{_CUT_TO}|{_AWAY}|{_FRACTION}|{_POSITIONS}", re.I)
RATE = re.compile(_RATE, re.I)

# Somewhere that is no agency's: a shop's, a hospital's or a school's staffing, a club's players.
NOT_AGENCY = re.compile(r"\b(?:pharmacy|chemist|hospital|ward|emergency|nurses?|school(?!\s+(?:hol\w*|break|term))|teachers?|kinder|shop|store|supermarket|"
                        r"checkouts?|cafe|restaurant|kitchen|bar|pub|brewery|brewers?|bakery|bakers?|salon|gym|hotel|motel|baristas?|lifeguards?|"
                        r"lifesavers?|"
                        r"childcare|daycare|aged\s+care|nursing\s+home|clinic|club|footy|team\s+is\s+down|players|"
                        r"squad\s+(?:for|is)|call\s+centre|council|library|uni|university|"
                        # round 10: amenities counted per head ("one microwave for 200 of us"); round 11: counted, not just
                        # named ("us three and a kettle" is a roster)
                        r"(?:one|a\s+single|only\s+(?:one|two)|\d+|two|three|four|five)\s+(?:microwaves?|fridges?|kettles?|toilets?|lockers?|"
                        r"car\s*parks?|parking\s+spots?))\b", re.I)

# When: a day, a date, "next ...", "from the 14th", "Wednesday week", "on 3 May", "before dawn".
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
WHEN = re.compile(rf"\b(?:next|this|on|from|by|till|until|before)\s+(?:the\s+)?(?:{_DAY})\b|\b(?:{_DAY})(?:'s|\s+week)\b|"
                  rf"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\bnext\s+(?:[\w-]+\s+){{0,2}}(?:week|wk|fortnight|month|year|"
                  rf"quarter)s?\b|\b(?:tmrw|tmr|tomoz|2morrow)\b|\b\d{{1,2}}(?:st|nd|rd|th)\b|\b\d{{1,2}}\s+{_MONTH}\b(?!,?\s+\d{{4}})|\b{_MONTH}\s+\d{{1,2}}\b(?!,?\s+\d{{4}})|"
                  rf"\b(?:from|in|by|before|after|until|till|end\s+of)\s+{_MONTH}\b|\btomorrow\b|\bbefore\s+(?:dawn|sunrise|first\s+light)\b|"
                  r"\bnext\s+(?:couple\s+of\s+|few\s+|[\w-]+\s+){0,2}(?:ships?|boats?|vessels?|flights?|carriers?|charters?)\b", re.I)
# What happens then: an operation, a visit, a charter, a transfer, a deployment.
_OPERATION = re.compile(r"\b(?:job|op|ops|operation\w*|surveillance|sweep|blitz\w*|raid\w*|surge|charter\w*|visit\w*|trip|walk-?through|"
                        r"transfers?|escorts?|escorting|deploy\w*|patrol\w*|boarding|removal\w*|flying|fly\w*|"
                        r"sail\w*|cutter|chopper|helo|navy|police|feds|afp|fisheries|returns?\s+flight|manifest|strip\w*|"
                        r"(?:full|hold|rummage)\s+search\w*|gone\s+through|pulled\s+apart|"
                        # round 11: a run up the coast, a citizenship ceremony and its conferees
                        r"(?:next|the)\s+run\s+(?:up|down|out|north|south|east|west|across)|ceremon(?:y|ies)|conferees|"
                        # round 12: a raid in other words: warrants, door knocks, addresses or premises hit, overstayers sought
                        r"warrants?|door[\s-]?knock\w*|knock(?:ing)?\s+on\s+doors|addresses|premises|overstay\w*|"
                        # seized boats destroyed ("hulls get burnt at the wharf next week")
                        r"(?:hulls?|boats?|vessels?)\s+(?:get|gets|will\s+be|to\s+be|are|were|being)\s+(?:burnt|burned|destroyed|scuttled|sunk)|"
                        r"hit(?:ting)?\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple\s+of)\s+(?:[\w-]+\s+)?"
                        r"(?:houses|addresses|premises|warehouses|properties|farms|sites|homes|units|businesses|shops))\b", re.I)
# A rule or setting that changes then: "the new cancellation guidelines roll out next month", "fees go up from July".
_POLICY = re.compile(r"\b(?:guidelines?|polic(?:y|ies)|rules?|settings?|thresholds?|criteria|framework|fees?|charges?|caps?|"
                     # round 13: a risk or scoring model, an audit regime, a minimum ("our new risk model goes live on <date>")
                     r"(?:risk|scoring|triage|targeting)\s+(?:model|tool|matrix|engine)|scoring|audits?|minimum\s+\w+|"
                     r"quotas?|intake|program(?:me)?|planning\s+levels?|instructions?|procedures?|sops?)\b", re.I)
_CHANGE = re.compile(r"\b(?:go(?:es|ing)?\s+live|went\s+live|switch\w*\s+on|tak(?:es|ing)\s+effect|take\s+effect|roll\w*\s+out|coming\s+in|come\s+in|comes\s+in|introduc\w*|tighten\w*|loosen\w*|chang\w*|drops?|"
                     r"dropping|cut\w*|rises?|rising|go(?:es|ing)?\s+up|land\w*|kicks?\s+in|start\w*|replac\w*|scrapp?\w*|new)\b", re.I)
# A holiday, an outing or an event of one's own, not an operation.
# A swing or hitch ("four weeks on the boat, four weeks home") is a routine, not an operation's window.
_LEISURE = re.compile(r"\b(?:snorkel\w*|div(?:e|ing)|(?<!school\s)holidays?|surf|lifesav\w*|nippers|neighbou?rhood|flags|volunteer\w*|spots?\s+left|book(?:ing|ings)?\s+(?:now|open)|tickets?|excursion|"
                      r"wedding|party|honeymoon|birthday|concert|festival|fishing\s+charter|can'?t\s+wait|charity|fun\s+run|"
                      r"marathon|parkrun|discord|footy\s+trip|road\s+trip|school\s+trip|camping|gam(?:e|es|ing|er)|come\s+(?:raid|join)|swing|hitch|rotation|fifo|"
                      r"weeks?\s+(?:home|off))\b|"
                      # round 14: a lounge room's head count ("four of us on the couch for the grand final"), someone else's trip
                      # ("mum flies out tmrw for her fiji trip")
                      r"\b(?:grand\s+finals?|couch|sofa|lounge\s+room|snags|barbie|bbq|movie\s+night|watch\s+party)\b|"
                      r"\b(?:her|his|their|mum'?s|dad'?s|nan'?s|the\s+kids'?)\s+(?:[\w-]+\s+)?(?:trip|holiday|flight|cruise)\b", re.I)

# Said before it is public: to the Minister or Cabinet, signed off, not announced, nobody told, a slide deck seen.
LEAK = re.compile(r"\bto\s+(?:the\s+)?(?:minister|cabinet)\b|\bminister'?s\s+desk\b|\bcabinet\s+(?:sees|gets|considers|in|on|next)\b|"
                  r"\b(?:got|been|was|were|is|are|gets|get)\s+signed\s+off\b|\b(?:told|briefed)\s+(?:us\s+)?quietly\b|\bquietly\s+(?:told|briefed)\b|\b(?:up|goes|going|sent)\s+for\s+sign-?\s?off\b|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:announced|made\s+public|public|official)\b|\b(?:haven'?t|hasn'?t|not)\s+been\s+told\b|"
                  r"\b(?:nobody|no\s+one|no-one)(?:'s|\s+has|\s+have|\s+was)?\s+(?:been\s+)?told\b|\b(?:has|have)\s+no\s+idea(?=\s*(?:[.!?,;]|$|yet\b))|"
                  r"\bdon'?t\s+know\s+yet\b|\bslide\s*deck\b|\bsaw\s+the\s+(?:deck|slides|draft|paper|brief)\b|\bdon'?t\s+quote\s+me\b|"
                  r"\bmum'?s\s+the\s+word\b|\bkeep\s+(?:it|this)\s+(?:quiet|under\s+(?:your|ya)\s+hats?|to\s+yourselves?|on\s+the\s+down\s*-?low)\b|"
                  r"\b(?:just|strictly|only|stays|stay|keep\s+(?:it|this))\s+between\s+(?:us|you\s+and\s+me|ourselves)\b|\bbetween\s+you\s+and\s+me\b|"
                  r"(?:^\W*|[,;:]\s*|\b(?:and|but|so|though|plus)\s+)between\s+(?:us|ourselves)\b|\boff\s+the\s+record\b|\bhush[- ]hush\b|\boptions\s+paper\b|\bthe\s+draft\s+(?:says|has)\b|"
                  # round 13: ahead of its announcement, under embargo ("goes live ahead of any announcement", "before it's
                  # announced", "nothing's been announced", "embargoed till the budget")
                  r"\b(?:before|ahead\s+of)\s+(?:it'?s\s+|it\s+is\s+|they\s+|anyone\s+|any\s+|the\s+|an?\s+)?(?:official\s+|public\s+|formal\s+|media\s+)?"
                  r"(?:announce\w*|release|made\s+public|public|goes\s+public)\b|\bnothing(?:'s|\s+has|\s+is)?\s+(?:been\s+)?(?:announced|public|out)\b|"
                  r"\b(?:hasn'?t|has\s+not|haven'?t|wasn'?t|isn'?t)\s+(?:been\s+)?(?:announced|made\s+public|released)\b|\b(?:under\s+)?embargo(?:ed)?\b|"
                  r"\bwe'?re\s+recommending\b|\b(?:heard|told)\s+(?:at|in)\s+(?:the\s+)?(?:managers'?|exec|leadership|all-?staff|sesb?)\b", re.I)

# A target or an instruction: "N finalisations a day each", "told at huddle: refuse ...", "backlog of 18,000".
TARGET = re.compile(rf"\b(?:target|expectation|kpi|quota)\b[^.!?]{{0,40}}\b{_NUM}\b|\b{_NUM}\s+(?:[\w-]+\s+){{0,2}}(?:a|an|per)\s+"
                    r"(?:day|hour|week|shift|officer|person|head)\s*(?:each|per\s+(?:officer|person|head))?\b(?=[^.!?]*\b(?:target|expect\w*|"
                    r"now|each|want|kpi|or\s+else|supervisor|boss|tl)\b)|\b(?:instruction|direction)\s+(?:from|is|this\s+week)\b|"
                    r"\btold\s+(?:at|in)\s+(?:the\s+)?(?:huddle|stand-?up|team\s+meeting|briefing|muster)\b|\b(?:tl|team\s+leader|"
                    r"manager|director|boss|supervisor|branch\s+head)\s+(?:says|said|told\s+us|wants)\b|"
                    # round 11: a caseload counted on a team ("1,500 files in the team", "3,000 applications sitting with us")
                    rf"\b\d[\d,]*\+?\s+(?:(?!job\b|jobs\b|rental\b|insurance\b)\w+\s+){{0,2}}(?:files|cases|applications|matters|lodgements|referrals|claims)\s+(?:\w+\s+)?(?:in|on|with|sitting|waiting|"
                    r"stuck|parked|on\s+hand)\s+(?:\w+\s+){0,2}(?:team|section|unit|desk|queue|us|me|our|my|the\s+team)\b|"
                    r"\b(?:we'?ve|we\s+have|we'?re|we\s+were)\s+"
                    r"(?:been\s+)?told\s+to\b|\bbacklog\b[^.!?]{0,30}\b\d[\d,]*\b|"
                    # round 12: "we got told to", and a queue or pile with its size ("queue's sitting at 27k apps")
                    r"\b(?:we|i)\s+(?:got|get|were|was)\s+told\s+(?:to\s+)?(?:clear|do|finish|prioriti[sz]e|park|leave|hold|push|refuse|"
                    r"grant|approve|stop|start|focus)\b|\b(?:queue|pile|caseload|inbox|on\s+hand)\b[^.!?]{0,25}\b\d[\d,.]*\s*k?\b"
                    r"(?=[^.!?]{0,20}\b(?:apps|applications|files|cases|lodgements|claims|matters|referrals)\b)", re.I)

# An incident inside a facility: food refused, self-harm, a brawl, someone moved to a block or into isolation.
INCIDENT = re.compile(r"\b(?:refus\w+\s+(?:food|fluids|meals)|stopped\s+eating|hunger\s+strik\w*|self-?harm\w*|on\s+the\s+roof|"
                      r"(?:day|days)\s+\w+\s+without\s+food|without\s+food|brawl\w*|smashed\s+up|flooded\s+(?:his|her|their)\s+(?:room|cell)|"
                      r"smuggled\s+in|(?:moved|shifted|transferred|relocated)\s+(?:\w+\s+){1,4}to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
                      r"(?:block|wing|unit|compound|isolation|obs|observation))\b", re.I)
_FACILITY = re.compile(r"\b(?:compound|block|wing|units?|centre|isolation|cells?|visits|dining\s+hall|medical|detainees?|"
                       r"guys|bloke|men|women|fellas)\b", re.I)

# A dog handler's find: the dog (by name or breed) indicates, and what was found.
HANDLER = re.compile(r"\b(?:good\s+(?:boy|girl)|my\s+(?:dog|boy|girl)|our\s+(?:dog|labrador|lab|beagle|spaniel)|labrador|beagle|"
                     r"spaniel|k9|handler|nose|sniffer)\b[^.!?]{0,120}\b(?:sat|indicated|went\s+off|locked\s+onto|found|alerted|"
                     r"pinged)\b|\b(?:sat|indicated|went\s+off|locked\s+onto|alerted|pinged)\b[^.!?]{0,30}\b(?:on|onto|next\s+to|at)\b", re.I)
_GOODS = re.compile(r"(?:\$\s?\d[\d,.]*k?|\b\d+\s*(?:grand|k)\b|\b(?:cash|notes|pills|powder|kilos?|kg|grams?|passports?|snakes?|"
                    r"ivory|ammo|guns?|firearms?|tablets|bricks|gear|meth|ice|coke|cocaine|heroin|mdma|steroids?|cigarettes|"
                    r"tobacco|vials?|"
                    # round 14: goods by more of their names: resin and hash, ketamine and fentanyl, precursors, vapes, catch and
                    # wildlife taken illegally, and the drugs named in the languages staff mix in (shabu, sabu, cocaína)
                    r"resin|hash|hashish|cannabis|ketamine|fentanyl|opium|precursors?|pseudoephedrine|ephedrine|vapes|cigars|"
                    r"abalone|shark\s+fins?|trochus|sea\s+cucumbers?|b[eê]che-de-mer|bird\s+eggs|reptiles|lizards|"
                    r"shabu|sabu|coca[ií]na|hero[ií]na|metanfetamina)\b)", re.I)

# Round 11: a unit restructured or its work handed out, with how many or when: "the helpdesk goes to an external
# provider after Easter", "our section is being merged with intel in March, 4 positions gone", "folded into <branch>".
_RESTRUCTURE = re.compile(
    r"\b(?:outsourc\w*|offshor\w*|contract(?:ed|ing)\s+(?:it\s+)?out|(?:go(?:es|ing)?|mov\w+|handed|hand\w*|shift\w*)\s+(?:\w+\s+){0,2}(?:over\s+)?to\s+"
    r"(?:an?\s+|the\s+)?(?:external\s+(?:provider|vendor|firm|company)|(?:private\s+)?contractors?|private\s+(?:firm|company|provider)|"
    r"vendor|labour\s+hire|consultancy)|(?:fold|merg|absorb|consolidat|roll|collaps|amalgamat)\w*\s+(?:\w+\s+){0,3}(?:in)?to\b|"
    r"merg\w*\s+with|restructur\w*|disband\w*|abolish\w*|spill(?:ed|ing)?|closure|"
    # shut or closed for good, not for the day ("the office closes at 5", "closing the case")
    r"(?:shut|shuts|shutting|close|closes|closing)(?:\s+down)?(?!\s+(?:at(?!\s+the\s+end\b)|by|early|late|from|on|up|off|out|over|in\s+on|for\s+(?:lunch|the\s+(?:day|night|"
    r"week|weekend|holidays)|christmas|easter|a\s+(?:day|week))|the\s+(?:case|file|door|deal|gap|loop|window|app|tab|laptop|lid|gate)|my|our\s+(?:case|file)))"
    r")\b", re.I)
_UNIT = re.compile(r"\b(?:team|section|unit|branch|office|desk|helpdesk|help\s+desk|centre|center|function|division|group|directorate|"
                   r"command|squad|records|payroll|processing|workforce|shop\s+floor|positions|roles|jobs|of\s+us)\b", re.I)
_HEADS = re.compile(rf"\b{_NUM}\s+(?:\w+\s+)?(?:of\s+us|positions|roles|jobs|staff|people|ftes?|officers|analysts|els?\d?|aps\d?)\b|"
                    r"\b(?:whole|entire)\s+(?:\w+\s+)?(?:team|section|unit|branch|office|desk|helpdesk|centre|function)\b", re.I)


def restructure(text: str) -> str | None:
    if NOT_AGENCY.search(text) or _LEISURE.search(text):
        return None
    m = _RESTRUCTURE.search(text)
    if not m or not _UNIT.search(text):
        return None
    more = _HEADS.search(text) or WHEN.search(text) or LEAK.search(text)
    return f"{m.group(0)} / {more.group(0)}" if more else None


def rate(text: str) -> str | None:
    if NOT_AGENCY.search(text):         # (not _LEISURE: its "flags" are a beach's, here they are a check's)
        return None
    m = RATE.search(text)
    return m.group(0) if m else None


# Round 13: a class of dogs, handlers or recruits and where they are sent ("this class of nine graduates on the 20th; six go
# to the airport"), and officers moved between sites ("losing five to the airport in Feb"): where capability goes is the
# disclosure. A puppy school's graduation says where nobody goes.
_CLASS = re.compile(r"\b(?:class|intake|course|cohort|batch|squad|lot|litter|pups|puppies|dogs|handlers|recruits|trainees|grads|graduates|"
                    r"new\s+starters)\b", re.I)
DEPLOY = re.compile(rf"(?<![\d:.$])\b{_NUM}\s+(?:of\s+(?:them|those|the\s+\w+)\s+|(?:new\s+)?[\w-]+\s+)?(?:go|goes|going|head|heads|heading|headed|are\s+(?:posted|going|off)|"
                    r"posted|deployed|sent|off|move|moving)\s+(?:straight\s+|out\s+)?to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
                    r"(?:airports?|seaports?|ports?|wharf|wharves|terminals?|mail|parcel|cargo|hub|depot|centre|center|exchange|gateway|"
                    r"patrol|border|north|south|east|west|base|station|office|branch|desk|team|international|domestic)\b|"
                    rf"\b(?:losing|lose|lost|getting|gaining|gain)\s+{_NUM}\s+(?:new\s+)?(?:[\w-]+\s+){{0,2}}(?:to|from)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                    r"(?:airports?|seaports?|ports?|wharf|terminals?|mail|cargo|hub|depot|centre|exchange|gateway|patrol|base|station|office|branch|team)\b",
                    re.I)


def deployment(text: str) -> str | None:
    if NOT_AGENCY.search(text) or _LEISURE.search(text):
        return None
    m = DEPLOY.search(text)
    return m.group(0) if m and (_CLASS.search(text) or m.group(0).lower().startswith(("losing", "lose", "lost", "getting", "gaining", "gain"))) else None


KINDS = (("seizures", "handler"), ("detentions", "incident"), ("casework", "target"), ("workforce", "staffing"),
         ("workforce", "restructure"), ("workforce", "deployment"), ("search", "rate"), ("operations", "upcoming"), ("policy", "policy_change"),
         ("policy", "leak"))


# Round 10: one crew or boat alone on a whole region ("only our boat on the line for the whole gulf", "just us
# covering the entire north-west"), in a hitch or not: the coverage is the disclosure, not the writer's roster.
_ASSET = r"(?:boats?|crews?|vessels?|teams?|cutters?|units?|patrols?|ships?|dogs?|planes?|aircraft|officers?|handlers?|cars?|choppers?)"
COVERAGE = re.compile(r"\b(?:just|only)\s+(?:us|our\s+(?:[\w-]+\s+)?(?:boat|crew|vessel|team|cutter|unit|patrol|ship|dog))\b[^.!?]{0,60}"
                      r"\b(?:whole|entire|all\s+of)\b|"
                      # round 12: any small count of boats, dogs or crews on a whole region, in either order ("the whole north
                      # coast covered by one patrol boat", "two dogs for the entire airport overnight")
                      rf"\b(?:whole|entire)\s+(?:[\w-]+\s+){{0,3}}(?:is\s+|was\s+)?(?:covered|run|crewed|staffed|patrolled|worked)\s+by\s+"
                      rf"(?:just\s+|only\s+)?{_NUM}\s+(?:[\w-]+\s+)?{_ASSET}\b|"
                      rf"(?<![\d:.$])\b{_NUM}\s+(?:[\w-]+\s+)?{_ASSET}\s+(?:to\s+)?(?:for|cover(?:s|ing)?|on|across|run(?:ning)?)\s+"
                      r"(?:the\s+)?(?:whole|entire)\b(?!\s+(?:day|week|weekend|night|month|year|time|trip|holiday|summer|winter|"
                      r"season|time|family|house))", re.I)


@lru_cache(maxsize=4096)       # pure: several detectors ask about the same sentence
def staffing(text: str) -> str | None:
    if NOT_AGENCY.search(text):
        return None
    m = COVERAGE.search(text) or LONE.search(text)
    if m:
        return m.group(0)
    if _LEISURE.search(text):
        return None
    m = STAFFING.search(text)
    if m:
        return m.group(0)
    m = COUNTED.search(text)
    return m.group(0) if m and SITE.search(text) else None


def upcoming(text: str) -> str | None:
    if _LEISURE.search(text):
        return None
    w, op = WHEN.search(text), _OPERATION.search(text)
    return f"{op.group(0)} / {w.group(0)}" if w and op else None


def policy_change(text: str) -> str | None:
    if _LEISURE.search(text) or NOT_AGENCY.search(text):
        return None
    w, p, c = WHEN.search(text), _POLICY.search(text), _CHANGE.search(text)
    return f"{p.group(0)} {c.group(0)} / {w.group(0)}" if w and p and c else None


def leak(text: str) -> str | None:
    m = LEAK.search(text)
    return m.group(0) if m else None


def target(text: str) -> str | None:
    m = TARGET.search(text)
    return m.group(0) if m else None


def incident(text: str) -> str | None:
    m = INCIDENT.search(text)
    return m.group(0) if m and _FACILITY.search(text) else None


def goods(text: str) -> str | None:
    """Goods a find names (drugs, cash, guns, passports): something named, whatever the count."""
    m = _GOODS.search(text)
    return m.group(0) if m else None


# Round 14: goods with their measure: a weight ("a kilo and a half", "900 grams", "2t") or a count of packages ("22 blocks",
# "fourteen packets"). A bare name ("the passport counter", "tobacco again", "far too many vapes") is not a find's measure.
_MEASURED = re.compile(rf"(?:\b\d[\d,.]*\s*(?:kg|g|grams?|kilos?|tonnes?|t)\b|\b(?:{_NUM}|a|an|half\s+a)\s+(?:and\s+a\s+half\s+)?"
                       r"(?:kilos?|kilograms?|kg|grams?|tonnes?)\b|"
                       rf"\b(?:\d[\d,]*|{_NUM}|a|an|one)\s+(?:[\w-]+\s+)?(?:bricks?|blocks?|packets?|parcels?\s+of|bags?\s+of|pills|tablets|cartons?|sticks|"
                       r"cigarettes|vials|rounds|firearms|guns|pistols|passports)\b)", re.I)


def measured_goods(text: str) -> str | None:
    """Goods named with their measure (round 14): "a kilo and a half sewn into his bag lining", "22 blocks of hash"."""
    m = _MEASURED.search(text)
    return m.group(0) if m and _GOODS.search(text) else None


def handler(text: str) -> str | None:
    m, g = HANDLER.search(text), _GOODS.search(text)
    return f"{m.group(0)} ... {g.group(0)}" if m and g else None


_CUES = {"handler": handler, "incident": incident, "target": target, "staffing": staffing, "restructure": restructure,
         "rate": rate, "upcoming": upcoming, "policy_change": policy_change, "leak": leak,
         "deployment": deployment}


def cues(text: str) -> list[tuple[str, str, str]]:
    """(learned kind, cue name, matched words) for every cue the text shows, most specific first."""
    out = []
    for kind, name in KINDS:
        found = _CUES[name](text)
        if found:
            out.append((kind, name, " ".join(found.lower().split())))
    return out


@lru_cache(maxsize=4096)       # pure: learned.candidate asks per detector
def signal(text: str) -> bool:
    """Worth reading by meaning (learned.candidate): the text shows one of the cues."""
    return bool(cues(text))


# The writer's own hours: "I'm on nights", "my earlies".
_OWN_HOURS = re.compile(r"\b(?:i'?m|im|i\s+am|i\s+work|i'?ve\s+got|i\s+have|my)\b", re.I)


@lru_cache(maxsize=4096)       # pure: the routine detector asks each pass
def site_roster(text: str) -> bool:
    """A head count on a site's shift ("two of us on nights for the whole port", "nights cut to two officers"):
    the site's roster, not the writer's routine, unless the writer also speaks of their own hours."""
    return staffing(text) is not None and not _OWN_HOURS.search(text)
