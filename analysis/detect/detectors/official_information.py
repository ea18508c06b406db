"""official_information: operations, seizures, detentions, policy, courts, casework, told from the inside (§5, §2).

Told from the inside means: in an insider's voice ("I", "we", "on shift"), or told plainly with operational
specifics ("2 kg of ice in candles through the mail", "all 11 crew held") and no outsider's voice (news,
"the paper says"). Whether the subject is staff at all is the scan-level employment gate's call (extract.py).
"""
from __future__ import annotations

import re
from dataclasses import replace
from types import SimpleNamespace

from footprint.analysis.detect.detectors import learned, official_cues
from footprint.analysis.detect.detectors.base import Detector
from footprint.analysis.detect.detectors.context import WordSet
from footprint.analysis.detect.detectors.employer_actor import third_party

# What a learned hit's nearest labelled example says it is about (data/sentences kinds), as the rules name it.
LEARNED_KINDS = {"seizures": ("seizures", "Seizures of goods"), "search": ("searches", "How searches are done"),
                 "detentions": ("detentions", "Detentions and removals"), "courts": ("courts", "Matters before the courts"),
                 "operations": ("operations", "Operations"), "casework": ("casework", "Day-to-day casework"),
                 "workforce": ("workforce", "Staffing, restructures and postings"),
                 "policy": ("policy development", "Policy development")}
# A learned sentence with operational specifics counts from this probability (set on the dev set).
PLAIN_FLOOR = 0.5
# A learned sentence this likely needs no insider words, only the absence of an outsider's (set on the dev set).
STRONG = 0.85
# Round 7: an operation told plainly with WHEN it happens ("the cutter leaves Darwin on Friday", "the next couple
# of car ships") reads at 0.80-0.84 with no "I"; a stated day, date or "next ..." lets it count from STRONG_WHEN.
STRONG_WHEN = 0.80
# A learned reading far from every labelled example is the regression extrapolating ("Got posted to <a centre>,
# pack the insect repellent" read as operations at p=0.84 with its nearest example at 0.34); on the dev set every
# true learned hit had a neighbour at 0.41 or more.
NEAREST_FLOOR = 0.38
# Round 9: a reading a general cue vouches for (official_cues: a head count on a line, an operation with its day,
# a decision not yet public, a target, an incident in a facility, a handler's find) counts from this probability
# when official information is the likeliest of the model's categories (set on the dev set).
CUE_FLOOR = 0.2
# Round 10: a dog handler's find names the dog's indication and the goods (official_cues.handler), the most specific cue:
# it counts from half the floor, whichever category the model likes best ("So proud of <dog>, she sat on a bag ...
# kilos of pills" reads 0.18 beside a proud parent's none examples).
# Round 11: a unit restructured or its work handed out, with its heads or its date (official_cues.restructure), is as
# specific: told as a vent it reads as a grievance ("helpdesk goes to an external provider after Easter, we find out
# next week which 3 of us stay": official 0.11, vulnerability 0.51).
CUE_FLOORS = {"handler": 0.1, "restructure": 0.1}
# Round 11: a reading up to this probability still must name something (a cue, insider work words, specifics, a count or a
# when; `_vague`): a 0.85 reading of "visa work at <centre> is not for the faint hearted" names nothing.
VAGUE_BAR = 0.9
_WHEN_RX = re.compile(r"\b(?:on|from|by|before|after|until|till)\s+(?:the\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
                      r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?=[^.]{0,30}\b(?:to|and|for)\b)|"
                      r"\b(?:next|this\s+coming|the\s+coming)\s+(?:[\w-]+\s+){0,3}(?:week|fortnight|month|quarter|ships?|boats?|"
                      r"flights?|carriers?|vessels?|\w+day)\b|\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|"
                      r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d{1,2}\b|\btomorrow\b", re.I)


# Round 12: a specific said not to have happened: "never", "hasn't", "not once" just before it.
_NEGATED_RX = re.compile(r"\b(?:never|not\s+once|hasn'?t|haven'?t|has\s+not|have\s+not|hadn'?t|didn'?t|wasn'?t)\b(?:\s+(?:even|ever|actually|once))?\s*$", re.I)

# Round 10: a count of anything ("3 cruise ships", "two officers", "a dozen", "half the team").
_COUNT_RX = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                       r"hundred|thousand|dozen|half|double|triple|single|only|every|all|whole|entire)\b", re.I)


