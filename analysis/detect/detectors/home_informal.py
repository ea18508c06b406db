"""Home said informally, without "I live in": the places people name as theirs in passing.

Four ways a post gives the home away without a residence verb:
- the start of a daily commute ("the 6:58 out of <Suburb> every weekday", "ferry from <Suburb> most mornings");
- a room, yard or chore of the writer's own home in a sentence naming one place ("fairy lights on the verandah,
  <Suburb> doing cosy season", "mowed the lawn, Sunday arvo in <Suburb> sorted");
- a local landmark the home is near ("we're on <Road> near the <Suburb> showground, the kids can walk to school");
- a child's local school in a parent's post ("Miss 6 lost a tooth at <Suburb> Public").
Each needs the place as a town or suburb (gazetteer, GeoNames, or a capitalised name no gazetteer knows, read only
where the phrase expects a place), and each has its near misses as data: the evening leg of a commute, someone
else's yard, a hotel balcony, a car in traffic, a school the writer teaches at. The words are lists in
data/lexicons/home_location.toml (`commute_*`, `domestic`, `near_left`, `landmark_right`, `residence_cue`,
`child_school`, `school_not*`, `child_cue`).
"""
from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Span

from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors.context import doc_text
from footprint.analysis.detect.detectors.first_names import first_names
from footprint.analysis.detect.detectors import home_passing, home_terse
from footprint.analysis.detect.detectors.first_match import first_match

COMMUTE = 0.7              # a habitual morning trip out of a named suburb
DOMESTIC = 0.65            # a room or chore of the home beside one named place
LANDMARK = 0.65            # a home near a named suburb's landmark
SCHOOL = 0.6               # a child's local school: the family lives near it, not always in that suburb
# A school named for a place no gazetteer knows ("<Name> Bay Primary") is below the report threshold alone: school
# names carry words that are no suburb, and a school is often family detail rather than a home (tests/personas/bayside).
SCHOOL_GUESSED = 0.45
GUESS_PENALTY = 0.05       # a place no gazetteer knows, read only where the phrase expects one
CITY = 0.5

_COMPASS = frozenset({"north", "south", "east", "west", "central", "heights", "park", "valley"})
# after a place a domestic sentence frames as local: "<Suburb> smells like summer", "<suburb> winter mode"
_LOCAL_FRAME = re.compile(r"^\s*(?:smells?|feels?|looks?|doing|does|weather|winters?|summers?|springs?|autumns?|mornings?|"
                          r"evenings?|nights?|sunsets?|sunrises?|vibes|mode|life|living|at\s+its|heat|cold|frost|fog|rain|wind|"
                          r"humidity|skies|sky|breeze|storms?|hail|thunder|is\s+(?:freezing|cold|hot|quiet|"
                          r"glorious|beautiful|lovely|perfect|magic))\b", re.I)
# round 14: "storms rolling over <Suburb>", "power's out across <Suburb>": the weather or an outage over the home's suburb
_ATTACHED_LEFT = re.compile(r"(?:^|[,;:.!?—–-]|\b(?:in|round|around|here\s+in|out\s+here\s+in|over|across))\s*$", re.I)
# round 13: the place said beside the writer's home words (`home_beside`) may hang off "of", "at the", "near"
_ATTACHED_WIDE = re.compile(r"(?:^|[,;:.!?—–-]|\b(?:in|round|around|here\s+in|out\s+here\s+in|of|at|across|near|off|on|through)"
                            r")\s*(?:the\s*)?$", re.I)
_GUESS_LEFT = re.compile(r"\bin\s*$", re.I)
_STRONG_NEAR = re.compile(r"\b(?:live|living|our|my|back\s+onto)\b", re.I)
# round 12: a distance measured from the landmark ("I'm a 5 min walk from the X station"): said of where one lives,
# not where one is right now (`near_transient` still rules out "I'm 5 mins from X station, where are you?")
_DISTANCE = re.compile(r"\b(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|few|couple(?:\s+of)?)\s*-?\s*"
                       r"(?:min(?:ute)?s?|streets?|doors?|blocks?|houses?|km|kms|metres)\b|\b(?:short|quick|easy)\s+(?:walk|stroll)\b", re.I)


