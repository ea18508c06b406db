"""routine: daily travel patterns and regular schedules (§3 daily travel patterns).

A hit is reported in a short normal form a person can read at a glance
("weekday 05:40 train from Revesby station", "Tuesday 06:00 gym",
"Thursday 19:00 netball training at Kelso Park", "early shifts (06:30–15:00)"),
and keyed by what stays the same when the routine is mentioned again
(the day and time, the train time, the shift, plus the place when one is
named), so linking merges the mentions into one finding. Each lexicon pattern says which kind of routine it
finds (`attrs.kind`: commute, weekly, shift), and each kind has its own form.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from footprint.analysis.detect.nlp import is_verb
from footprint.analysis.detect.detectors import learned, official_cues
from footprint.analysis.detect.detectors.base import Detector
from footprint.analysis.detect.detectors.context import doc_text, WordSet
from footprint.analysis.detect.detectors.lexicon import load_lexicon
from footprint.analysis.detect.detectors.subject_voice import speaks_of_other

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekday", "weekend")
_DAY_RX = re.compile(r"\b(" + "|".join(_DAYS) + r")s?\b", re.I)
# Abbreviated days count only in a list of two or more ("Mon, Wed and Fri", "Tue/Thu"): alone "sat", "wed" and
# "sun" are words. The same list is data/lexicons/routine.toml's weekday_abbrev_list.
_ABBR = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday", "thur": "thursday",
         "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday"}
_ABBR_ONE = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?"
# Abbreviated days in a list: joined by commas, slashes, "&" or "and", or three or more by spaces ("Mon Wed Fri").
_ABBR_LIST_RX = re.compile(rf"\b{_ABBR_ONE}(?:\s*(?:,|/|&|\+|and|\bn\b)\s*{_ABBR_ONE})+(?![\w])|\b{_ABBR_ONE}(?:\s+{_ABBR_ONE}){{2,}}(?![\w])", re.I)
_ABBR_RX = re.compile(r"\b(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b", re.I)
# One clock reading: "6am", "7:42", "19:00", "0630" (four digits only in a range or before "start").
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|[01]\d[0-5]\d|2[0-3][0-5]\d"
_RANGE_RX = re.compile(rf"(?<![\d:.])({_CLOCK})\s*(?:-|–|—|to|until|till|til)\s*({_CLOCK})(?![\d:])", re.I)
_CLOCK_RX = re.compile(r"^(\d{1,2})(?:[:.]?(\d{2}))?\s*(am|pm)?$", re.I)
_SHIFT_RX = re.compile(r"\b(earlies|lates|nights|(early|late|night|day|morning|evening|arvo|afternoon|graveyard|dog\s*watch|swing|split|back)"
                       r"\s+shifts?|dogwatch|dog\s+watch(?:es)?|swings|graveyards?|swing(?=(?:'s|’s)?\s+(?:is\s+|=\s*|:\s*)?\d)|"
                       # round 15: day shifts said "back on days" ("back on days from monday, 7 till 3:30"); not "on days off"
                       r"(?<=\bback\son\s)days(?!\s+(?:off|like|when|where|i|we)\b))\b", re.I)
# Round 11: a shift named by its day, the writer's own ("after my thursday late", "our Sunday night", "the Monday early")
_DAY_SHIFT_RX = re.compile(r"\b(?:my|our|the|a)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
                           r"(late|early|night|arvo|double|split|swing)s?(?:\s+shifts?)?(?=\s*(?:[,.;:!?)]|$)|\s+(?:i|we|and|then|so|at|in|on|off|"
                           r"till|until|is|was|finishes|ends|starts|done|shift)\b)", re.I)
# Round 11: an even swing counted in days without its unit ("28 on, 28 off", "14 on 14 off"): the same count twice is a
# roster, not a score
_EVEN_RX = re.compile(r"\b(7|14|21|28)\s*,?\s+on\s*[,/]?\s+\1\s+off\b", re.I)
# Round 11: a count of shifts on ("four on", "3 on"), not "on the" or "on board"
_ON_COUNT_RX = re.compile(r"\b(?:\d|two|three|four|five|six|seven)\s+on\b(?!\s+(?:the|a|an|my|our|it|at|in|to|with|board)\b)", re.I)
# Round 11: "Sundays at <Park>." and nothing else: a leisure habit said in passing, not a stated schedule
_BARE_DAY_PLACE = re.compile(r"^\W*(?:mon|tues|wednes|thurs|fri|satur|sun)days\s+(?:at|in|on)\s+[^.!?,\d]{1,40}[.!]*\s*$", re.I)
# Round 11: one half of a roster said with when it starts ("14 on starts Monday", "the 28 on begins Thurs", "first day of my 7 on")
_HALF_RX = re.compile(r"\b(\d{1,2}|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty-?one|twenty-?eight)\s+"
                      r"(?:days?\s+|nights?\s+)?on\s+(?:starts?|begins?|kicks?\s+off|from|again\s+from)\b|"
                      r"\b(?:first|last|day\s+\d{1,2})\s+(?:day\s+|night\s+)?of\s+(?:my|the|a|our)\s+"
                      r"(\d{1,2}|four|five|six|seven|eight|nine|ten|fourteen|twenty-?one|twenty-?eight)\s+(?:days?\s+)?on\b", re.I)
# Round 12: on call by turns, with its cycle ("every third week", "one weekend in four")
_ON_CALL_RX = re.compile(r"\bon[\s-]call\b", re.I)
_ON_CALL_CYCLE_RX = re.compile(r"\b(?:every|each)\s+(?:(?:second|other|third|fourth|fifth|2nd|3rd|4th|5th)\s+)?(?:week|weekend|fortnight|"
                               r"month|night)\b|\b(?:one|1)\s+(?:week|weekend|night)s?\s+(?:in|out\s+of)\s+(?:two|three|four|five|six|\d)\b",
                               re.I)
# Round 15: a shift's hours said as when the writer goes on and comes off ("on at 1400, off at 2230", "on at 5:45, off at 2:15")
_ON_OFF_RX = re.compile(r"\b(?:on|in|start)\s+(?:at|@)\s*((?:[01]\d|2[0-3])[0-5]\d|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)\s*[,;/]?\s*(?:and\s+|then\s+)?"
                        r"(?:off|out|finish)\s+(?:at|@|by)\s*((?:[01]\d|2[0-3])[0-5]\d|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)(?![\d:])", re.I)
_SHIFT_CANON = {"early": "earlies", "morning": "earlies", "late": "lates", "evening": "lates", "arvo": "lates",
                "afternoon": "lates", "night": "nights", "graveyard": "nights", "graveyards": "nights", "day": "days",
                "dogwatch": "dogwatch", "dog watch": "dogwatch", "dog watches": "dogwatch", "swing": "swings",
                "split": "splits", "back": "lates"}
_SHIFT_LABEL = {"earlies": "early shifts", "lates": "late shifts", "nights": "night shifts", "days": "day shifts",
                "dogwatch": "dog-watch shifts", "swings": "swing shifts", "splits": "split shifts"}
_NIGHT_OUT_RX = re.compile(r"\b(?:trivia|quiz|bingo|twilight|dinner|date\s+night|pub\s+night|karaoke|open\s+mic)\b", re.I)
_EVENING_RX = re.compile(r"\b(?:nights?|evenings?|arvos?|afternoons?|tonight)\b", re.I)
# "4 on 4 off", "four on, four off", "two days on, two off".
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                                  "ten", "eleven", "twelve"), 1)}
_NUMBER_WORDS |= {"fourteen": "14", "fifteen": "15", "twenty-one": "21", "twentyone": "21", "twenty-eight": "28",
                  "twentyeight": "28"}
@lru_cache(maxsize=1)
def _roster_rx() -> re.Pattern:
    """data/lexicons/routine.toml's roster_pattern: a swing at sea counts in days or weeks ("two weeks on at <Island>,
    two weeks home")."""
    return next(p.regex for p in load_lexicon("routine").patterns if p.id == "roster_pattern")
