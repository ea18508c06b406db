"""A place said right beside the employer's name, in a staff member's profile line or a page about them.

Staff write where they work next to whom they work for, and nothing else joins the two: "<agency> <Town>",
"<agency>, <Town> seaport", "an <agency> officer at the Port of <Town>", "down at the Port of <Town> with <agency>",
"with <agency> out at <suburb>", "<agency> <Town> office | Supervisor". When the scan already ties the subject to the
org (an official address, a bio, another post), the place beside the org's name is their work location. Only a short
run of role and place words may stand between the two ("officer at the", "out at", ","): a verb of something else
("seized 40kg at", "joined in 2015 after uni in", "left and moved to") breaks the tie.
"""
from __future__ import annotations

import re

from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors import work_named
from footprint.analysis.detect.detectors.context import doc_text
from footprint.analysis.detect.detectors.employer_actor import third_party
from footprint.analysis.detect.detectors.subject_voice import speaks_of_other

# What may stand between the org's name and the place: punctuation of a profile line, the role, where it sits.
_SEP = r"[\s,|·•:/()\-–—]*"
_GAP_WORD = (r"(?:is|are|am|now|currently|still|an?|the|our|senior|(?:[a-z]+\s+)?officers?|supervisor|inspector|"
             r"(?:detector\s+)?dog\s+(?:handler|trainer)|handler|trainer|analyst|team|crew|unit|cargo|marine|maritime|mail|"
             r"based|stationed|posted|working|works?|at|in|on|out|down|up|over|of|with|for|from|port|seaport|airport)")
_GAP = re.compile(rf"^{_SEP}(?:{_GAP_WORD}\b{_SEP}){{0,7}}$", re.I)
# A facility word right after the place names the site: "<Town> office", "<Town> seaport", "<Town> airport"
_KIND_AFTER = re.compile(r"\s+(?:city\s+)?(office|seaport|port|airport|wharf|wharves|depot|centre|center|terminal|docks)\b", re.I)
_PORT_OF = re.compile(r"\bport\s+of\s+$", re.I)
# A place that is not where the work is: the subject's past, a move away, a trip, a home, a childhood
_NOT_NOW = re.compile(r"\b(?:before|after|since|until|left|leaving|quit|resigned|retired|former(?:ly)?|ex-?|used\s+to|moved|"
                      r"moving|grew\s+up|born|bred|raised|lives?|living|home|holiday|trip|visit\w*|flew|flying|through|via|"
                      r"stopped|searched|seized|caught|raided|arrested|announced|says|said|hiring|jobs?|applied|applying)\b", re.I)
# ... and in the sentence: a trip or a job left
_AWAY = re.compile(r"\b(?:holiday|hols|trip|flew|flying|layover|visit(?:ing|ed)?|left|quit|resigned|retired|former(?:ly)?|"
                   r"used\s+to|ex-\w+)\b", re.I)
_BEFORE_ORG = re.compile(r"\b(?:with|for|at)\b", re.I)     # a place before the org is the work only joined by these
_MAX_GAP = 40


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    """The line (between newlines) holding [start, end): a profile's fields often sit one to a line."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return a, (len(text) if b < 0 else b)


def beside_org(det, doc, ctx, covered: set[str]) -> list:
    """Places beside the org's name in a staff scan (see the module docstring)."""
    if ctx.scan_employed is False:
        return []           # (a loose batch of posts, no profile: judged item by item, as the other site rules are)
    facts = ctx.facts
    mentions = [m for m in facts.org_mentions if not m.ent_id_.startswith("orgamb:")]
    if not mentions:
        return []
    places = [sp for sp in facts.places if (sp.ent_id_ or sp.id_) and
              ctx.places.get(sp.ent_id_, {}).get("kind") not in ("state", "territory", "country")]
    in_places = {t.i for sp in places for t in sp}
    places += [sp for sp in localities.town_spans(doc, in_names=True, stop=work_named.WORK_TOWN_STOP)
               if not any(t.i in in_places for t in sp)]
    text = doc_text(doc, ctx)
    out = []
    for m in mentions:
        sent = facts.sent_of(m.start)
        a, b = _line(text, max(sent.span.start_char, 0), m.end_char)
        a, b = max(a, sent.span.start_char), min(b, sent.span.end_char)
        if not _sentence_ok(det, ctx, sent):
            continue
        for sp in places:
            if not (a <= sp.start_char and sp.end_char <= b) or any(sp.start_char < o.end_char and o.start_char < sp.end_char
                                                                     for o in mentions):
                continue
            gap = text[m.end_char:sp.start_char] if sp.start_char >= m.end_char else text[sp.end_char:m.start_char]
            if len(gap) > _MAX_GAP or not _GAP.match(gap) or _NOT_NOW.search(gap):
                continue
            if sp.start_char < m.start_char and not _BEFORE_ORG.search(gap):
                continue        # "41, <Town>, <agency>": a list of facts, the town may be home; "<Port> with <agency>" is work
            lead = re.split(r"[,|.;:\n]", text[a:min(m.start_char, sp.start_char)])[-1]
            if _NOT_NOW.search(lead):
                continue        # "grew up in <Town>, now with <agency>", "lives in <suburb>, <agency> at ...": not the work
            # "<Title>, <agency>, <City>" as a headline: the city is the region, not the site; it only names the site
            # said by its kind elsewhere ("T1", "the international terminal": work_loose.name_generic_sites)
            region = (ctx.kind == "profile_field" and ctx.places.get(sp.ent_id_, {}).get("kind") == "city"
                      and not _KIND_AFTER.match(text, sp.end_char))
            value = _value(ctx, text, sp)
            if not value or value.lower() in covered:
                continue
            covered.add(value.lower())
            d = det.detection(ctx, value=value, key=f"place:{value}", confidence=det.WORK_AT, pattern="work_at_place_beside_org",
                              excerpt_text=sent.text, support=[" ".join(text[min(m.start_char, sp.start_char):
                                                                             max(m.end_char, sp.end_char)].split())],
                              attrs={"place": value, **({"region_only": True} if region else {})})
            if d:
                out.append(d)
    return out