class _Words:
    """The detector's round 8 lists, read once per detector."""

    def __init__(self, det):
        g = det.regexes
        self.commute_left, self.commute_daily = g("commute_left"), g("commute_daily")
        self.commute_not, self.commute_other = g("commute_not"), g("commute_other")
        self.domestic, self.spot_not = g("domestic"), (*g("home_spot_not"), *g("not_local"))
        self.beside, self.not_local = g("home_beside"), g("not_local")
        self.near_left, self.local_right = g("near_left"), g("local_right") + g("landmark_right")
        self.residence = g("residence_cue")
        self.school, self.school_not_place = g("child_school"), g("school_not_place")
        self.child, self.school_not = g("child_cue"), g("school_not")
        self.club, self.club_not = g("child_club"), g("club_not")
        self.club_game_not = g("club_game_not")
        self.commute_right, self.landmark_fixed, self.near_transient = g("commute_right"), g("landmark_fixed"), g("near_transient")


any_match = first_match       # the first match of any of the patterns in `text`, remembered (first_match.py)


def child_school_matches(text: str, child, school_not, school, school_not_place) -> Iterator[re.Match]:
    """Each child's-school name of a parent's post (`school` matches with a `place` group), the post holding a
    child cue and none of `school_not`, the place none of `school_not_place`: shared by the detector and
    analysis/link/home_agree.py."""
    if not any_match(child, text) or any_match(school_not, text):
        return
    for rx in school:
        for m in rx.finditer(text):
            if not any_match(school_not_place, m.group("place")):
                yield m


def _words(det) -> _Words:
    w = getattr(det, "_informal_words", None)
    if w is None:
        w = det._informal_words = _Words(det)
    return w


def find(det, doc, ctx, known: list, guesses: list) -> list:
    """Home detections said informally in one unit (see module doc), best evidence first; [] when none."""
    w = _words(det)
    names = first_names()
    # the tagger takes unknown suburbs for people and firms ("Thornlie doing its best", "leaves engadine 6.12am"):
    # here, where a phrase expects a place, a town by exact name counts inside those too
    # a tagger's place no table knows ("Wisteria all over the fence") is only a guess
    loose = [s for s in known if not (s.ent_id_ or s.id_) and localities.exact(s.text) is None]
    # a town inside such a place is still the town ("the Bayswater Golf Course" tagged as one facility)
    taken = {t.i for s in known if s not in loose for t in s}
    named = [s for s in localities.town_spans(doc, skip=det.lower_not, in_names=True, stop=localities.COMMON_TOWN_WORDS)
             if not any(t.i in taken for t in s)]
    in_named = {t.i for s in named for t in s}
    loose = [s for s in loose if not any(t.i in in_named for t in s)]
    known = [s for s in known if s not in loose] + named
    known = [_longer(doc, s) for s in known]
    guesses = [*guesses, *(Span(doc, s.start, s.end, label="GUESS") for s in loose)]
    # a capitalised word that is a given name is a person ("Jasmine's out along the fence"), not an unknown suburb
    guesses = [g for g in guesses if not (len(g) == 1 and names.is_first_name(g.text))]
    text = doc_text(doc, ctx)
    for step in (_commute, home_passing.said_in_passing, _domestic, _landmark, _local_subject, *home_terse.STEPS,
                 _unplaced_residence):
        found = step(det, w, doc, ctx, text, known, guesses)
        if found:
            return found
    return _school(det, w, ctx, text) or _club(det, w, ctx, text)


def _longer(doc, span):
    """The town a known place is the start of ("Sunnybank" of "Sunnybank Hills"), as its own span; else the span."""
    end = span.end
    if end < len(doc) and doc[end].is_title and doc[end].is_alpha:
        found = localities.exact(doc[span.start:end + 1].text)
        if found:
            return Span(doc, span.start, end + 1, label="GPE", span_id=f"place:{found[0]}")
    return span


def _emit(det, ctx, span, score: float, pattern: str, sent_text: str, support: list[str]) -> list:
    name, kind = det._place(ctx, span)
    if kind in ("state", "territory", "country", "site"):
        return []
    if kind == "city":
        score = min(score, CITY)
    if span.label_ == "GUESS":
        score -= GUESS_PENALTY
    d = det.detection(ctx, value=name, key=f"place:{name}", confidence=score, pattern=pattern, excerpt_text=sent_text,
                      support=support, attrs={"place": name, "place_kind": kind})
    return [d] if d else []