# Round 9: a roster in its own shorthand (data/lexicons/routine.toml's roster_notation): "2E 2L 3 off", "D D N N O O O O".
_NOTATION_RX = re.compile(r"\b[1-7]\s?[EDLNA](?:[\s,/+]+[1-7]\s?[EDLNA])+(?:[\s,/+]+[1-7]\s?(?:off|OFF|Off|RDOs?|O)\b)?|"
                          r"\b(?:[DENL]\s?){2,}(?:O\s?){2,}\b")
_COUNTED_RX = re.compile(r"\b(?:\d|one|two|three|four)\s+(?:earlies|lates|nights|days|mornings|arvos)(?:[\s,/&+]+(?:and\s+|then\s+)?"
                         r"(?:\d|one|two|three|four)\s+(?:earlies|lates|nights|days|mornings|arvos))+[\s,/&+]+(?:and\s+|then\s+)?"
                         r"(?:\d|one|two|three|four|five|six)\s+(?:days\s+)?off\b", re.I)
_TWELVES_RX = re.compile(r"(?<!under\s)(?<!\bu)(?<!\bu\s)(?:(?:\b(?:on|doing|working|the)|=)\s+12s\b|\b12s\s+(?:roster|shifts?|this|all|"
                         r"are|again|now)\b)", re.I)
_TRANSPORT_NOUNS = ("station", "wharf", "interchange", "stop", "terminal")
_TRANSPORT_NOUN_RX = re.compile(r"\s+(" + "|".join(_TRANSPORT_NOUNS) + r")\b")


def _hhmm(h: str, m: str | None, ampm: str | None) -> str | None:
    hour = int(h)
    if ampm:
        ampm = ampm.lower()
        if hour == 12:
            hour = 0
        if ampm == "pm":
            hour += 12
    if not 0 <= hour <= 23:
        return None
    minute = int(m) if m else 0
    return f"{hour:02d}:{minute:02d}" if minute < 60 else None


def clock(text: str) -> str | None:
    """"6am" -> "06:00", "0630" -> "06:30", "19:00" -> "19:00"; None when it is no time of day."""
    m = _CLOCK_RX.match(" ".join(text.split()))
    if not m:
        return None
    h, mm, ampm = m.groups()
    if mm is None and len(h) > 2:
        return None
    return _hhmm(h, mm, ampm)


