"""Home said tersely (round 9): the place alone, the home by its building, the local club down the road.

Three more ways a post gives the home away without a residence verb, each a step of home_informal.find:
- the home by its building with "the", or where "we're up/out in" now ("the unit in <Suburb> finally has hot water",
  "we're out in <Suburb> now, the townhouse backs onto the creek"), in a sentence naming no one else's home or job;
- a suburb's club or amenity said to be near ("the <Suburb> RSL down the road", "<Suburb> pool round the corner");
- a place alone as one fragment of a bio or a terse post ("<Nickname>. <Suburb>. Quilter since 1998",
  "<Suburb>. 38 degrees. Aircon dead.", "... two kegs in the shed. <Suburb> QLD."), when exactly one fragment is
  a town and the post is no trip, outing or work.
The words are lists in data/lexicons/home_location.toml (`the_home_*`, `amenity_*`, `bare_place_not`).
"""
from __future__ import annotations

import re

from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors.context import doc_text
from footprint.analysis.detect.detectors.home_fragments import finer, word_town

THE_HOME = 0.65            # "the unit in X", "we're out in X now"
AMENITY = 0.6              # "the X club down the road"
BARE = 0.6                 # a suburb alone as one fragment

# fragments: sentences, bars, bullets, slashes and emoji (a comma only after the opening one: "<Suburb>, 6am, ...";
# "Lock up your letterboxes, <Town>" closes on a town spoken to)
_SPLIT = re.compile(r"\s*(?:[.|·•/;!?\n]|\s[-–—]\s|[\u2600-\u27bf\U0001F000-\U0001FAFF])+\s*")
_STATE = re.compile(r"^(?:nsw|vic|qld|wa|sa|tas|act|nt)$", re.I)
_POSTCODE = re.compile(r"^\d{4}$")
_TRIP_END = re.compile(r"\b(?:to|into|towards)\s+(?:the\s+|my\s+|our\s+)?(?:office|work|depot|terminal)\b(?!\s+(?:in|at|on)\b)", re.I)
_OURS = re.compile(r"\b(?:we|we\x27re|i|i\x27m|us|our|ours|my|me|home)\b", re.I)


class _Words:
    def __init__(self, det):
        g = det.regexes
        self.the_home, self.the_home_not = g("the_home_left"), g("the_home_not")
        self.amenity, self.amenity_near, self.amenity_left = g("amenity_right"), g("amenity_near"), g("amenity_left")
        self.amenity_local = g("amenity_local")
        self.bare_not = (*g("bare_place_not"), *g("not_local"))
        self.bare_wide_not = g("bare_place_wide_not")


def _words(det) -> _Words:
    w = getattr(det, "_terse_words", None)
    if w is None:
        w = det._terse_words = _Words(det)
    return w


def _any(rxs, text: str):
    return next((m for rx in rxs for m in [rx.search(text)] if m), None)


def the_home(det, w, doc, ctx, text, known, guesses) -> list:
    """ "the unit in X", "we're out in X now": the writer's home by its building or their being there now."""
    from footprint.analysis.detect.detectors.home_informal import _emit
    t = _words(det)
    for span in [*known, *guesses]:
        sent = ctx.facts.sent_of(span.start)
        left = text[max(sent.span.start_char, span.start_char - 50):span.start_char]
        m = _any(t.the_home, left)
        st = sent.text
        # round 14: from the home's building to work ("from the staff quarters in X to the office"): the work is where
        # the trip ends, not where the place is
        if m is None or _any(t.the_home_not, st) or det.denied(st) or det.work_words.search(_TRIP_END.sub(" ", st)):
            continue
        found = _emit(det, ctx, span, THE_HOME, "home_by_building", st, [" ".join(m.group(0).split())])
        if found:
            return found
    return []


