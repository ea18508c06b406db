"""The learned half of the open categories: the model proposes, the detector's context confirms.

Official information, systems information, vulnerability and routine are said
in too many ways for word lists. Each of those detectors first runs its rules;
then, for the sentences its rules did not hit, it asks `footprint.analysis.detect.meaning` what
the sentence is about and keeps a learned hit only when its own context gate
agrees (insider voice for official information, work context for systems, the
subject's own voice for vulnerability, a stated time, day or shift for
routine). The scan-level employment gate of extract.py applies unchanged.

A doc's sentences are embedded once, however many detectors ask (DocFacts
memo), and only sentences with a candidate signal are embedded at all
(`candidate`): see docs/performance.md for what that gate costs in recall.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from footprint.analysis.detect.detectors import official_cues
from footprint.analysis.detect.rank_words import spell_ranks
from footprint.analysis.findings import Detection

if TYPE_CHECKING:
    from footprint.analysis.detect.meaning import Verdict
    from footprint.analysis.detect.detectors.base import Detector
    from footprint.analysis.detect.detectors.context import SentInfo, UnitContext

PATTERN = "learned:minilm"
MIN_WORDS = 4
# Learned hits report below the rules' confidence: 0.55 at the threshold, up to 0.8.
BASE_CONFIDENCE, SPAN_CONFIDENCE = 0.55, 0.25
# Which fields of a profile are prose worth reading by meaning ("name", "jobTitle" are not).
PROSE_FIELDS = {"summary", "description", "about", "bio", "note"}

# A swing or hitch: "four weeks at sea, four weeks home", "2 weeks on / 2 off", "next hitch starts Monday".
_N = r"(?:\d+|one|two|three|four|five|six|eight)"
_SWING = (rf"\b{_N}\s+weeks?\s+(?:on|at\s+sea|offshore|away|on\s+the\s+\w+(?:\s+boat)?)\b[^.]{{0,40}}?\b{_N}\s+"
          r"(?:weeks?\s+)?(?:off|home|at\s+home)\b|\b(?:next|my)\s+(?:swing|hitch|rotation)\b|\bfifo\b")
_TIME_RX = re.compile(r"\b\d{1,2}(?:[:.]\d{2})\s*(?:am|pm)?\b|\b\d{1,2}\s*(?:am|pm)\b|\b(?:monday|tuesday|wednesday|thursday|"
                      r"friday|saturday|sunday|weekday|weekend)s?\b|\bevery\b|\beach\s+(?:morning|day|week|night)\b|"
                      r"\b(?:earlies|lates|nights|roster|rostered|shifts?|dog\s*watch|graveyard|fortnightly|weekly|"
                      r"mornings|arvos|before\s+work|after\s+work)\b|\b\d{4}\s*(?:to|-|–)\s*\d{4}\b|\b\d\s+on\s+\d\s+off\b|" + _SWING, re.I)
# A routine recurs: one appointment ("Meeting at 2pm") is not one.
_RECUR_RX = re.compile(r"\b(?:every|each|always|usual(?:ly)?|daily|weekly|fortnightly|weekdays?|weekends?|(?:mon|tues|wednes|"
                       r"thurs|fri|satur|sun)days|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:mornings|nights|"
                       r"evenings|arvos|afternoons)|earlies|lates|nights|shifts?|roster(?:ed)?|\d\s+on\s+\d\s+off|before\s+work|"
                       r"after\s+work|all\s+(?:week|month|fortnight)|(?:days|times)\s+a\s+week|most\s+(?:days|mornings|nights)|"
                       r"same\s+(?:time|table|train|bus|ferry|spot))\b|" + _SWING, re.I)
# A span of days ("Mon to Thu", "Tuesday-Friday") and a roster said in words ("four on, four off", "two days, two nights").
_DAYNAME = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?"
_SPAN = (rf"\b{_DAYNAME}\s*(?:to|-|–|through|thru|till|until)\s*{_DAYNAME}\b|\b{_N},?\s+on,?\s+{_N},?\s+off\b|"
         rf"\b{_N}\s+days?,?\s+(?:and\s+)?{_N}\s+nights?\b")
# Round 6: abbreviated days in a list ("tue and sat", "Mon/Thu") recur; hours as a bare range ("8 till 2",
# "9-3") are a time; a cycle with a rostered day off ("four on then an RDO") or a swing recurs.
_ABBR_DAY = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?"
_DAY_LIST = rf"\b{_ABBR_DAY}(?:\s*(?:,|/|&|\+|and)\s*{_ABBR_DAY})+(?!\w)"
_HOURS = r"(?<![\d:.$])\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\s*(?:till|til|until|to|-|–)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\b(?![\d:.%])"
_CYCLE = rf"\brdos?\b|\brostered\s+days?\s+off\b|\b{_N}\s+(?:days?\s+)?on\b[^.]{{0,20}}?\b(?:off|rdo)\b|\bswings?\b"
_TIME_RX = re.compile(_TIME_RX.pattern + "|" + _SPAN + "|" + _DAY_LIST + "|" + _HOURS, re.I)
_RECUR_RX = re.compile(_RECUR_RX.pattern + "|" + _SPAN + "|" + _DAY_LIST + "|" + _CYCLE, re.I)
_THIRD_RX = re.compile(r"\b(?:he|she|they|his|her|their|him|them|you|your)\b", re.I)
# Someone else by pronoun. "They" and "you" are left out on purpose: "they gave the acting job to a grad" is the
# bosses and "if you pay cash you get pulled aside" the reader, both the subject's own telling; the detectors'
# own gates decide (this one only decides what is worth embedding).
_PERSON_RX = re.compile(r"\b(?:he|she|his|her|him)\b", re.I)
# A cheap first pass, so that chatter is never embedded: a broad net of stems any of the four kinds of
# sentence tends to carry (the model, not this list, decides). Its cost in dev recall: docs/performance.md.
_SIGNAL_RX = re.compile(
    r"\b(?:work\w*|job|shift\w*|office|team|boss|manage\w*|promot\w*|overlooked|knocked\s+back|passed\s+over|acting|"
    r"system\w*|server\w*|login\w*|log\s+in|password\w*|access|network|database|portal|app|computers?|laptops?|"
    r"terminals?|screens?|scanners?|x-?ray\w*|kiosks?|gates?|cctv|vpn|it|lookup|crash\w*|froze|frozen|outage|"
    r"glitch\w*|carked|died|dead|broke\w*|offline|\w+\s+down|"
    r"kilos?|kg|grams?|tonnes?|pills?|tabs?|ice|meth|coke|cocaine|heroin|mdma|steroids?|drugs?|gear|smokes|"
    r"cigarettes|tobacco|chop\s+chop|cash|guns?|pistols?|seiz\w*|haul|bust|stash|hidden|hid|stuffed|taped|strapped|"
    r"sewn|packed|concealed|lining|found|caught|pulled|container\w*|pallets?|shipments?|consignments?|cargo|parcels?|"
    r"mail\s+cent(?:re|er)|bags?|suitcases?|luggage|flight|boat|vessel|passengers?|pax|secondary|search\w*|swab\w*|detain\w*|"
    r"deport\w*|removal|escort\w*|compound|court|tribunal|testify|evidence|visa\w*|cases?|caseload|files?|"
    r"interview\w*|refused|primary|"
    r"lost|losing|down|debt\w*|loans?|owe[ds]?|owing|broke|skint|rent|mortgage|cards?|bills?|pay|payday|bet\w*|punt\w*|"
    r"pokies|multis?|tab|bookies?|horses|grand|\d+k|\$\d[\d,]*|drink\w*|drunk|beers?|schooners?|wine|vodka|"
    # round 13: a farewell nobody mentioned, a retirement short, drugs got informally, a child's weekends, security markings,
    # kit that times out or will not save, a change before its announcement
    r"send-?off|farewell|leaving\s+do|retire\w*|no\s+script|pingers|tren|anavar|sarms|dbol|roids|mate\s+of\s+a\s+mate|"
    r"off\s+a\s+(?:bloke|guy|fella|dude)|every\s+(?:second|other)\s+weekend|"
    r"alternate\s+weekends|too\s+quiet|a\s+soul|younger|classified|protected|sensitive|read-?only|tim(?:es|ed)\s+out|save|"
    r"embargo\w*|announce\w*|go(?:es)?\s+live|scoring|threshold|"
    r"bottle|hungover|alone|lonely|loneliness|nobody|no\s+one|empty|invisible|split|separat\w*|divorce\w*|ex|"
    r"left|moved\s+out|walked\s+out|custody|mediation|"
    # round 10b: a couple ended in a few words ("<Name> and I are done", "called it quits", "just me and the cat now")
    r"(?:and|n|&)\s+(?:i|me)\s+(?:are|r|were)\s+(?:done|finished|over|through)|called\s+it\s+quits|single\s+again|"
    r"just\s+(?:me|us)\s+(?:and|n|&)\s+the|"
    # round 3: insiders' HR, training and patrol talk, certificates and hosts, slang for the punt, the grog,
    # buy-now-pay-later and giving up on the employer, alarms and musters
    r"upstairs|management|leave|caring|toss|outside|external|redundan\w*|restructure|positions|roles|cuts?|intake|"
    r"recruits?|graduat\w*|posted|course|roof|strait|islands?|crossings?|patrol\w*|refit|dry\s+dock|reports?|intel|"
    r"certificates?|certs?|gateway|citrix|cutover|migrat\w*|hosts?|replication|payroll|module|hr|"
    r"nags|mugs?|slab|carton|grog|piss|sesh|afterpay|zip|klarna|bnpl|instalments?|noodles|"
    r"alarm|muster|briefing|clock\s+on|knock\s+off|"
    # round 6: heads on a roster, boats and crews, a patrol's window, a queue, hearings, units merged or cut,
    # what flags a traveller, keying documents by hand, what a record shows; festival and gaming slang, a
    # supplier's debt, the bottle by the box, an offer for more money
    r"crew\w*|bodies|officers?|staff\w*|skeleton|covering|cover|roster\w*|boats?|cutter|ship|tinn(?:y|ies)|sampans?|"
    r"hulls?|aboard|sail\w*|deploy\w*|at\s+sea|towed|tow|queue\w*|on\s+hold|callers?|calls|waiting|backed\s+up|"
    r"travell?ers?|hearing|matters?|quarter|aat|branch|section|unit|cell|merg\w*|absorbed|folded|disband\w*|"
    r"stood\s+down|scrapped|jobs|flag\w*|tickets?|fares?|paid|booked|booking|carry-?on|profil\w*|readers?|"
    r"reboot\w*|manual\w*|by\s+hand|keyed|keying|typing|records?|history|seats?|"
    r"festival|doof|rave|eck\w*|eccies|molly|md|caps|tabs|lines|ket|doubles|skins?|loot|crates?|unbox\w*|packs|"
    r"supplier|wholesaler|distributor|creditors?|amex|visa|mastercard|credit|offers?|slab|goon|six-?packs?|"
    r"grad|overtime|unpaid|rdo|swing|barge|ferry|plane|airstrip|ops?|operations?|blitz|compliance|baggage|"
    r"nervous|profil\w*|red|goon|snow|gear|points?|bag|rolled|rolling|"
    # round 7: a centre's head count and rooms, a charter's manifest, an office shutting and fly-in teams,
    # sightings off a reef, tariffs, audits and importers, an appeal and its grounds, car carriers stripped,
    # a data platform moved to the cloud; the bereaved at home, a boss young enough to be a child, coins and
    # tokens, bottles and o'clock, loans at their limit
    r"centre|clinic|medical|nurse|population|blokes|inmates|charter\w*|manifest|clos\w*|shut\w*|fly-?in|"
    r"surveil\w*|sight\w*|spotted|reefs?|shoals?|tariff\w*|duty|duties|reclassif\w*|import\w*|export\w*|"
    r"audit\w*|undervalu\w*|declar\w*|warehouse|applicant|minister\w*|appeal\w*|judge|barrister|counsel|"
    r"grounds?|carriers?|vehicles?|cars|utes?|cloud|on-?prem\w*|lakehouse|platform|cutover|"
    r"widow\w*|passed|husband|wife|quiet|radio|telly|nappies|wr[io]te?\w*\s+up|written\s+up|joke|circus|"
    r"younger|tip\w*\s+\w+\s+out|angr\w*|chopping|axe[ds]?|coins?|crypto|bitcoin|btc|eth|altcoins?|tokens?|"
    r"o'?clock|maxed|limit|repayments?|"
    # round 8: stowaways and where they hide, a queue against its target, a hearing of the Senate, files left on a
    # drive, a password on a note, document-examination kit; the machines, wages, a mate lending, registration,
    # cans in the garage, nights without sleep
    r"stowaway\w*|lockers?|holds?|apps|kpis?|targets?|backlog|estimates|senate|brief\w*|members?|drives?|folders?|"
    r"spreadsheets?|workbooks?|sticky|post-?its?|laminat\w*|passports?|foils?|machines?|wages|spotted|lend\w*|lent|"
    r"borrow\w*|rego|registration|cans|garage|shed|awake|sleep\w*|slept|insomnia|counters?|desks?|"
    # round 10: a promotion named by its classification, a merit round's verdict; a marriage ended tersely, the bed
    # borrowed after it; a card's balance and its minimum; kit and its vendor changed
    r"level|aps\s?\d|el\s?\d|ses|sog|sergeant|inspector|supervisor|merit|shortlist\w*|unsuccessful|applied|applying|"
    r"knockbacks?|married|marriage|husband|partner|couch|spare\s+(?:room|bed)|finished|called\s+it|for\s+good|"
    r"silent|minimum|balance|redraw|refinanc\w*|interest|overdraft|statements?|firewalls?|vendor|"
    r"supplier|switch\w*|routers?|readers?|gates?|"
    # round 11: help sought for strain, pills with the grog, a countdown to leaving, a
    # partner gone in three words; work handed out or merged, watchlists and risk models, accounts and their logins
    r"counsell?\w*|psych\w*|therap\w*|burn\w*\s+out|burnout|fumes|stress\s+leave|"
    r"painkillers|endone|valium|xanax|oxy\w*|sleeps|walked\s+out|missus|outsourc\w*|contractors?|provider|"
    r"offshor\w*|consolidat\w*|fold\w*|spill\w*|watchlists?|alert\s+list|risk|accounts?|admin|patch\w*|gacha|loot|"
    r"showed\s+me\s+the\s+door|let\s+go|sacked|fired|laid\s+off|livid|furious|bitter|pushed\s+out|ceremon\w*|conferees|process\w*|"
    # round 12: working dogs and their training, boats caught and towed, raids by warrant or door knock; kit in passing
    # (cameras, radios, radar, a satellite link, tablets, a vendor's update, a sync); money and health in slang (cooked,
    # a reno on the card, a waiting list, pain), a remote posting
    r"dogs?|k9|scent|trawlers?|longliners?|fishing|tinn(?:y|ies)|dragged|warrants?|door\s*knocks?|"
    r"overstay\w*|hostels?|addresses|premises|sweep|raids?|cameras?|radars?|radios?|link|usb|tablets?|toughbooks?|ipads?|"
    r"viewer|software|updates?|sync\w*|boot\w*|tokens?|cooked|reno|waiting\s+list|surgery|pain\w*|posting|outpost|"
    # round 14: a craft stopped and who was on it (intercepted, apprehended, pinged, nabbed, "on board"), small craft by their
    # names, goods by theirs; a roster held up by a temp or a backfill; being treated as nothing by the bosses; a newcomer alone
    r"intercept\w*|apprehend\w*|nabb?\w*|pinged|arrest\w*|boarded|on\s*board|held|yachts?|catamarans?|ketch|dinghy|dinghies|"
    r"runabouts?|skiffs?|dor(?:y|ies)|resin|hash|cannabis|bricks?|blocks|abalone|casuals?|temps?|backfill\w*|vacanc\w*|"
    r"treat(?:s|ed|ing)?\s+(?:me|us)|taken\s+for\s+granted|look\w*\s+(?:straight\s+)?through\s+me|next\s+round|new\s+(?:to|in)\s+(?:town|the\s+city|\w+)|"
    r"don'?t\s+know\s+(?:anyone|anybody|a\s+soul))"
    r"(?:e?s)?\b", re.I)      # any of them plural too: "vessels", "bottles", "blitzes"


def candidate(sent: "SentInfo", ctx: "UnitContext") -> bool:
    """Worth embedding: long enough and with some signal one of the four gates could confirm."""
    if len(sent.text.split()) < MIN_WORDS:
        return False
    if has_schedule(sent) or official_cues.signal(sent.text):
        return True
    # Official information, systems and vulnerability all need the subject's (or an insider's) voice or work words.
    # round 14: goods with their measure (official_cues.measured_goods) voice a find told of someone else ("bloke off the Bali flight pinged with a
    # kilo in his golf bag"): the traveller is "he", the teller is the officer; each detector's own gate still decides
    voiced = (sent.any_first_person or not _PERSON_RX.search(sent.text) or ctx.item_facts.work
              or official_cues.measured_goods(sent.text) is not None)
    # the text as the model reads it: "not ready for the 4" names a job once the rank is spelled out (rank_words.py)
    return voiced and _SIGNAL_RX.search(spell_ranks(sent.text)) is not None


def readable(ctx: "UnitContext") -> bool:
    return ctx.kind != "profile_field" or (ctx.field or "").lower() in PROSE_FIELDS


# A passage read by meaning has at least this many words: terse posts come in fragments ("ICS down again. third
# time this week. back to pen and paper"), each too short to mean anything alone.
PASSAGE_WORDS = 8


def passages(sents: list["SentInfo"]) -> list["SentInfo"]:
    """The sentences as the model reads them: short ones joined to the next (a short last one to the one before)
    until a passage has PASSAGE_WORDS words, so "moved out. 14 yrs and it's over." is read as one; every long
    sentence is also read alone, and a post of one short sentence as it is."""
    from footprint.analysis.detect.detectors.context import SentInfo

    groups: list[list["SentInfo"]] = []
    open_group: list["SentInfo"] = []
    for s in sents:
        open_group.append(s)
        if sum(len(x.text.split()) for x in open_group) >= PASSAGE_WORDS:
            groups.append(open_group)
            open_group = []
    if open_group:
        if groups and len(open_group[0].text.split()) < PASSAGE_WORDS:
            groups[-1] += open_group
        else:
            groups.append(open_group)
    # A short sentence is read only inside its passage (alone, "Earlies have broken me." or "Hello, forty years of
    # mortgage." reads as distress); a long one is read alone as well.
    out = [s for g in groups for s in g if len(g) == 1 or len(s.text.split()) >= PASSAGE_WORDS]
    for g in groups:
        if len(g) == 1:
            continue
        span = g[0].span.doc[g[0].span.start:g[-1].span.end]
        out.append(SentInfo(span, span.text, span.text.lower(), any(x.first_person for x in g), g[0].implied_first_person))
    # Round 11: in a question-and-answer thread an answer means nothing without its question ("Q: how many of you on
    # a shift? A: most days five, last night me and one other."): each answer is also read with the question before it.
    joined = {(x.span.start, x.span.end) for x in out}
    for q, a in zip(sents, sents[1:]):
        if _QUESTION_RX.search(q.text) and _ANSWER_RX.match(a.text):
            span = q.span.doc[q.span.start:a.span.end]
            if (span.start, span.end) not in joined:
                out.append(SentInfo(span, span.text, span.text.lower(), q.first_person or a.first_person, q.implied_first_person))
    return out


_QUESTION_RX = re.compile(r"^\W*Q\s*[:.)]|\?\W*$")
_ANSWER_RX = re.compile(r"^\W*A\s*[:.)]\s")


def candidates(ctx: "UnitContext") -> list["SentInfo"]:
    """The unit's passages worth embedding (`passages`, `candidate`), computed once per doc."""
    return ctx.facts.memo("learned:candidates",
                          lambda: [s for s in passages(ctx.facts.sents) if candidate(s, ctx)] if readable(ctx) else [])