def time_range(text: str, start: int = 0, window: int | None = None) -> tuple[str, str] | None:
    """The first time range at or after `start` ("0630 to 1500", "10pm-6am"), within `window` characters."""
    for m in _RANGE_RX.finditer(text, start):
        if window is not None and m.start() - start > window:
            return None
        a, b = m.group(1), m.group(2)
        # A bare "4 to 5" is a count, not a range: one side needs am/pm, a colon or four digits.
        if not any(re.search(r"[:.]|am|pm|^\d{4}$", x.strip(), re.I) for x in (a, b)):
            continue
        ta, tb = clock(a), clock(b)
        if ta is None or tb is None:
            continue
        if re.search(r"(am|pm)\s*$", b, re.I) and not re.search(r"am|pm", a, re.I) and ":" not in a:
            ta = clock(a + b.strip()[-2:]) or ta      # "6 to 8pm": the start takes the end's half of the day
        if (tb < ta and not re.search(r"am|pm", a + b, re.I) and not re.fullmatch(r"\d{4}", b.strip())
                and ta < "10:00" and tb < "12:00"):
            tb = _pm(tb)   # round 15: "7 till 3:30" is a day shift, to the afternoon
        return ta, tb
    return None


@dataclass
class _Parts:
    days: list[str]
    time: str = ""
    activity: str = ""
    place: str = ""

    def value(self, default_days: str = "") -> str:
        days = [d.capitalize() if d not in ("weekday", "weekend") else d for d in self.days] or (
            [default_days] if default_days else [])
        return " ".join(p for p in [" and ".join(days), self.time, self.activity, self.place] if p)