def local_amenity(det, w, doc, ctx, text, known, guesses) -> list:
    """ "the X RSL down the road", "X pool round the corner": a suburb's amenity near home is the home's suburb."""
    from footprint.analysis.detect.detectors.home_informal import _emit
    t = _words(det)
    for span in known:          # a known town only: "the Royal club down the road" names no suburb
        right = text[span.end_char:span.end_char + 60]
        a = _any(t.amenity, right)
        st = ctx.facts.sent_of(span.start).text
        left = text[max(ctx.facts.sent_of(span.start).span.start_char, span.start_char - 50):span.start_char]
        near_after = a is not None and _any(t.amenity_near, right[a.end():]) is not None
        before = _any(t.amenity_left, left) if a is not None else None
        # "we're two streets from the X shops"; a terse "Two streets from the X shops." opens its sentence on it
        near_before = before is not None and (_OURS.search(st) is not None or not left[:before.start()].strip())
        if near_before and not near_after and _any(w.near_transient, st):
            continue            # "we were parked two streets from the X pool for the carnival today": where one is now
        cue = None
        if a is not None and not (near_after or near_before) and _any(t.amenity_local, right):
            # round 14: the home said anywhere in the sentence is enough ("fog over the X oval from my kitchen window",
            # "walked home from the X shops"), unless the sentence is a game or where one is right now
            cue = home_cue(det, w, st)
        if not (near_after or near_before or cue):
            continue
        if det.denied(st) or det.work_words.search(st) or _any(t.the_home_not, st) and not re.search(r"\b(?:we|i|our|my)\b", st, re.I):
            continue
        found = _emit(det, ctx, span, AMENITY, "local_amenity_near", st,
                      [span.text + right[:a.end()], " ".join(cue.group(0).split()) if cue else "down the road"])
        if found:
            return found
    return []


def home_cue(det, w, sentence: str):
    """The words of a sentence that speak of the writer's own home (a room or chore of it, its street, its neighbours,
    the walk home), when the sentence is no game and no "where I am right now"; else None."""
    cue = _any(w.domestic, sentence) or _any(w.beside, sentence) or _any(det.our_street, sentence) or _any(w.residence, sentence)
    if cue is None or _any(w.not_local, sentence) or _any(w.near_transient, sentence):
        return None
    return cue


_SITE_WORDS: list = [None, frozenset()]      # (org, its sites' words): the last organisation's, built once


def _site_words(org) -> frozenset:
    """The lowercased words of the organisation's sites and their aliases (built once per organisation, not per
    fragment: this was rebuilt for every terse fragment)."""
    if org is None:
        return frozenset()
    if _SITE_WORDS[0] is not org:
        _SITE_WORDS[:] = [org, frozenset(w.lower() for site in org.sites for a in (site.name, *site.aliases)
                                         for w in a.split())]
    return _SITE_WORDS[1]


LOWER_MIN = 5
# profile fields that say where or for whom the subject works (a place alone there is the workplace, round 15)
_WORK_FIELD_KEYS = frozenset({"worklocation", "workplace", "office", "joblocation", "basedat", "station", "posting",
                              "worksfor", "employer", "organisation", "organization", "company", "affiliation", "jobtitle"})


def _items(part: str) -> list[str]:
    """The items of a comma list of three or more short items (three words at most each), else []."""
    items = [i.strip() for i in part.split(",")]
    if len(items) < 3 or any(not i or len(i.split()) > 3 for i in items):
        return []
    # a route or a run of places ("through Kambah, Wanniassa, Oxley this morning") is no bio
    placed = sum(1 for i in items if any(localities.exact(w) for w in (i, i.split()[0], i.split()[-1]) if w[:1].isupper()))
    return items if placed == 1 else []


def _lower_town(fragment: str) -> bool:
    """A lower-case fragment that is a town's whole name, long and no common word ("braddon", not "sale" or "hope")."""
    f = " ".join(fragment.split())
    return len(f) >= LOWER_MIN and f.lower() not in localities.COMMON_TOWN_WORDS and localities.exact(f) is not None