# the service boarded: a mode of transport before the place, or a timetabled departure ("the 6:42 out of X", "the 412
# from X"); a time after the place ("out of X at 6:10", "left X at 5:20") is the writer's own start, by car or bike
_TRANSIT = re.compile(r"\b(?:train|bus|ferry|tram|light\s+rail|metro|express|shuttle|service|carriage|platform)\b|"
                      r"\b(?:\d{1,2}[:.]\d{2}\s*(?:am|a\.m\.)?|\d{3})\s+(?:[\w-]+\s+){0,2}?(?:from|out\s+of|ex)\s*$", re.I)
_STOP_AFTER = re.compile(r"\s*(?:(?:train|railway|rail|bus|ferry|tram)\s+)?(?:station|wharf|interchange|terminal|platform|jetty|stop)\b",
                         re.I)
_HOME_CUE = re.compile(r"\b(?:home|ours|(?:our|my)\s+(?:place|street|house|flat|unit|end|road|front\s+door|door|gate|driveway)|"
                       r"from\s+the\s+house|door\s+to\s+door)\b", re.I)


def _commute(det, w, doc, ctx, text, known, guesses) -> list:
    """The start of a habitual morning trip: the 6:58 out of X every weekday."""
    for span in [*known, *guesses]:
        sent = ctx.facts.sent_of(span.start)
        left = text[max(sent.span.start_char, span.start_char - 50):span.start_char]
        m = any_match(w.commute_left, left)
        if m is None and (not left.strip(" \"'‘“") or re.search(r"[,;:—–]\s*$", left)):
            m = any_match(w.commute_right, text[span.end_char:span.end_char + 30])   # "<Suburb> to the city and back, daily"
        st = sent.text
        # "Out of X at 6:10, M2 to the city. Every single day.": the habit may be the next short sentence
        after = text[sent.span.end_char:sent.span.end_char + 40].split(".")[0] if m is not None else ""
        if m is None or not (any_match(w.commute_daily, st) or any_match(w.commute_daily, after)) \
                or any_match(w.commute_not, st) or any_match(w.commute_other, st) \
                or det.denied(st) or det.work_words.search(left):
            continue
        # round 15: a train, bus or ferry one boards every weekday ("train from X at 7:12", "ferry from X wharf") leaves
        # from a station the writer may drive or walk to: their home only with a home word or their own street beside it
        if (_TRANSIT.search(left) or _STOP_AFTER.match(text[span.end_char:span.end_char + 30])) \
                and not (_HOME_CUE.search(st) or any_match(det.our_street, st)):
            continue
        found = _emit(det, ctx, span, COMMUTE, "commute_start", st, [" ".join(m.group(0).split()), "daily trip"])
        if found:
            return found
    return []


def _domestic(det, w, doc, ctx, text, known, guesses) -> list:
    """One place in a sentence about the writer's own home: its verandah, its lawn, "our flat"."""
    by_sent: dict[int, list] = {}
    for span in [*known, *guesses]:
        by_sent.setdefault(ctx.facts.sent_of(span.start).span.start, []).append(span)
    for spans in by_sent.values():
        sent = ctx.facts.sent_of(spans[0].start)
        st = sent.text
        cue, beside = any_match(w.domestic, st), any_match(w.beside, st)
        cue = cue or beside
        # the home's neighbourhood said by its oval or pool "round the corner from our street" names no outing there
        if cue is None or det.denied(st) or det.work_words.search(st) \
                or any_match(w.not_local if beside else w.spot_not, det.work_words.untimed(st)):
            continue
        if any(s.label_ != "GUESS" for s in spans):     # a known town beats a capitalised word ("Wisteria all over")
            spans = [s for s in spans if s.label_ != "GUESS"]
        places = {det._place(ctx, s)[0] for s in spans}
        if len(places) != 1:
            continue                   # two places in one sentence: which one is home is not said
        span = spans[0]
        left = text[sent.span.start_char:span.start_char]
        right = text[span.end_char:span.end_char + 30]
        if span.label_ == "GUESS":
            if not (_GUESS_LEFT.search(left) or _LOCAL_FRAME.search(right)):
                continue
        elif not ((left.strip() and _ATTACHED_LEFT.search(left)) or (beside and _ATTACHED_WIDE.search(left))
                  or _LOCAL_FRAME.search(right)):
            continue                   # "mowed the lawn then drove to Penrith": a place the sentence goes to
        found = _emit(det, ctx, span, DOMESTIC, "domestic_place", st, [" ".join(cue.group(0).split()), span.text])
        if found:
            return found
    return []


