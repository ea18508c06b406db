"""Work locations said as where a shift starts: a place beside a start time, a muster, a sign-on or a roster day.

Staff caption where they clock on, and when: "<Town> wharf, 0545.", "0530 sign-on at <Town>", "<Port> at first light
before a 6am start", "0600 muster, <Town>. Fog.", "pre-start at 6 then out to berth 3". The post names no org site and
says no "I work at"; its other words are the work day's start. In a scan that ties the subject to the org (or a post
that names it, or a start no one but staff has: a muster, a sign-on) the one place the post gives for that start is
the workplace. A place the day starts FROM (the commute's origin), a place with a leisure noun after it ("<Town>
markets", "<Town> beach") or in a sentence about a swim, a race or a holiday is not it.
Cues are data: `work_start` in data/lexicons/work_location.toml.
"""
from __future__ import annotations

import re

from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors import work_named
from footprint.analysis.detect.detectors.context import doc_text

# a four-digit clock as rostered staff write it ("0545", "2200"); years 19xx and 20xx are left alone
_MIL_TIME = re.compile(r"(?<![\d:.$#/-])(?:0\d|1[0-8]|2[1-3])[0-5]\d(?:\s*hrs?)?(?![\d:.,%]\d|\s*(?:kg|km|m\b|people|pax|boxes|dollars))")
_TERSE_WORDS = 12
# the day starts here, it does not end here: "from <suburb> to T1", "leave <suburb> at 5"
_FROM_LEFT = re.compile(r"\b(?:from|leave|leaving|left|out\s+of\s+bed\s+in|home\s+in)\s+(?:the\s+)?$", re.I)
# a cue right before the place: "muster at <Wharf>", "0530 start at the port", "sign-on, <Town>"
_AFTER_CUE = re.compile(r"^\s*(?:at|@|in|on|,|-|–|—|:)?\s*(?:the\s+)?$", re.I)
# the post is about leisure at the place, not a work day there
_LEISURE = re.compile(r"\b(?:swim|swimming|surf(?:ing)?|beach|swell|waves|snorkel\w*|holiday|hols|vacation|markets?|brunch|picnic|fishing|footy|"
                      r"game\s+day|match|concert|gig|parkrun|fun\s+run|marathon|triathlon|race|races|regatta|festival|wedding|"
                      r"party|birthday|tour|tourists?|visit(?:ing|ed)?|flight|flying|layover|departure|boarding\s+pass|"
                      r"check-?in|airbnb|hotel|cruise\s+(?:holiday|trip)|open\s+home|inspection)\b", re.I)
# the place named is the day's scenery or a non-work place ("<Town> markets", "<Town> beach")
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:road|rd|street|st|highway|hwy|avenue|ave|parade|drive|markets?|beach|pool|park|oval|school|primary|high|hospital|station|shops|mall|plaza|"
                               r"cafe|café|pub|hotel|club|church|gym|library|zoo|show|fair|races|racecourse)\b", re.I)
_STATES = ("state", "territory", "country")
# Round 13: a workplace by its initials right after a cue's "at" ("0530 start at EC"): kept only where the scan names a
# work site with those initials (work_loose.name_generic_sites), else dropped
_ABBREV = re.compile(r"(?:\bat|@)\s+([A-Z]{2,3})\b(?![\w-])")
_ABBREV_ONLY = re.compile(r"^[A-Z]{2,3}$")
# a workplace by its kind alone, where the day starts: "to the international terminal for a 5am start"
_KIND = re.compile(r"\b(?:to|at|in|on|into|onto)\s+the\s+(?P<kind>(?:international|domestic|cargo|container|cruise|freight|"
                   r"passenger)\s+terminal|wharf|wharves|docks|airport|seaport|mail\s+cent(?:re|er)|mail\s+exchange|"
                   r"exam(?:ination)?\s+(?:shed|facility)|cargo\s+shed|cargo\s+hall)\b", re.I)


def _strong(m) -> bool:
    """A cue only staff have (a muster, a sign-on, a pre-start, back on after days off), not a bare "6am start",
    which a parkrun or a flight has too."""
    return not re.search(r"\bstart", m.group(0), re.I) or bool(re.search(r"pre-?start", m.group(0), re.I))