def bare_place(det, w, doc, ctx, text, known, guesses) -> list:
    """One fragment of a bio or a terse post that is only a town or suburb (with its state, at most)."""
    t = _words(det)
    if ctx.facts.org_mentions or det.denied(text) or det.work_words.search(text) or _any(t.bare_not, text):
        return []
    if ctx.kind == "profile_field" and ctx.field_key in _WORK_FIELD_KEYS:
        return []                  # round 15: a JSON-LD workLocation "Subiaco, WA" is where they work

    parts = [p for p in _SPLIT.split(text) if p and re.search(r"\w", p)]
    # "Priya, 34, Kambah, nurse": a list of three or more short items is fragments too
    parts = [q for p in parts for q in (_items(p) or [p])]
    alone = len(parts) == 1 and len(parts[0].split()) <= 3 and (ctx.kind == "profile_field" or re.search(r"\b\d{4}$", parts[0]))
    if alone:
        parts.append("")           # a bio field or a post that is only "<Suburb> VIC 3810"
    candidates = list(parts)
    if parts and "," in parts[0]:     # "<Suburb>, 6am, southerly just hit": a post may open on its place and a comma
        first, rest = parts[0].split(",", 1)
        parts[:1] = [first, rest]
        candidates[:1] = [first]      # ("Lock up your letterboxes, <Town>": a town after the comma is spoken to)
    if len(parts) < 2:
        return []
    hits = []
    for p in candidates:
        words = p.split()
        lower = bool(words) and words[0][:1].islower()
        if not words or len(words) > 4 or not (words[0][:1].isupper() or lower and _lower_town(p)):
            continue                   # "dad of 2 | braddon | coffee": a lower-case town only by its whole, long name
        if len(words) > 1 and _POSTCODE.match(words[-1]):
            words = words[:-1]             # "<Suburb> VIC 3810"
        bare = " ".join(words[:-1]) if len(words) > 1 and _STATE.match(words[-1]) else " ".join(words)
        # round 18: a capitalised fragment may be any Australian locality, its state (when written) picking which
        found = localities.exact(bare) or (localities.exact(" ".join(words), wide=True)
                                           if bare[:1].isupper() and not _any(t.bare_wide_not, bare) else None)
        if found and word_town(bare) and len(words) == len(p.split()):
            continue                   # round 13: "Research.", "Prospect." alone may be words: a state or postcode says town
        if found and (bare[:1].isupper() or lower):
            hits.append((found, p))
    # round 13: "Hobart. Sandy Bay.": a city beside one of its suburbs is that suburb's region; "Adelaide (Norwood)"
    hits = [((n, k), p) for n, k, p in finer([(*f, p) for f, p in hits])]
    if not hits:
        from footprint.analysis.detect.detectors.home_loose import paired_place
        pair = paired_place(text, _site_words(ctx.org))
        hits = [((pair[0], pair[1]), pair[2])] if pair else []
    sites = _site_words(ctx.org)
    hits = [(f, p) for f, p in hits if not set(f[0].lower().split()[:-1] or f[0].lower().split()) <= sites]
    if len(hits) != 1:          # the employer's own site named alone ("Customs officer. Fremantle.") is work
        return []
    (name, kind), fragment = hits[0]
    if kind != "suburb" or alone and localities.regional_city(name):
        return []                  # "Sydney, I love you but ...", a bio that is only "Geelong.": a city alone is a region
    sent = ctx.facts.sent_at_char(max(0, text.find(fragment)))
    d = det.detection(ctx, value=name, key=f"place:{name}", confidence=BARE,
                      pattern="bare_place_fragment", excerpt_text=sent.text, support=[fragment, "place alone"],
                      attrs={"place": name, "place_kind": kind})
    return [d] if d else []


SUBURB_HOME = 0.7          # "our Ashgrove place", "moved into the Subiaco flat"


def suburb_home(det, w, doc, ctx, text, known, guesses) -> list:
    """ "our <Suburb> place", "moved into the <Suburb> flat": the writer's dwelling named by its suburb (round 13)."""
    from footprint.analysis.detect.detectors.home_informal import _emit
    g = det.regexes
    left_rx, right_rx, not_rx = g("suburb_home_left"), g("suburb_home_right"), g("suburb_home_not")
    for span in known:
        right = text[span.end_char:span.end_char + 25]
        r = _any(right_rx, right)
        if r is None:
            continue
        sent = ctx.facts.sent_of(span.start)
        left = text[max(sent.span.start_char, span.start_char - 40):span.start_char]
        m = _any(left_rx, left)
        st = sent.text
        if m is None or _any(not_rx, st) or det.denied(st) or det.work_words.search(st):
            continue
        found = _emit(det, ctx, span, SUBURB_HOME, "suburb_named_home", st,
                      [" ".join((m.group(0) + span.text + r.group(0)).split())])
        if found:
            return found
    return []


STEPS = (the_home, local_amenity, suburb_home, bare_place)