_STREET_WORD = re.compile(r"\b(?:st|rd|road|street|ave|avenue|hwy|highway|pde|parade|cres|crescent|dr|drive|lane|ln|pl|place|"
                          r"way|tce|terrace|cl|close|ct|court)\.?$", re.I)
_SUBJECT_VERB = re.compile(r"^\s*(?:is|has|was|\x27s|’s|keeps|needs|got|gets|just|finally|always|never|really|honestly)\b", re.I)
LOCAL_SUBJECT = 0.6


def _openers(doc) -> list:
    """One or two title-case words opening a sentence that the tagger calls a name ("Pendle Hill is going downhill"),
    as guesses ("Coffee is the answer" is no name)."""
    out = []
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        n = 0
        while n < min(2, len(toks)) and toks[n].is_title and toks[n].is_alpha and len(toks[n]) > 2 \
                and toks[n].ent_type_ in _NAMED and toks[n].lower_ not in _NOT_OPENER:
            n += 1
        if n:
            out.append(Span(doc, toks[0].i, toks[n - 1].i + 1, label="GUESS"))
    return out


_NAMED = frozenset({"PERSON", "GPE", "LOC", "ORG", "FAC"})
_NOT_OPENER = frozenset({"the", "our", "my", "this", "that", "it", "he", "she", "they", "we", "you", "i", "there", "here",
                         "what", "why", "how", "who", "when", "where", "just", "today", "tonight", "yesterday", "tomorrow",
                         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mum", "dad", "nan",
                         "pop", "everyone", "nobody", "someone", "everything", "nothing", "life", "work", "home", "weather",
                         "traffic", "rent", "power", "water", "council", "summer", "winter", "spring", "autumn"})


def _local_subject(det, w, doc, ctx, text, known, guesses) -> list:
    """A post about the writer's own patch ("near ours", "our street") whose one place opens a sentence as its
    subject: "the servo near ours got done over again. <Suburb> is going downhill"."""
    cue = any_match(det.our_street, text) or any_match(w.domestic, text)
    if cue is None or det.denied(text) or det.work_words.search(text) or any_match(w.spot_not, det.work_words.untimed(text)):
        return []
    names = first_names()       # a town that is also a given name ("Sharon is furious") is read as the person here
    spans = [s for s in known if not _STREET_WORD.search(s.text) and not (len(s) == 1 and names.is_first_name(s.text))]
    if not spans:       # the tagger takes an unknown suburb opening a sentence for a person ("Pendle Hill is ...")
        spans = [g for g in [*guesses, *det._guess_spans(doc, persons=True), *_openers(doc)] if not _STREET_WORD.search(g.text)
                 and not _STREET_WORD.search(text[g.end_char:g.end_char + 6].strip())
                 and not names.is_first_name(g[0].text)]
    if len({det._place(ctx, s)[0] for s in spans}) != 1:
        return []
    for span in spans:
        sent = ctx.facts.sent_of(span.start)
        left = text[sent.span.start_char:span.start_char]
        if left.strip(" \"'‘“") and not re.search(r"[,;:—–-]\s*$", left):
            continue                   # the place must open its sentence or clause
        if not _SUBJECT_VERB.search(text[span.end_char:span.end_char + 20]):
            continue
        found = _emit(det, ctx, span, LOCAL_SUBJECT, "local_place_as_subject", sent.text,
                      [" ".join(cue.group(0).split()), span.text])
        if found:
            return found
    return []


def _landmark(det, w, doc, ctx, text, known, guesses) -> list:
    """A home near a suburb's landmark: "live two streets back from the X surf club"."""
    for span in [*known, *guesses]:
        sent = ctx.facts.sent_of(span.start)
        left = text[max(sent.span.start_char, span.start_char - 60):span.start_char]
        m = any_match(w.near_left, left)
        right = text[span.end_char:span.end_char + 40]
        if m is None or not any_match(w.local_right, right):
            continue
        st = sent.text
        if not _STRONG_NEAR.search(m.group(0)) and not any_match(w.residence, st) and not (
                (any_match(w.landmark_fixed, right) or _DISTANCE.search(m.group(0))) and not any_match(w.near_transient, st)):
            continue                   # "we're near the X ground": at a game, unless the sentence says home or the
            # landmark is one only a neighbour is beside ("across the road from the X State College", no meeting there)
        if det.denied(st) or det.work_words.search(st):
            continue
        found = _emit(det, ctx, span, LANDMARK, "near_local_landmark", st,
                      [" ".join(m.group(0).split()), right.strip()[:25]])
        if found:
            return found
    return []