def verdicts(ctx: "UnitContext") -> list[tuple["SentInfo", "Verdict"]]:
    """(passage, verdict) for the unit's candidate passages, computed once per doc."""
    def compute():
        from footprint.analysis.detect.meaning import classifier
        sents = candidates(ctx)
        return list(zip(sents, classifier().read([s.text for s in sents]))) if sents else []
    return ctx.facts.memo("learned:verdicts", compute)


def proposals(det: "Detector", ctx: "UnitContext", skip: set[int]) -> Iterator[tuple["SentInfo", "Verdict"]]:
    """Sentences the model reads as the detector's category, not vetoed by its deny list. The model fills
    in where the rules are silent: nothing when the detector's rules already hit this unit (`skip`)."""
    if skip:
        return
    for sent, v in verdicts(ctx):
        if v.label == det.CATEGORY and sent.span.start not in skip and not det.denied(sent.text):
            yield sent, v


# A sentence about someone else: "My mate's done his dough..."; round 19: or, terse, their thing with no "my" ("Mate's ute
# got seized by the council for rego", "Neighbour's boy owes the bank"): not "Mate, I'm broke".
_OTHERS_RX = re.compile(r"^\W*(?:(?:my|our)\s+(?:ex-?|old\s+|former\s+|best\s+)?(?:mate|mates|brother|sister|cousin|dad|mum|father|mother|friend|neighbour|"
                        r"uncle|aunt|aunty|son|daughter|boss|colleague|workmate|flatmate|housemate|nephew|niece)(?:'s|s)?\b|"
                        r"(?:mate|brother|sister|cousin|dad|mum|father|mother|friend|neighbou?r|uncle|aunt|aunty|son|daughter|boss|"
                        r"colleague|workmate|flatmate|housemate|nephew|niece)(?:'s|\u2019s)\s)", re.I)