# A system failing: "the detainee management system was down all night", "CIS fell over at 1pm". What the
# system handles (detainees, containers) is its domain, not an operation told: systems information's finding.
# Round 14: not "down to" a head count ("parcel x-ray is down to a pair of us" is staffing).
# Round 11: and what a failing system does to the work: it hangs or freezes, eats or loses what was keyed in.
_FAULT = (r"(?:down(?!\s+to\b)|crash(?:ed|es|ing)?|outage|offline|fell\s+over|froze|frozen|freez(?:es|ing)|hang(?:s|ing)|hung|died|dead|glitch\w*|"
          r"carked\s+it|ate|eats|eating|swallow(?:ed|s|ing)|wip(?:ed|es|ing)|los(?:t|es|ing)\s+(?:[\w']+\s+){0,3}(?:notes|work|data|records|"
          r"timesheets|claims|files|entries|cases|forms|changes|hours|overtime|leave|shifts|pays?|notes|"
          # round 12: whatever it loses (swaps, logs, attachments, scans), and kit failing in plain words
          r"swaps|logs|attachments|documents|images|scans|photos|entries|bookings|progress|history|months|weeks|days)|"
          r"cutting\s+out|cuts\s+out|cut\s+out|drop(?:s|ped|ping)?\s+out|playing\s+up|plays\s+up|on\s+the\s+blink|useless|half-?blind|"
          r"not\s+working|stopped\s+working|(?:been|is|was|went)\s+(?:out|off)\s+(?:since|for|all|again)|"
          r"(?:won'?t|wouldn'?t|didn'?t|doesn'?t|can'?t|couldn'?t)\s+(?:let\s+(?:you|me|us|anyone)\s+)?(?:sync|boot|load|start|connect|log\s+(?:in|on)|talk\s+to|"
          # round 13: kit that will not save, reach a lookup or let you in, times out, logs you out, goes read-only
          r"save|submit|upload|print|reach|get\s+(?:onto|into|on\s+to))|read-?only|tim(?:es|ed|ing)\s+out|"
          r"(?:reboot|restart)(?:s|ed|ing)?\s+(?:itself|themselves)|keeps?\s+(?:rebooting|restarting)|"
          r"(?:logs?|logged|logging|kicks?|kicked|boots?|booted)\s+(?:you|me|us|everyone|people)\s+(?:out|off)|"
          # round 15: kit trouble told casually: error codes, a meltdown, a battery that will not last, images or reads
          # dropped again and again, everyone read as a mismatch, an age to warm up
          r"throw(?:ing|s|n)?\s+(?:up\s+)?(?:error\s+codes|errors|faults)|error\s+codes?|(?:had|having|has|have)\s+(?:a|another)\s+"
          r"(?:meltdown|melt-?down|tantrum|hissy\s+fit)|can'?t\s+hold\s+(?:a\s+)?charge|(?:keeps?|kept)\s+(?:dropping|losing|rejecting|freezing|"
          r"crashing)|(?:reading|reads|flagging|flags|rejecting|rejects)\s+(?:everyone|everybody|every\s+\w+|all\s+\w+)(?:'s|’s)?\s+(?:\w+\s+)?as|"
          r"takes?\s+(?:\d+|ages|forever|ten|fifteen|twenty)\s+(?:min(?:ute)?s?\s+)?to\s+(?:warm\s+up|boot(?:\s+up)?|start\s+up)|"
          # round 20: everyone locked out, nothing synced, kit off the wifi, a system that runs only in one place
          r"lock(?:s|ed|ing)?\s+(?:all\s+of\s+)?(?:you|me|us|everyone|everybody|people|staff|the\s+(?:whole\s+)?\w+)\s+out|"
          r"(?:don'?t|do\s+not)\s+sync|nothing\s+syncs|(?:keeps?\s+)?drop(?:s|ped|ping)?\s+off\s+the\s+(?:wifi|network|vpn)|only\s+runs?\s+on|"
          r"(?:forgot|forgets|forgotten|wiped|lost|ate)\s+(?:every(?:one|body)|all\s+(?:of\s+)?(?:our|the))(?:'s|’s)?\s+(?:[\w-]+\s+)?"
          r"(?:codes|pins?|passwords|logins|details|settings|profiles|data|balances))")