def _school(det, w, ctx, text) -> list:
    """A child's local school named in a parent's post: the suburb it is named for. Not when the post also goes to
    work ("school pickup at X then straight back to the office"): a school near the parent's work is no home
    (home_agree.py still reads the school beside another sign of the same place)."""
    if det.work_words.search(text):
        return []
    for m in child_school_matches(text, w.child, w.school_not, w.school, w.school_not_place):
        place = m.group("place")
        sent = ctx.facts.sent_at_char(m.start())
        found, score = _town(place), SCHOOL
        if found is None:
            if len(place.split()) > 2 or first_names().is_first_name(place.split()[0]):
                continue
            found, score = (place, "suburb"), SCHOOL_GUESSED
        name, kind = found
        if kind in ("state", "territory", "country"):
            continue
        d = det.detection(ctx, value=name, key=f"place:{name}", confidence=min(score, CITY) if kind == "city" else score,
                          pattern="child_local_school", excerpt_text=sent.text,
                          support=[" ".join(m.group(0).split()), "child's school"],
                          attrs={"place": name, "place_kind": kind})
        if d:
            return [d]
    return []


CLUB = 0.6                 # a child's local club named for its suburb, like a child's school


def _club(det, w, ctx, text) -> list:
    """A child's local club named for its suburb ("Miss 7's got the <Suburb> Hornets on Saturday"): that suburb, only
    when the tables know it as a suburb (a city's side is a professional team or a region's) and the name is no
    professional side's."""
    for m in child_school_matches(text, w.child, w.school_not, w.club, w.school_not_place):
        found = localities.lookup(m.group("place"))
        if found is None or found[1] != "suburb" or any_match(w.club_not, m.group("club")):
            continue
        sent = ctx.facts.sent_at_char(m.start())
        if det.work_words.search(sent.text) or det.denied(sent.text) or any_match(w.club_game_not, sent.text):
            continue
        d = det.detection(ctx, value=found[0], key=f"place:{found[0]}", confidence=CLUB, pattern="child_local_club",
                          excerpt_text=sent.text, support=[" ".join(m.group(0).split()), "child's club"],
                          attrs={"place": found[0], "place_kind": found[1]})
        if d:
            return [d]
    return []


def _town(place: str) -> tuple[str, str] | None:
    """A school's place as a town: "Carlingford West" -> Carlingford when only that is known."""
    found = localities.lookup(place)
    words = place.split()
    if found is None and len(words) > 1 and words[-1].lower() in _COMPASS:
        found = localities.lookup(" ".join(words[:-1]), wide=False)     # round 18: a cut name, only a well-known town
    return found


UNPLACED = 0.6             # "we live three streets back": the one suburb the post names is the home's
_HOME_HERE = re.compile(r"\b(?:i|we)\s+(?:\w+\s+)?(?:live|living)\s+(?:(?:just|only|literally|like|about)\s+)?(?:\w+\s+){0,3}?"
                        r"(?:away|over|back|down|up|round|around|from|near|behind|opposite|beside)\b|\b(?:our|my)\s+(?:place|house|flat|unit)"
                        r"\s+is\s+(?:\w+\s+){0,3}?(?:away|over|back|down|up|from|near)\b", re.I)
def _unplaced_residence(det, w, doc, ctx, text, known, guesses) -> list:
    """A post that says the writer lives near something without naming the suburb ("we live three streets back from
    the water", "I live four doors down, other side of the reserve") and names one known suburb elsewhere: that suburb.
    Only known places (no guessed capitalised word), one of them, in a post that is no trip, no other person's place."""
    m = _HOME_HERE.search(text)
    if m is None or det.denied(text) or det.work_words.search(text):
        return []
    said = ctx.facts.sent_at_char(m.start()).span
    if any_match(w.spot_not, text[:said.start_char] + " " + text[said.end_char:]):
        return []          # the rest of the post is at a gym, a beach, a mate's place: its suburb may be that one's
    places = {det._place(ctx, s)[0]: s for s in known}
    if len(places) != 1:
        return []
    span = next(iter(places.values()))
    if det._place(ctx, span)[1] != "suburb" or localities.regional_city(det._place(ctx, span)[0]):
        return []
    return _emit(det, ctx, span, UNPLACED, "residence_with_one_place", ctx.facts.sent_of(span.start).text,
                 [" ".join(m.group(0).split()), span.text])