def _candidates(det, doc, ctx, sents) -> list[tuple[str, int, int, bool]]:
    """(value, start char, end char, is a facility) of the places the scope names, site forms first."""
    text = doc_text(doc, ctx)
    out = []
    for sent in sents:
        base = sent.span.start_char
        for value, feature, a, b in work_named._sites(sent.text):
            if feature.startswith("?") and not localities.exact(value.rsplit(" ", 1)[0]):
                continue
            out.append((value, base + a, base + b, feature not in ("town",)))
        for m in _KIND.finditer(sent.text):
            kind = " ".join(m.group("kind").lower().split())
            out.append((f"the {kind}", base + m.start("kind"), base + m.end("kind"), True))
        for m in _ABBREV.finditer(sent.text):     # "0530 start at EC": a site's initials, named once elsewhere
            if m.group(1) not in work_named._NOT_ACRONYMS and m.group(1).lower() not in _org_words(ctx):
                out.append((m.group(1), base + m.start(1), base + m.end(1), False))
    spans = [sp for sp in ctx.facts.places if (sp.ent_id_ or sp.id_)
             and ctx.places.get(sp.ent_id_, {}).get("kind") not in _STATES]
    spans += [sp for sp in localities.town_spans(doc, in_names=True, stop=work_named.WORK_TOWN_STOP) if (sp.ent_id_ or sp.id_)]
    ranges = [(s.span.start_char, s.span.end_char) for s in sents]
    for sp in spans:
        if not any(a <= sp.start_char < b for a, b in ranges):
            continue
        if any(a <= sp.start_char < b or sp.start_char <= a < sp.end_char for _, a, b, _ in out):
            continue            # inside a named site already ("Townsville wharf")
        if _PLACE_NOUN_AFTER.match(text, sp.end_char):
            continue
        value = localities.strip_state((sp.ent_id_ or sp.id_).split(":", 1)[1])
        out.append((value.title() if value.islower() else value, sp.start_char, sp.end_char, False))
    return out


def start_sites(det, doc, ctx, covered: set[str]) -> list:
    """A place named with the start of the subject's work day: where they work."""
    if ctx.scan_employed is False or ctx.kind == "profile_field":
        return []
    text = doc_text(doc, ctx)
    cues = [m for rx in det.work_start for m in rx.finditer(text)]
    clock = _MIL_TIME.search(text)
    terse = len(text.split()) <= _TERSE_WORDS and clock is not None
    if not cues and not terse:
        return []
    org_named = any(not m.ent_id_.startswith("orgamb:") for m in ctx.facts.org_mentions)
    strong = any(_strong(m) for m in cues)
    if det.denied(text) or any(r.search(text) for r in det.seen_as_sight) or det.leaving(text):
        return []
    # scope: a short post is one caption; in a long one only the sentences that give the start
    first = cues[0] if cues else clock          # the first cue, else the clock of a terse caption
    cue_chars = [m.start() for m in cues] or [clock.start()]
    sents = ctx.facts.sents if len(text.split()) <= 40 else [s for s in ctx.facts.sents if any(
        s.span.start_char <= c < s.span.end_char for c in cue_chars)]
    sents = [s for s in sents if not (work_named._THIRD.search(s.text) or ctx.shared.employment.about(s.text))]
    found = []
    sites = [(s.start_char, s.end_char) for s in ctx.facts.sites]
    for value, a, b, facility in _candidates(det, doc, ctx, sents):
        if any(x < b and a < y for x, y in sites):
            continue            # an org site by its alias: the site rule reads it
        sent = ctx.facts.sent_at_char(a)
        left = text[max(sent.span.start_char, a - 30):a]
        if _FROM_LEFT.search(left) or ctx.shared.travel.search(sent.text):
            continue            # the commute's origin, a trip
        after_cue = any(m.end() <= a and _AFTER_CUE.match(text[m.end():a]) for m in cues)
        if not after_cue and _LEISURE.search(text if len(text.split()) <= _TERSE_WORDS else sent.text):
            continue            # "Sunrise at <beach> 0600, best swim of the year"; a terse caption read whole
        found.append((value, after_cue, facility))
    if not found:
        return []
    # who may say it: staff (the scan), a post naming the org, or a cue only staff have beside a workplace's kind
    if ctx.scan_employed is None and not org_named and not (strong and any(f for _, _, f in found)) and not (
            (strong or terse) and any(f for _, _, f in found) and any(c for _, c, _ in found)):
        return []
    if not cues and not any(f for _, _, f in found) and ctx.scan_employed is not True:
        return []               # a bare clock and a bare town: only from staff
    chosen = [f for f in found if f[1]] or found
    if len({v.lower() for v, _, _ in chosen}) > 1 and len({v.lower() for v, _, f in chosen if f}) == 1:
        chosen = [f for f in chosen if f[2]]     # "<Town>. <Name> Quay. 0600.": the facility, not the town it is in
    names = {v.lower(): v for v, _, _ in chosen}
    if len(names) != 1:
        return []               # two places and no cue to choose: which one, the post does not say
    value = next(iter(names.values()))
    if value.lower() in covered or any(value.lower() in c or c in value.lower() for c in covered if c):
        return []
    covered.add(value.lower())
    cue = first.group(0)
    sent = ctx.facts.sent_at_char(first.start())
    excerpt = text.strip()[:200] if len(text.split()) <= 40 else sent.text
    generic = value.startswith("the ")      # by its kind: work_loose.name_generic_sites names it from the scan's sites
    d = det.detection(ctx, value=value, key=f"place:{value}", confidence=det.WORK_AT - 0.1,
                      pattern="work_at_place_generic" if generic else "work_at_place_start", excerpt_text=excerpt,
                      support=[" ".join(cue.split())],
                      attrs={"place": value, **({"facility": value[4:]} if generic else {}),
                             **({"abbrev": True} if _ABBREV_ONLY.match(value) else {})})
    return [d] if d else []


def _org_words(ctx) -> set[str]:
    return {a.lower() for n in ctx.org.names for a in (n.canonical, *n.aliases)}