# The kit a fault is told of (round 12: the hardware staff name in passing, not only a "system").
_KIT = (r"(?:system|database|portal|server|network|app|terminals?|kiosks?|x-?rays?|scanners?|cameras?|cctv|radars?|radios?|"
        r"(?:sat(?:ellite)?|data|comms|video)\s+link|e-?gates?|smart\s*gates?|tablets?|toughbooks?|ipads?|laptops?|pcs|printers?|"
        r"viewer|software|email|readers?|"
        # round 20: kit and software named by what it does ("the decision-support tool", "the electronic key safe")
        r"(?:decision-?support|risk|targeting|profiling|triage|screening)\s+tool|(?:key|electronic|digital)\s+safe|key\s+cabinet|"
        r"(?:awareness|data|intel\w*|analytics|case)\s+platform|(?:teams|zoom|video|vpn|webex)\s+set-?up|"
        # round 13: the cameras by their short name, field handhelds, a register or log kept in a system, a team's drive
        # round 14: a feed by what it carries ("the vessel position feed died")
        r"(?:data|video|camera|cctv|tracking|position|radar|vms|ais|satellite|live)\s+feeds?|"
        # round 15: screening kit by its maker's name ("the Rapiscan in bay 2", "the old Smiths scanner")
        r"rapiscan|heimann|nuctech|itemiser|ionscan|"
        r"cams|handhelds?|(?:incident|occurrence|records?|case|booking)\s+(?:log|register|tool)|(?:shared|team|network)\s+drive|file\s+share)")
_SYSTEM_FAULT_RX = re.compile(rf"\b{_KIT}s?\b[^.]{{0,40}}\b{_FAULT}\b|"
                              rf"(?-i:\b[A-Z][A-Z0-9]{{1,}}\b)\s+(?:is\s+|was\s+|went\s+|has\s+)?{_FAULT}\b|"
                              # round 11: the failure first ("nag-crash na naman yung case system", "froze again, the visa portal")
                              rf"\b(?:crash\w*|froze|frozen|freez(?:es|ing)|hang(?:s|ing)|outage|glitch\w*)\b[^.]{{0,30}}\b{_KIT}s?\b", re.I)
# A sentence naming kit at all (round 12: a systems reading of a sentence naming none borrows its neighbour's fault).
KIT_RX = re.compile(rf"\b{_KIT}s?\b", re.I)
_FAULT_RX = re.compile(rf"\b{_FAULT}\b", re.I)


# Round 14: a team, crew or office of another organisation, named by its own name: "the ops team at Woolworths", "Telstra's
# call centre". The name is not the subject's org (its mentions), a town (localities) or a site ("Sydney Airport").
_OTHER_TEAM_RX = re.compile(r"\b(?:team|crew|staff|office|department|dept|unit|branch|section|desk|call\s+cent(?:re|er)|warehouse|store|"
                            r"night\s*fill|workforce|roster)\s+(?:at|for|with|of)\s+((?-i:[A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+){0,2}))|"
                            r"((?-i:[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,2}))(?:'|’)s\s+(?:[\w-]+\s+)?(?:team|crew|staff|office|call\s+cent(?:re|er)|"
                            r"warehouse|workforce|roster)\b", re.I)
_SITE_NAME_RX = re.compile(r"\b(?:airport|port|wharf|wharves|terminal|centre|center|island|base|station|office|house|depot|hub|gateway|"
                           r"harbour|harbor|bay|point|head|heads|strait|reef|range|river|creek|berth|ops|operations|intel|the)\b", re.I)


# Round 15: a weight of something that is no goods ("pulled 20 kilos of blackberry vines out of the back fence"): a garden's
# weeds, a catch of fish, a load of sand; a low reading's weight then is no find's measure ("22 kilos of ice" still is).
_WEIGHT_OF_RX = re.compile(r"\b(?:\d[\d,.]*\s*(?:kg|kilos?|kilograms?|grams?|g|tonnes?)|(?:a|one|two|three|four|five|ten|twenty|fifty|a\s+hundred)\s+"
                           r"(?:kilos?|kilograms?|tonnes?))\s+of\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+)?([\w-]+(?:\s+[\w-]+)?)", re.I)


_WEIGHT_RX = re.compile(r"\d[\d,.]*\s*(?:kg|kilos?|kilograms?|grams?|g|tonnes?)", re.I)


def _weighs_other(text: str) -> bool:
    """Round 15: the sentence weighs something, and what it weighs names no goods."""
    m = _WEIGHT_OF_RX.search(text)
    return m is not None and official_cues.goods(m.group(1)) is None