class RoutineDetector(Detector):
    CATEGORY = "routine"
    LEXICON = "routine"
    WITH_TIMES = 0.05       # confidence added when the mention states its times

    def __init__(self, lexicon=None):
        super().__init__(lexicon)
        self.time_rx = self.regexes("time")
        self.place_rx = self.regexes("place")
        p = self.words
        self.activities = WordSet(p("activities"))
        self.sports = WordSet(p("sports"))
        self.transport = WordSet(p("transport"))
        self.place_nouns = set(p("place_nouns"))

    # -- pieces ----------------------------------------------------------------
    def _times(self, text: str) -> list[str]:
        out = []
        evening = _EVENING_RX.search(text) is not None
        for rx in self.time_rx:
            for m in rx.finditer(text):
                g = m.groups()
                h, mm, ampm = g[0], g[1] if len(g) > 1 else None, g[2] if len(g) > 2 else None
                if evening and not ampm and 1 <= int(h) <= 11 and not h.startswith("0"):
                    ampm = "pm"         # "Thursday nights at 7" is 19:00
                elif not ampm and not h.startswith("0") and 1 <= int(h) <= 11 and _NIGHT_OUT_RX.search(text):
                    ampm = "pm"         # "Wednesday 7:30 trivia" is 19:30
                t = _hhmm(h, mm, ampm)
                if t and t not in out:
                    out.append(t)
        return out

    def _place(self, text: str, ctx, start: int = 0) -> str:
        """The first named place after `start` ("from Revesby station", "at Kelso Park"), with its preposition."""
        best = None
        for rx in self.place_rx:
            for m in rx.finditer(text, start):
                words = m.group(1).split()
                while words and words[-1].lower() in ctx.shared.not_names - self.place_nouns:
                    words.pop()
                if not words or words[0].lower() in ctx.shared.not_names | {"i", "i'm"} or _DAY_RX.fullmatch(words[0]):
                    continue
                name = " ".join(words).strip(" ,.")
                after = text[m.start(1) + len(name):]
                noun = _TRANSPORT_NOUN_RX.match(after)
                if noun:
                    name += " " + noun.group(1)
                prep = m.group(0).split()[0].lower()
                if best is None or m.start() < best[0]:
                    best = (m.start(), f"{prep} {name}")
                break
        return best[1] if best else ""

    def _activity(self, doc, sent, ctx) -> str:
        """What the routine is: "gym", "parkrun", "netball training", "ferry"."""
        text = sent.text
        found = self.activities.find(text)
        for m in re.finditer(r"\btrain(?:ing|s)?\b", text, re.I):
            span = doc.char_span(sent.span.start_char + m.start(), sent.span.start_char + m.end(), alignment_mode="expand")
            if span is None:
                continue
            tok = span[0]
            prev = doc[tok.i - 1].lower_ if tok.i > 0 else ""
            vehicle = prev in ("the", "my", "a", "our", "usual") or prev[:1].isdigit()
            if not vehicle and (is_verb(tok) or tok.lower_ == "training" or prev in ("we", "i", "they", "to")):
                sport = (self.sports.find(text) or self.sports.find(doc_text(doc, ctx)) or [""])[0]
                return f"{sport} training".strip()
        transport = self.transport.find(text)
        return (found or transport or [""])[0]

    # -- the three kinds -----------------------------------------------------------
    def _commute(self, doc, sent, ctx, m) -> tuple[str, str, dict]:
        text = sent.text
        days = _days(text)
        t = clock(m.group(1)) if m.groups() and m.group(1) else (self._times(text) or [""])[0]
        mode = " ".join(m.group(2).lower().split()) if len(m.groups()) > 1 and m.group(2) else ""
        if not mode:        # "I ride to work along the river every morning at 6"
            verb = re.search(r"\b(cycle|ride|walk|drive|run|jog|commute)\b", m.group(0), re.I)
            mode = f"{verb.group(1).lower()} to work" if verb else "commute"
            t = (self._times(text) or [""])[0]
        place = self._place(text, ctx, m.end()) or self._place(text, ctx)
        parts = _Parts(days, t, mode, place)
        key = " ".join(p for p in [t, mode, _place_key(place)] if p)
        return parts.value("weekday"), key, {"weekdays": days, "times": [t] if t else [], "place": place, "activity": mode}

    def _weekly(self, doc, sent, ctx, m) -> tuple[str, str, dict]:
        text = sent.text
        days = _days(text)
        rng = time_range(text) or _bare_range(text, m)
        times = self._times(text)
        t = f"{rng[0]}–{rng[1]}" if rng else (times[0] if times else "")
        activity = self._activity(doc, sent, ctx)
        place = self._place(text, ctx)
        parts = _Parts(days, t, activity, place)
        key = " ".join(p for p in days + [(rng[0] if rng else t) or activity, _place_key(place)] if p)
        return parts.value(), key, {"weekdays": days, "times": [x for x in (rng or times)], "place": place,
                                    "activity": activity}

    def _shifts(self, doc, sent, ctx, m) -> list[tuple[str, str, dict]]:
        """One result per shift named ("early shifts (06:30–15:00)"), or the roster or start time."""
        text, out = sent.text, []
        named = list(_SHIFT_RX.finditer(text))
        for s in named:
            word = s.group(1).lower()
            canon = word if word in _SHIFT_LABEL else _SHIFT_CANON.get(" ".join((s.group(2) or word).lower().split()), word)
            # "nights at the <site>, 10pm to 6am, four on": the one shift named takes the hours its sentence gives
            rng = time_range(text, s.end(), window=12) or (time_range(text, s.end(), window=50) if len(named) == 1 else None)
            label = _SHIFT_LABEL.get(canon, f"{canon} shifts")
            value = f"{label} ({rng[0]}–{rng[1]})" if rng else label
            if all(k != canon for _, k, _ in out):
                out.append((value, canon, {"weekdays": [], "times": list(rng or ()), "place": "", "activity": canon}))
        for d in _DAY_SHIFT_RX.finditer(text):
            canon = _SHIFT_CANON.get(d.group(2).lower(), d.group(2).lower() + "s")
            label = f"{d.group(1).capitalize()} {_SHIFT_LABEL.get(canon, canon + ' shifts')}"
            out.append((label, f"{d.group(1).lower()} {canon}", {"weekdays": [d.group(1).lower()], "times": [], "place": "",
                                                                 "activity": canon}))
        half = _HALF_RX.search(text)
        if half and not out and not _roster_rx().search(text):
            n = next(g for g in half.groups() if g)
            on = _NUMBER_WORDS.get(n.lower().replace("-", ""), n)
            after = text[half.end():half.end() + 20]
            days = _days(after) or [_ABBR[a.group(1).lower()] for a in [_ABBR_RX.search(after)] if a]
            out.append((f"{on} on roster" + (f" (starts {days[0].capitalize()})" if days else ""), f"{on} on",
                        {"weekdays": days[:1], "times": [], "place": "", "activity": "roster"}))
        if not out and not _roster_rx().search(text) and (rng := time_range(text)) and _ON_COUNT_RX.search(text):
            # "10pm to 6am, four on": the hours of a block of shifts, no shift word
            out.append((f"shifts ({rng[0]}–{rng[1]})", f"{rng[0]} shift", {"weekdays": [], "times": list(rng), "place": "",
                                                                          "activity": "shift"}))
        even = _EVEN_RX.search(text)
        if even and not out and not _roster_rx().search(text):
            n = even.group(1)
            out.append((f"{n} on {n} off roster", f"{n} on {n} off", {"weekdays": [], "times": [], "place": "",
                                                                      "activity": "roster"}))
        roster = _roster_rx().search(text)
        if roster and not out:
            rng = time_range(text, roster.end())
            on, off = (_NUMBER_WORDS.get(g.lower(), g) for g in roster.groups() if g)
            name = f"{on} on {off} off roster"
            out.append((f"{name} ({rng[0]}–{rng[1]})" if rng else name, f"{on} on {off} off",
                        {"weekdays": [], "times": list(rng or ()), "place": "", "activity": "roster"}))
        on_off = _ON_OFF_RX.search(text) if not out else None
        if on_off and clock(on_off.group(1)) and clock(on_off.group(2)) and re.search(r"[:.]|am|pm|^\d{4}$", on_off.group(1).strip(), re.I):
            ta, tb = clock(on_off.group(1)), clock(on_off.group(2))
            if tb < ta and not re.search(r"am|pm", on_off.group(2), re.I) and int(tb[:2]) < 12 and ta < "12:00":
                tb = _pm(tb)      # "on at 5:45, off at 2:15": the afternoon
            out.append((f"shifts ({ta}–{tb})", f"{ta} shift", {"weekdays": [], "times": [ta, tb], "place": "", "activity": "shift"}))
        first = next((g for g in m.groups() if g), None) if m.groups() else None
        if not out and first and clock(first):
            t = clock(first)          # "my usual 6am start", "sign-on's at 0445"
            place = self._place(text, ctx)
            out.append((" ".join(p for p in [f"{t} shift start", place] if p), f"{t} shift start {_place_key(place)}".strip(),
                        {"weekdays": [], "times": [t], "place": place, "activity": "shift"}))
        if not out and _ON_CALL_RX.search(text):
            cycle = _ON_CALL_CYCLE_RX.search(text)
            label = f"on-call roster ({cycle.group(0).lower()})" if cycle else "on-call roster"
            out.append((label, "on call", {"weekdays": [], "times": [], "place": "", "activity": "on call"}))
        return out + _notation(text)

    def allowed_sents(self, ctx):
        """Round 20: a trailing comment on the routine ("... every Monday at 4am, which is when most episodes are
        recorded") is not the routine's clause: the deny words are read before it."""
        return (s for s in ctx.facts.sents if not self.denied(s.text[:_comment_start(s.text)]))

    def analyze(self, doc, item, ctx):
        out, hit = [], set()
        for sent in self.allowed_sents(ctx):
            if invitation(sent.text) or official_cues.site_roster(sent.text) or speaks_of_other(ctx, sent):
                # the site's roster, or another member's on a page about the subject: not the subject's
                continue
            for p in self.patterns_for(sent.text):
                m = p.regex.search(sent.text)
                if not m or (p.id == "on_a_day" and _TO_READER_RX.search(sent.text)) or (
                        p.attrs.get("kind", "weekly") == "weekly" and (_ADVICE_RX.search(_clause_of(sent.text, m))
                                                                        and not _SUBJECT_I_RX.search(sent.text) or _OTHER_OPENS.match(sent.text))) or (
                        p.first_person and not sent.any_first_person) or (
                        p.attrs.get("kind") == "shift" and (_NOT_ON_SHIFT.search(sent.text) or _OTHERS_SHIFT_RX.search(sent.text))) or (
                        p.attrs.get("own") and not sent.subject_voice and _THIRD_RX.search(sent.text)
                        and not _SUBJECT_I_RX.search(sent.text)):
                    continue        # "unless I'm on nights": the shift is the exception, not the roster
                hit.add(sent.span.start)
                kind = p.attrs.get("kind", "weekly")
                if p.attrs.get("as_said"):
                    # round 15 (second pass): a rotation by weeks at a time is shown as said (its place names no weekday)
                    said = " ".join(m.group(0).split())
                    results = [(said, said.lower(), {"weekdays": [], "times": [], "place": "", "activity": "rotation"})]
                elif kind == "commute":
                    results = [self._commute(doc, sent, ctx, m)]
                elif kind == "shift":
                    results = self._shifts(doc, sent, ctx, m)
                else:
                    results = [self._weekly(doc, sent, ctx, m)]
                if kind == "shift":
                    results = [self._with_hours(ctx, sent, r) for r in results]
                for value, key, attrs in results:
                    # A mention that gives the times is the better one to show when mentions are linked.
                    conf = p.confidence + (self.WITH_TIMES if attrs.get("times") else 0.0)
                    excerpt = attrs.pop("excerpt", sent.text)
                    d = self.detection(ctx, value=value or m.group(0), key=f"routine:{key or m.group(0)}",
                                       confidence=conf, pattern=p.id, excerpt_text=excerpt,
                                       support=[m.group(0).lower()], attrs={**attrs, "kind": kind})
                    if d:
                        out.append(d)
                break
        if not out:
            out += self._heading(doc, ctx)
        out += self._learned(doc, ctx, hit)
        return out

    def _heading(self, doc, ctx) -> list:
        """A post that is only a day, a clock time and a place, as a heading or caption ("Wednesday. 6:30. <Park>.",
        "Sunday, 7am, <Beach>"): the writer's standing slot there (spaCy splits it into fragments no pattern sees whole)."""
        text = " ".join(doc_text(doc, ctx).split())
        m = _HEADING_RX.match(text) if len(text.split()) <= 8 else None
        t = clock(m.group("time")) if m else None
        if not t or not re.search(r"[:.]|am|pm|^\d{4}$", m.group("time"), re.I) or self.denied(text):
            return []
        day = _days(m.group("day"))
        place = " ".join(m.group("place").split())
        d = self.detection(ctx, value=f"{day[0].capitalize()} {t} at {place}", key=f"routine:{day[0]} {t} {place.lower()}",
                           confidence=0.7, pattern="day_time_heading", excerpt_text=text, support=[m.group(0).lower()],
                           attrs={"weekdays": day, "times": [t], "place": f"at {place}", "activity": "", "kind": "weekly"})
        return [d] if d else []

    @staticmethod
    def _with_hours(ctx, sent, result):
        """A shift named without its hours ("Knitting on nights" as a title) whose post gives them in another sentence
        ("10pm to 6am, four on"): the hours join the value and that fuller sentence is the one cited."""
        value, key, attrs = result
        if attrs.get("times"):
            return result
        # round 15: a fragment naming the shift ("earlies.", "Nights.") whose hours are the very next fragment ("0600 to 1400."):
        # the hours join the value and both fragments are cited
        # (spaCy may cut the hours in two: "0600" / "to 1400.", so the fragments after it are read together, up to 8 words)
        after, end = [], sent.span.end
        while len(sent.text.split()) <= 4:
            nxt = next((o for o in ctx.facts.sents if o.span.start == end), None)
            if nxt is None or len(" ".join([*after, nxt.text]).split()) > 8:
                break
            after.append(nxt.text)
            end = nxt.span.end
            rng = time_range(" ".join(after))
            if rng:
                return (f"{value} ({rng[0]}–{rng[1]})", key, {**attrs, "times": list(rng),
                                                              "excerpt": " ".join([sent.text, *after])})
        for other in ctx.facts.sents:
            if other is sent or not _ON_COUNT_RX.search(other.text) and not _SHIFT_RX.search(other.text):
                continue
            rng = time_range(other.text)
            if rng:
                return (f"{value} ({rng[0]}–{rng[1]})", key, {**attrs, "times": list(rng), "excerpt": other.text})
        return result

    def _learned(self, doc, ctx, hit: set[int]) -> list:
        """Routines the rules missed, read by meaning; a stated time, day or shift confirms, and the
        rules' own parsers give the normal form."""
        out = []
        for sent, v in learned.proposals(self, ctx, hit):
            if invitation(sent.text) or official_cues.site_roster(sent.text) or speaks_of_other(ctx, sent):
                continue
            # A recurring shift word alone ("rotating earlies and lates") is no schedule: a clock time or a day is.
            # A deadline is no schedule: "reckons I'll be asleep by 10pm" states a time that does not recur.
            if _BARE_DAY_PLACE.match(sent.text) or _OTHERS_SHIFT_RX.search(sent.text) or _OTHER_OPENS.match(sent.text) or (
                    _BY_DAY_IDIOM.search(sent.text) and not self._times(sent.text)) or (
                    _REACH_RX.search(sent.text) and not self._times(sent.text)):
                continue
            timed = _DEADLINE_RX.sub(" ", sent.text)
            if not learned.has_schedule(sent) or not (self._times(timed) or _days(timed)
                                                       or time_range(timed) or _HHMM_RX.search(timed)):
                continue
            results = self._shifts(doc, sent, ctx, _NO_MATCH) if _SHIFT_RX.search(sent.text) and not _NOT_ON_SHIFT.search(sent.text) else []
            kind = "shift" if results else "weekly"
            if not results:
                value, key, attrs = self._weekly(doc, sent, ctx, _NO_MATCH)
                if not (attrs["weekdays"] or attrs["times"]):
                    continue
                results = [(value, key, attrs)]
            for value, key, attrs in results:
                d = learned.detection(self, ctx, sent, v, value=value or sent.text[:60], key=f"routine:{key or value}",
                                      attrs={**attrs, "kind": kind})
                if d:
                    out.append(d)
        return out


