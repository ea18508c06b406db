"""Home from two weak signals that agree: a child's school and a family outing naming the same place.

"Sunday lunch in <Town> with my wife and our daughter" alone is a day out; "<Name> starts at <Town> High next
year" alone may be a school across town, or one named for no suburb a gazetteer knows (the detector then keeps it
below the report threshold). Two posts of one account that name the same place, one as the child's school and the
other as where the family goes about its week, say the family lives there. Nothing is claimed when a home is
already stated somewhere else (it would contradict), or when the two posts name different places.

The words are the detector's lists in data/lexicons/home_location.toml (`child_school`, `school_not_place`,
`child_cue`, `school_not`, `family_outing`, `deny`).
"""
from __future__ import annotations

from typing import Any, Iterable

from footprint.crawler.items import PostItem

from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors.home_informal import any_match, child_school_matches
from footprint.analysis.detect.detectors.lexicon import load_lexicon
from footprint.analysis.findings import Detection, Evidence

CONFIDENCE = 0.65
STATED = 0.7          # a home stated this surely elsewhere in the scan wins, and nothing is inferred


def _schools(text: str, lex) -> list[tuple[str, str]]:
    """(place, matched words) for each child's school a parent's post names."""
    rx = lex.regex
    return [(m.group("place"), " ".join(m.group(0).split())) for m in child_school_matches(
        text, rx.get("child_cue", ()), rx.get("school_not", ()), rx.get("child_school", ()), rx.get("school_not_place", ()))]


def _outings(text: str, lex) -> list[tuple[str, str]]:
    """(place, matched words) for a place the writer's family spends its day in ("lunch in X with my wife and kids")."""
    if any_match(lex.regex.get("deny", ()), text):
        return []
    return [(m.group("place"), " ".join(m.group(0).split())) for rx in lex.regex.get("family_outing", ())
            for m in rx.finditer(text)]


def _name(place: str) -> str:
    """The place's normal form ("Kiama NSW"), or as written when no table knows it."""
    found = localities.lookup(place)
    return found[0] if found else " ".join(place.split())


def _bare(value: str) -> str:
    return localities.strip_state(str(value)).lower()


def infer_home_agree(items: Iterable[Any], detections: Iterable[Detection] = ()) -> list[Detection]:
    """One home (one detection per agreeing post) where a child's school and a family outing name one place."""
    lex = load_lexicon("home_location")
    stated = {_bare(d.attrs.get("place", d.value) if isinstance(d.attrs, dict) else d.value)
              for d in detections or () if d.category == "home_location" and d.confidence >= STATED}
    posts = sorted((p for p in items or () if isinstance(p, PostItem)), key=lambda p: (str(p.url), str(p.text)))
    schools: dict[str, list] = {}
    outings: dict[str, list] = {}
    for p in posts:
        text = f"{p.title or ''} {p.text or ''}".strip()
        for place, words in _schools(text, lex):
            schools.setdefault(_name(place), []).append((p, words, "child's school"))
        for place, words in _outings(text, lex):
            outings.setdefault(_name(place), []).append((p, words, "family outing"))
    out: list[Detection] = []
    for name, school_posts in sorted(schools.items()):
        if stated and _bare(name) not in stated:
            continue                                   # a home stated elsewhere: the school is not it
        # the same school named twice is still only the school: the family's day must be spent there too
        others = [e for e in outings.get(name, []) if e[0].url != school_posts[0][0].url]
        if not others:
            continue
        support = [school_posts[0][1], others[0][1]]
        for post, words, why in (school_posts[0], others[0]):
            out.append(Detection(category="home_location", value=name, key=f"place:{name.lower()}", confidence=CONFIDENCE,
                                 detector="HomeInference", pattern="child_school_and_family_agree",
                                 evidence=Evidence(url=post.url, kind="text", excerpt=" ".join((post.text or "").split())[:200],
                                                   posted_at=post.published, profile=post.profile),
                                 support=support, attrs={"place": name, "place_kind": "suburb", "why": why}))
    return out



def drop_school_at_work(detections: list[Detection]) -> list[Detection]:
    """Round 12: the detections without a home read only from a child's school when the scan puts the subject's work in
    that same place and nothing else says home there: a school beside the parent's work is picked up on the way to or
    from work ("school pickup at <Suburb> State School" from a parent who works in <Suburb>), not the home's."""
    schools = [d for d in detections if d.category == "home_location" and d.pattern == "child_local_school"]
    if not schools:
        return detections
    work = {_bare(d.attrs.get("place", d.value) if isinstance(d.attrs, dict) else d.value)
            for d in detections if d.category == "work_location"}
    other = {d.key for d in detections if d.category == "home_location" and d.pattern != "child_local_school"}
    drop = {id(d) for d in schools if d.key not in other and _bare(d.value) in work}
    return [d for d in detections if id(d) not in drop] if drop else detections