def _sentence_ok(det, ctx, sent) -> bool:
    """The sentence is about the subject's own work now: not a trip, a farewell, news about the org or someone else."""
    t = sent.text
    if det.denied(t) or ctx.shared.employment.about(t) or det.leaving(t) or ctx.shared.travel.search(t):
        return False
    if any(r.search(t) for r in det.seen_as_sight) or _AWAY.search(t):
        return False
    if third_party().in_sentence(ctx.facts, sent) or speaks_of_other(ctx, sent):
        return False
    return bool(sent.subject_voice or not work_named._THIRD.search(t))


def _value(ctx, text: str, sp) -> str:
    """The place as the site is called: "Port of <Town>", "<Town> office", or the town's normal form."""
    name = (sp.ent_id_ or sp.id_).split(":", 1)[1] if (sp.ent_id_ or sp.id_) else sp.text
    if _PORT_OF.search(text[max(0, sp.start_char - 10):sp.start_char]):
        return f"Port of {sp.text}"
    kind = _KIND_AFTER.match(text, sp.end_char)
    if kind:
        return f"{sp.text} {kind.group(1).lower()}"
    return name


# A hashtag that names a town: "#gladstone", "#PortHedland" (camel case split into words)
_HASHTAG = re.compile(r"(?<![\w#])#([A-Za-z][A-Za-z]{2,30})\b")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# hashtags that are towns' names but say a mood or a thing, never where the work is
_TAG_NOT = frozenset({"home", "hope", "sale", "orange", "beach", "city", "park", "forest", "bay", "mount", "york"})


def hashtag_towns(det, doc, ctx, covered: set[str]) -> list:
    """A work post tagged with its town ("Boarding the bulk carriers again today #gladstone", "three ships before lunch
    #Newcastle"): in a staff scan, a post that speaks of the work, in the writer's own voice, tagged with one known town.
    The tag is where the work was, as a caption names it."""
    if ctx.scan_employed is False or ctx.kind == "profile_field":
        return []
    text = doc_text(doc, ctx)
    tags = {}
    for m in _HASHTAG.finditer(text):
        word = _CAMEL.sub(" ", m.group(1))
        row = localities.exact(word)
        if row and word.lower() not in _TAG_NOT and row[1] not in ("state", "territory", "country"):
            tags[row[0]] = m
    if len(tags) != 1:
        return []           # no town, or several (a trip's itinerary): which one is the work, a caption cannot say
    value, m = next(iter(tags.items()))
    if value.lower() in covered or localities.strip_state(value).lower() in covered:
        return []
    body = _HASHTAG.sub(" ", text)
    if not (any(r.search(body) for r in (*det.generic_work, *det.named_work)) or det.context_words.find(body)):
        return []           # "sunset drinks #cairns": a tagged town with no work in the post
    if (det.denied(body) or ctx.shared.employment.about(body) or det.leaving(body) or work_named._THIRD.search(body)
            or any(r.search(body) for r in det.named_not) or ctx.shared.travel.search(body)):
        return []
    covered.add(value.lower())
    d = det.detection(ctx, value=value, key=f"place:{value}", confidence=det.WORK_AT - 0.1, pattern="work_at_place_hashtag",
                      excerpt_text=" ".join(text.split())[:200], support=[m.group(0)], attrs={"place": value})
    return [d] if d else []