# Someone the subject serves at work: a migration agent's client's cancellation and money worries are not hers.
_CLIENT_RX = re.compile(r"\b(?:client|customer|applicant|patient|student|visa\s+holder)s?(?:'s|s')?\b", re.I)


# A story on a screen or a page: "that show where the director gets passed over", "the novel's drinker".
_MEDIA_RX = re.compile(r"\b(?:(?:the|that|this|a|tv)\s+shows?|series|film|movie|book|novel|episode|character|doco|documentary|podcast|sitcom|"
                       r"soap|storyline|plot)s?\b", re.I)
# Said to the reader, not about the writer: "feeling lonely is more common than you think", "check in on your mates".
_READER_RX = re.compile(r"\b(?:you|your|yourself|u|ur)\b", re.I)


# Someone of the subject's circle as the one it happens to, anywhere in a sentence with no "I": "Worried about my
# brother, he's lost his whole pay on the pokies again" (round 8).
_OTHERS_SUBJECT_RX = re.compile(r"\b(?:my|our)\s+(?:ex-?|old\s+|best\s+|little\s+|big\s+|older\s+|younger\s+)?(?:mate|mates|"
                                r"brother|sister|cousin|dad|mum|father|mother|friend|neighbour|uncle|aunt|aunty|son|daughter|"
                                r"colleague|workmate|flatmate|housemate|nephew|niece)\b[^.!?]{0,25}?\b(?:he|she|they)(?:'s|'ve|\s+(?:has|have|is|"
                                r"are|was|were|lost|keeps|owes|blew|did|does|spent|put|got))\b", re.I)