# Round 14: "every" that counts things, not times ("every single one had a bag of pills in its hat"): no schedule.
_EVERY_THING_RX = re.compile(r"\bevery\s+(?:single\s+)?(?:one|last|bit|piece|item|thing|box|bag|crate|container|parcel|pallet|carton)\b", re.I)


def _scheduled(sent) -> bool:
    """learned.has_schedule, not counting an "every" that counts things."""
    if not learned.has_schedule(sent):
        return False
    stripped = _EVERY_THING_RX.sub(" ", sent.text)
    return stripped == sent.text or learned.has_schedule(SimpleNamespace(text=stripped))


# Round 20: an office holder's office is the portfolio's, no other firm ("the Minister's office briefing").
_OFFICE_HOLDER_RX = re.compile(r"\b(?:minister|ministers|secretary|commissioner|premier|deputy|director|executive|chief|"
                               r"assistant|first)\b", re.I)


def _other_org_team(sent, ctx) -> bool:
    from footprint.analysis.detect import localities
    for m in _OTHER_TEAM_RX.finditer(sent.text):
        name = m.group(1) or m.group(2)
        start = sent.span.start_char + m.start(1 if m.group(1) else 2)
        if (_SITE_NAME_RX.search(name) or _OFFICE_HOLDER_RX.search(name) or localities.lookup(name)
                or any(o.start_char <= start < o.end_char for o in ctx.facts.org_mentions)):
            continue
        return True
    return False


def system_fault(sent, ctx) -> bool:
    """The sentence tells of a system failing: a system word or a named system, then a failure; or (round 20) names a
    work system by what staff call it, or tells its failure across that aside ("the kiosk laptops (we call them the
    toasters) don't sync"): systems information's sentence either way."""
    if _SYSTEM_FAULT_RX.search(sent.text):
        return True
    from footprint.analysis.detect.detectors.system_asides import asides
    if asides().nicknamed(sent.text) or _SYSTEM_FAULT_RX.search(asides().contract(sent.text)):
        return True
    return _FAULT_RX.search(sent.text) is not None and any(
        sent.span.start <= t.start < sent.span.end for t in ctx.facts.terms("SYSTEM"))