# An invitation: a venue's or club's advertised times, not the subject's own routine.
# Round 20: a comment clause after a routine says what happens then, not what the routine is ("..., which is when the
# episodes get recorded", "... - that's when I do the podcast")
_COMMENT_RX = re.compile(r"(?:,|\s[-–—])\s*(?:which|that)(?:\x27s|’s|\s+is|\s+was)\s+(?:when|where|why|how)\b", re.I)


def _comment_start(text: str) -> int:
    m = _COMMENT_RX.search(text)
    return m.start() if m else len(text)


_INVITE_RX = re.compile(r"\b(?:come\s+(?:along|down|join\s+us)|all\s+welcome|every(?:one|body)\s+(?:is\s+)?welcome|"
                        r"(?:new\s*comers|newbies|beginners|visitors|families)\s+(?:are\s+)?welcome|join\s+us|"
                        r"bookings?\s+(?:essential|recommended)|see\s+you\s+there)\b", re.I)
# Said to the reader: "if you ...", "please ...", "you should ...".
_TO_READER_RX = re.compile(r"\bif\s+(?:you|u)\b|\bplease\b|\bpls\b|\b(?:you|u)\s+(?:should|need\s+to|must|have\s+to)\b|"
                           r"\bdon'?t\s+(?:you\s+)?(?:be|take|park|leave)\b", re.I)