_SINGULAR_I_RX = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|i'll|me)\b", re.I)


def about_someone_else(sent: "SentInfo") -> bool:
    """Opens on someone else of the subject's circle ("My brother's drowning in debt"), is about a client
    ("Another client facing cancellation, he's borrowed from everyone"), a story on screen or page, or (with no
    I or we) is said to the reader. A bare "She" does not count: "She took the kids and moved out" is the
    subject's own story."""
    if _OTHERS_SUBJECT_RX.search(sent.text) and not _SINGULAR_I_RX.search(sent.text):
        return True
    return (_OTHERS_RX.search(sent.text) is not None or _CLIENT_RX.search(sent.text) is not None
            or _MEDIA_RX.search(sent.text) is not None
            or (not sent.first_person and _READER_RX.search(sent.text) is not None))


# "They" with no "I": the bosses when a grievance is told ("knocked back again, they gave it to a grad"), but a
# sentence that opens on them is theirs ("They've lost the house").
_THEY_OPENS_RX = re.compile(r"^\W*(?:they|their|them)\b", re.I)


def own_voice(sent: "SentInfo", bosses: bool = False) -> bool:
    """The subject speaks of themself: "I/my/we", a diary-style opening verb, or no one else named as subject,
    and the sentence does not open on someone else ("My brother's drowning in debt"). With `bosses` (a grievance),
    "they" in the sentence is the employer, not someone else, unless the sentence opens on them."""
    if bosses and not sent.any_first_person and not _PERSON_RX.search(sent.text) and not _THEY_OPENS_RX.search(sent.text):
        return not about_someone_else(sent)
    return (sent.any_first_person or not _THIRD_RX.search(sent.text)) and not about_someone_else(sent)