class OfficialInformationDetector(Detector):
    CATEGORY = "official_information"
    LEXICON = "official_information"

    def __init__(self, lexicon=None):
        super().__init__(lexicon)
        self.insider = WordSet(self.words("insider"))
        self.outsider = self.regexes("outsider")
        self.outsider_strong = self.regexes("outsider_strong")
        # round 15: patterns marked plain are operational specifics too ("found roids stuffed inside a spare tyre")
        self.plain = (*self.regexes("plain"), *(p.regex for p in self.PATTERNS if p.attrs.get("plain")))
        # round 15 (second pass): a plain pattern's `requires` holds for it as a specific too (tourists off a dive boat)
        self._plain_requires = {id(p.regex): p.requires for p in self.PATTERNS if p.attrs.get("plain") and p.requires is not None}
        self.acted_on = self.regexes("acted_on")
        self.kind_words = {"workforce": self.regexes("kind_words_workforce")}

    def _insider(self, sent, ctx) -> list[str]:
        """Why this sentence is told from the inside: first person, implied first person, or work words."""
        words = self.insider.find(sent.text) + ctx.shared.first_person.find(sent.text)
        if sent.implied_first_person:
            words.append("(implied I)")
        return words

    def _specifics(self, sent) -> list[str]:
        """Operational specifics that staff state plainly: a quantity, people held, a boarding, a detainee. Round 12: not
        one denied ("a kid who's never boarded a ship" is a grievance's jibe, not a boarding told)."""
        return [m.group(0).lower() for rx in self.plain for m in [rx.search(sent.text)]
                if m and not _NEGATED_RX.search(sent.text, max(0, m.start() - 25), m.start())
                and (self._plain_requires.get(id(rx)) is None or self._plain_requires[id(rx)].search(sent.text))]

    def _only_weighs_other(self, sent) -> bool:
        """Round 15: a low reading's only specific is a weight of something that is no goods ("pulled 20 kilos of
        blackberry vines out of the back fence"); "2kg of undeclared pork" still tells more than its weight."""
        return _weighs_other(sent.text) and all(_WEIGHT_RX.fullmatch(f) for f in self._specifics(sent))

    def _told_from_inside(self, sent, ctx) -> list[str]:
        """Why a sentence is told from the inside (insider words, or operational specifics told plainly), or []
        when it is not (or an outsider tells it)."""
        if not sent.first_person and any(rx.search(sent.text) for rx in self.outsider) or \
                any(rx.search(sent.text) for rx in self.outsider_strong):
            return []
        if any(rx.search(sent.text) for rx in self.acted_on) or ctx.shared.employment.alongside(sent.text):
            return []           # acted on by the agency, or working with it from another agency: not its insider
        if third_party().in_sentence(ctx.facts, sent):
            return []           # "an <agency> officer gave evidence": the agency acts, the writer is outside it
        if _other_org_team(sent, ctx):
            return []           # round 14: "the warehouse crew at Officeworks is down to three": another firm's roster
        return self._insider(sent, ctx) or self._specifics(sent)

    def _learned_support(self, sent, ctx, v) -> list[str]:
        """Why a sentence the model reads as official information is the subject's inside knowledge: told from
        the inside, or read with a strong probability and no outsider's voice ("Fourteen jobs in the targeting
        section go before Easter and guess who types the letters" names no "I")."""
        found = self._told_from_inside(sent, ctx)
        if found or any(rx.search(sent.text) for rx in (*self.outsider, *self.outsider_strong, *self.acted_on)) or \
                ctx.shared.employment.alongside(sent.text) or third_party().in_sentence(ctx.facts, sent) or \
                _other_org_team(sent, ctx):
            return found
        if v.score >= STRONG:
            return [f"(model p={v.score:.2f} without an outsider's voice)"]
        cue = official_cues.cues(sent.text)
        if cue:
            return [f"(model p={v.score:.2f}, {cue[0][1]}: {cue[0][2]})"]
        goods = official_cues.goods(sent.text)
        # round 14: goods with their measure from PLAIN_FLOOR (a reading that low was proposed only as the model's likeliest):
        # "bloke off the Bali flight pinged with a kilo and a half in his golf bag lining" reads 0.67
        if goods and (v.score >= STRONG_WHEN or (v.score >= PLAIN_FLOOR and official_cues.measured_goods(sent.text))):
            # round 13: goods named plainly in a strong reading ("Steroids again in the body lotion bottles, same sender as
            # last month") are a find told from the inside, as a day or date is for an operation
            return [f"(model p={v.score:.2f}, told with goods: {goods.lower()})"]
        when = _WHEN_RX.search(sent.text)
        return [f"(model p={v.score:.2f}, told with when: {when.group(0).lower()})"] if when and v.score >= STRONG_WHEN else []

    def _kind_told(self, sent, key: str, cue) -> bool:
        """Round 19: a learned label taken from the nearest examples (no cue named the kind) is told only when the sentence
        has words of that kind (official_information.toml `kind_words_*`): a reading of a boat ramp's morning as staffing
        is the model extrapolating from its neighbours, not a head count told. Goods named ("a skipper with three
        passports in three names") are a find told, whatever its neighbours' kind."""
        rxs = self.kind_words.get(key)
        return bool(cue) or not rxs or any(rx.search(sent.text) for rx in rxs) or official_cues.goods(sent.text) is not None

    def _vague(self, sent, v, cue) -> bool:
        """A learned reading below STRONG that tells nothing in particular: no cue, no insider work words (only "I",
        "us"), no operational specifics, no count and no when ("visa work at <a centre> is not for the faint
        hearted, ask me how I know"). Official information names something: how many, when, what was found."""
        return (v.score < VAGUE_BAR and not cue and not self.insider.find(sent.text) and not self._specifics(sent)
                and not official_cues.goods(sent.text)
                and not _COUNT_RX.search(sent.text) and not _WHEN_RX.search(sent.text))

    def analyze(self, doc, item, ctx):
        out, seen, hit = [], set(), set()
        for sent in self.allowed_sents(ctx):
            insider = self._told_from_inside(sent, ctx)
            if not insider or system_fault(sent, ctx):
                continue
            units = [(m.start_char - sent.span.start_char, m.end_char - sent.span.start_char) for m in ctx.facts.org_mentions
                     if sent.span.start <= m.start < sent.span.end]
            work = ctx.shared.work_in(sent.text) + [t.text.lower() for t in ctx.facts.terms("TOPIC")
                                                     if sent.span.start <= t.start < sent.span.end]
            for p in self.PATTERNS:
                m = next((m for m in p.regex.finditer(sent.text)
                          if not any(s <= m.start() < e for s, e in units)), None)   # "Visa Compliance team" is the unit
                if not m or p.key in seen or p.requires is not None and not p.requires.search(sent.text):
                    continue
                seen.add(p.key)
                score = ctx.enhancer.enhance(p.confidence - 0.2, insider + work)      # insider is never empty here
                d = self.detection(ctx, value=p.value, key=f"official_information:{p.key}", confidence=score, pattern=p.id,
                                   excerpt_text=sent.text, support=[m.group(0).lower(), *insider],
                                   attrs={"topic": p.key})
                if d:
                    hit.add((sent.span.start, sent.span.end))
                    out.append(d)
        for sent, v in self._proposals(ctx, hit):
            insider = self._learned_support(sent, ctx, v)
            cue = official_cues.cues(sent.text)
            # One finding per kind of disclosure in a post, each with its own sentence: what a cue shows is the kind.
            key, value = LEARNED_KINDS.get(cue[0][0] if cue else v.kind, ("operations", "Operations"))
            if not insider or key in seen or self._vague(sent, v, cue) or not self._kind_told(sent, key, cue):
                continue
            if v.score < VAGUE_BAR and not cue and not official_cues.goods(sent.text) and _scheduled(sent):
                continue        # round 14: the writer's own shift and where it is worked (no head count, no goods) is routine's
            seen.add(key)
            d = learned.detection(self, ctx, sent, v, value=value, key=f"official_information:{key}", support=insider,
                                  attrs={"topic": key})
            if d:
                out.append(d)
        return out

    def _proposals(self, ctx, hit):
        """The model's official-information sentences the rules did not hit (a post can tell a seizure the rules
        find and a staffing level only the model reads); below the label's threshold, a sentence still counts at
        PLAIN_FLOOR when official information is its likeliest label and it states operational specifics, and
        from CUE_FLOOR when a general cue vouches for it and the model rates it above "none" (a cue is the
        evidence the nearest-example floor stands in for, so it waives that floor) or as the likeliest of its
        categories, and no other category claims it ("on the Monday my team reset 412 passwords" is systems'). Since
        round 10 a systems reading does not claim a sentence with a cue and no failing system (system_fault): "patrol
        runs go from three a day to one after July" is an operation, whatever the model's systems reading says."""
        from footprint.analysis.detect.meaning import LABELS, NONE, THRESHOLDS, classifier
        for sent, v in learned.verdicts(ctx):
            if ((sent.span.start, sent.span.end) in hit or self.denied(sent.text) or learned.gives_contact(sent)
                    or system_fault(sent, ctx)):
                continue
            cue = official_cues.cues(sent.text)
            if not cue and max((c for _, c in (v.nearest if v.label == self.CATEGORY else v.best_nearest)),
                               default=0.0) < NEAREST_FLOOR:
                continue
            if v.label == self.CATEGORY:
                yield sent, v
                continue
            p = v.scores.get(self.CATEGORY, 0.0)
            best = max(v.scores.get(lab, 0.0) for lab in LABELS)
            # round 14: goods with their measure are a find's specifics too ("a kilo and a half in a golf bag lining")
            # round 12: not the writer's own shift told with where it is worked ("night shift in the compound again"):
            # a place word is no operation's specific there, and the line is routine's
            if (p >= PLAIN_FLOOR and p < THRESHOLDS[self.CATEGORY] and p == max(v.scores.values())
                    and (self._specifics(sent) or official_cues.measured_goods(sent.text)) and not _scheduled(sent)
                    and not self._only_weighs_other(sent)):
                yield sent, replace(v, label=self.CATEGORY, score=p, kind=v.best_kind, nearest=v.best_nearest)
            elif (cue and v.label in (NONE, "systems_information") and CUE_FLOORS.get(cue[0][1], CUE_FLOOR) <= p < THRESHOLDS[self.CATEGORY]
                  and (p >= v.scores.get(NONE, 0.0) or p == best or cue[0][1] in CUE_FLOORS)):
                kind, nearest = ((v.best_kind, v.best_nearest) if p == max(v.scores.values())
                                 else classifier().nearest_of(self.CATEGORY, sent.text))
                yield sent, replace(v, label=self.CATEGORY, score=p, kind=kind, nearest=nearest)