# Round 12's exception moved here from the lexicon's deny: a shift said as the exception ("every week I'm not on nights",
# "unless I'm on lates") is no shift roster; the weekly habit in the same sentence still is.
_NOT_ON_SHIFT = re.compile(r"\b(?:not|never)\s+on\s+(?:earlies|lates|nights|days|swings|arvos)\b|\bunless\s+(?:i\x27m|i\s+am|im|i\x27ve\s+got|"
                           r"i\u2019m)\s+(?:on\s+)?(?:earlies|lates|nights|days|swings|arvos)\b", re.I)
_THIRD_RX = re.compile(r"\b(?:he|she|they|someone|somebody|some\s+(?:guy|bloke|idiot|clown|genius))\b", re.I)    # someone else's week, unless the page is about the subject
# Round 14: a shift said of someone else ("my mate's on nights at the plant", "my brother is on night shift all month",
# "she's on earlies"): their roster, not the writer's, whatever else the sentence says of the writer
_OTHERS_SHIFT_RX = re.compile(r"\b(?:(?:my|our|his|her|their)\s+(?:\w+\s+)?(?:mate|mates|brother|sister|partner|wife|husband|hubby|missus|"
                              r"son|daughter|dad|father|mum|mom|mother|friend|neighbour|neighbor|flatmate|housemate|cousin|uncle|"
                              r"aunt|auntie|bf|gf|boyfriend|girlfriend|fiance|fiancee|fiancé|fiancée|other\s+half|oh|kid|kids|boss)|he|she|"
                              r"they)(?:\x27s|’s|\s+is|\s+was|\s+has\s+been|\s+are|\s+were|\s+gets?|\s+got)\s+(?:\w+\s+)?(?:on\s+)?(?:(?:the\s+)?"
                              r"(?:earlies|lates|nights|arvos|swings|graveyards?|(?:early|late|night|day|arvo|swing|graveyard|split|back)\s+shifts?)|"
                              r"rostered\s+on)\b", re.I)