# Contact details in the sentence ("for rostering questions email me at ...", "ring me on 02 5550 7712"): a line
# that invites contact, read by the contact detectors, not an operation told by meaning.
_CONTACT_RX = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|(?<!\d)(?:\+?61\s?|0)[2-478](?:[\s-]?\d){8}(?!\d)|\b1[38]00(?:[\s-]?\d){6}\b")


def gives_contact(sent: "SentInfo") -> bool:
    return _CONTACT_RX.search(sent.text) is not None


def recurs(text: str) -> bool:
    """The text says something happens again and again ("every", "Tuesdays", "earlies", "4 on 4 off")."""
    return _RECUR_RX.search(text) is not None


def has_schedule(sent: "SentInfo") -> bool:
    """A stated time, day or shift that recurs."""
    return _TIME_RX.search(sent.text) is not None and _RECUR_RX.search(sent.text) is not None


def detection(det: "Detector", ctx: "UnitContext", sent: "SentInfo", v: "Verdict", *, value: str, key: str,
              support: list[str] = (), attrs: dict | None = None) -> Detection | None:
    """A learned hit that explains itself: model, probability, nearest labelled examples, and the gate's words."""
    span = max(1e-9, 1.0 - det_threshold(v))
    conf = BASE_CONFIDENCE + SPAN_CONFIDENCE * max(0.0, v.score - det_threshold(v)) / span
    why = [f"model p={v.score:.2f}", *[f'like "{t}" ({s:.2f})' for t, s in v.nearest], *support]
    return det.detection(ctx, value=value, key=key, confidence=conf, pattern=PATTERN, excerpt_text=sent.text,
                         support=why, attrs={**(attrs or {}), "learned": {"explanation": v.explain(), "score": round(v.score, 3),
                                                                           "kind": v.kind,
                                                                           "nearest": [f"{t} ({s:.2f})" for t, s in v.nearest]}})


def det_threshold(v: "Verdict") -> float:
    from footprint.analysis.detect.meaning import THRESHOLDS
    return THRESHOLDS.get(v.label, 0.5)