# Round 14: advice to the reader ("water your seedlings at the same time each day"): no one's week, when the writer is not in it
_ADVICE_RX = re.compile(r"\byour\b|\b(?:you|u|ya)\s+(?:should|need\s+to|must|have\s+to|gotta|want\s+to)\b", re.I)
# Round 14: a sentence that opens on someone else doing it ("someone on our street mows at 7am every sunday")
_OTHER_OPENS = re.compile(r"^\W*(?:someone|somebody|some\s+(?:guy|bloke|lady|woman|man|kid|idiot)|(?:the|our|my)\s+(?:neighbou?rs?|"
                          r"next[\s-]door|bloke|guy|lady)\b)", re.I)
_CLAUSE_SEP = re.compile(r"[,;!?]|\s[-–—]\s")


def _clause_of(text: str, m) -> str:
    """The clause around a match: "bring your own thermos" after a comma is not the slot's own clause."""
    start = max((x.end() for x in _CLAUSE_SEP.finditer(text, 0, m.start())), default=0)
    end = _CLAUSE_SEP.search(text, m.end())
    return text[start:end.start() if end else len(text)]


# Round 14: a way to reach the writer on given days ("weekdays you can reach me on the shop phone"): a contact, not a routine
_REACH_RX = re.compile(r"\b(?:reach|call|ring|text|contact|email|message|dm|find)\s+(?:me|us)\b|\b(?:desk|front\s+desk|shop|work|office|"
                       r"mobile)\s+(?:phone|number|line)\b", re.I)
_SUBJECT_I_RX = re.compile(r"\b(?:i|i\x27m|i\u2019m|im|i\x27ve|me|we|we\x27re|us)\b", re.I)   # the writer does it too ("my" alone: "my neighbour ... she")
_DEADLINE_RX = re.compile(r"\b(?:by|before|until|till)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?(?![\d:])", re.I)
_SINGULAR_RX = re.compile(r"\b(?:i|i'm|im|i've|i'll|me|my|mine)\b", re.I)


def invitation(text: str) -> bool:
    """A venue's or club's times said to the reader ("our pub's quiz runs Tue and Wed from 7pm, everyone welcome"),
    with no "I", "me" or "my": not the subject's own routine ("I run every Sat at 7, come along!" still is)."""
    return _INVITE_RX.search(text) is not None and _SINGULAR_RX.search(text) is None


_EVERY_ABBR_RX = re.compile(r"\b(?:every|each)\s+(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b", re.I)
_ABBR_TIME_RX = re.compile(r"\b(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?\s+(?:at\s+)?(?:[01]\d[0-5]\d|2[0-3][0-5]\d|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|\d{1,2}[:.]\d{2})\b", re.I)
# Round 12: a heading of a day, a time and a capitalised place, and nothing else ("Wednesday. 6:30. <Park>.")
_HEADING_RX = re.compile(r"^\W*(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)days?)[\s.,:;|-]+(?:at\s+)?(?P<time>\d{1,2}(?:[:.]\d{2})?"
                         r"\s*(?:am|pm)?|[01]\d[0-5]\d|2[0-3][0-5]\d)[\s.,:;|-]+(?:at\s+)?(?P<place>(?-i:[A-Z][\w\x27]+(?:\s+[A-Z][\w\x27]+){0,3}))"
                         r"[\s.!]*$", re.I)
_ABBR_PART_RX = re.compile(r"\b(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\s+(?:mornings|nights|evenings|arvos|afternoons)\b", re.I)
_ABBR_HEAD_RX = re.compile(r"^\W*(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\s*[=:–-]", re.I)   # "Wed = darts ...": a heading's day
_HHMM_RX = re.compile(r"\b0\d[0-5]\d\b")     # "0415 alarm": a four-digit morning time (not a year or a count)
_NO_MATCH = re.match(r"", "")      # the parsers' match argument when no rule matched


def _notation(text: str) -> list[tuple[str, str, dict]]:
    """A roster in its shorthand ("2E 2L 3 off" -> "roster 2E 2L 3 off"; three coded shifts, or two and the days off)
    and 12-hour shifts by their nickname ("on 12s")."""
    out = []
    note = _NOTATION_RX.search(text)
    if note and (len(re.findall(r"[EDLNA]\b", note.group(0))) >= 3 or re.search(r"(?:off|OFF|Off|RDOs?|O)$", note.group(0))):
        code = " ".join(note.group(0).replace(",", " ").split())
        out.append((f"roster {code}", code.lower(), {"weekdays": [], "times": [], "place": "", "activity": "roster"}))
    counted = _COUNTED_RX.search(text) if not out else None
    if counted:                    # "2 nights 2 days 4 off": the cycle without commas
        code = " ".join(counted.group(0).replace(",", " ").split()).lower()
        out.append((f"roster {code}", code, {"weekdays": [], "times": [], "place": "", "activity": "roster"}))
    if _TWELVES_RX.search(text):
        out.append(("12-hour shifts", "12s", {"weekdays": [], "times": [], "place": "", "activity": "12s"}))
    return out


_WEEK = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_SPAN_RX = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*(?:to|-|–|thru|through|till|until)\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b",
                          re.I)


def _pm(t: str) -> str:
    """The same clock reading twelve hours on ("03:30" -> "15:30"): a morning-looking time that is the afternoon's."""
    return f"{int(t[:2]) + 12:02d}{t[2:]}"


def _bare_range(text: str, m) -> tuple[str, str] | None:
    """Round 15 (second pass): the hours a rule read as a bare range after its days ("m-f 11 till 7", "Sun-Wed, 10 till 6"):
    a later end with no am/pm is the afternoon's ("10 till 1" is 10:00-13:00), unless the sentence is of nights, when the
    start is the evening's ("nights, 10 till 6" is 22:00-06:00)."""
    if m is None or "from" not in m.re.groupindex or not m.group("from"):
        return None
    a, b = m.group("from"), m.group("to")
    ta, tb = clock(a), clock(b)
    if ta is None or tb is None:
        return None
    if re.search(r"am|pm", a + b, re.I):
        return ta, tb
    if tb < ta:
        if _NIGHTS_RX.search(text) and int(ta[:2]) < 12:
            ta = _pm(ta)
        elif int(tb[:2]) < 12:
            tb = _pm(tb)
    elif int(tb[:2]) < 12 and (int(ta[:2]) < 6 or _NIGHT_OUT_RX.search(text) or _EVENING_ACT_RX.search(text)):
        # "Wed-Sat, 2 till 10" is the afternoon and evening; "Thursday choir 7 till 9" is the evening's
        ta, tb = _pm(ta), _pm(tb)
    return ta, tb


_EVENING_ACT_RX = re.compile(r"\b(?:choir|rehears\w*|band\s+practice|book\s+club|darts|pool\s+comp|bible\s+study|youth\s+group)\b", re.I)
_NIGHTS_RX = re.compile(r"\bnights?\b|\bgraveyards?\b|\bovernight\b", re.I)
# Round 15 (second pass): "by weekday I'm <org>, by weekend a trail runner" is who the writer is, not when: no schedule
# unless a clock time is said with it
_BY_DAY_IDIOM = re.compile(r"\bby\s+(?:day|night|week|weekday|weekend)s?\b[^.!?]{0,80}\bby\s+(?:day|night|week|weekday|weekend)s?\b", re.I)
_M_F_RX = re.compile(r"\bm\s*-\s*f\b", re.I)


def _days(text: str) -> list[str]:
    days = {d.lower() for d in _DAY_RX.findall(text)}
    for m in _DAY_SPAN_RX.finditer(text):          # Round 14: "Mon to Fri", "tue-thu": every day of the span
        a, b = (next(i for i, d in enumerate(_WEEK) if d.startswith(g.lower())) for g in m.groups())
        if a < b:
            days |= set(_WEEK[a:b + 1])
        elif a > b:                                  # round 15 (second pass): "Sun-Wed" wraps round the week
            days |= set(_WEEK[a:]) | set(_WEEK[:b + 1])
    if _M_F_RX.search(text):                         # round 15 (second pass): "m-f 11 till 7", the working week in two letters
        days |= set(_WEEK[:5])
    if set(_WEEK[:5]) <= days:
        days = (days - set(_WEEK[:5])) | {"weekday"}        # the working week, said once
    for m in _ABBR_LIST_RX.finditer(text):
        days |= {_ABBR[a.lower()] for a in _ABBR_RX.findall(m.group(0))}
    for rx in (_EVERY_ABBR_RX, _ABBR_TIME_RX, _ABBR_PART_RX, _ABBR_HEAD_RX):     # "every wed", "Wed 1830", "Sat mornings": a day there
        for m in rx.finditer(text):
            days.add(_ABBR[m.group(1).lower()])
    return sorted(days, key=_DAYS.index)


def _place_key(place: str) -> str:
    """The place part of a key: the name without its preposition or a trailing transport noun
    ("from Revesby station" and "from Revesby" are one place)."""
    words = place.split()[1:]
    while words and words[-1].lower() in _TRANSPORT_NOUNS:
        words.pop()
    return " ".join(words).lower()
