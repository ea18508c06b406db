"""Entity linking: many detections of one fact become one finding.

The same wife named in five posts, or the same suburb in a bio and a photo,
is one exposure with five pieces of evidence, not five exposures. Linking
runs in three passes over *distinct* (category, key) groups, so thousands
of repeated mentions cost one comparison:

1. exact key match (detectors already canonicalise: "Dept of Immigration");
2. coordinates: geotags within `radius_m` of each other (a k-d tree);
3. names: within a block (category, relation, first letter) `rapidfuzz.process.cdist`
   proposes candidates above a cutoff and a token check confirms them
   ("Sarah" ~ "Sarah K" ~ "Sara"; not "Jack" ~ "Jackson"); relation-only
   mentions ("my wife") join the one named person with that relation.

Matches are merged with a union-find that refuses to join two groups whose
fullest names disagree, so "Sarah" cannot bridge "Sarah Kelly" and "Sarah Jones".
`link_accounts` does the same for accounts: which profiles are one person.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Iterable
from urllib.parse import urlsplit

import numpy as np
from rapidfuzz import fuzz, process

from footprint.crawler.items import ProfileItem

from footprint.analysis.categories import where
from footprint.analysis.findings import CATEGORIES, Detection, Evidence, Finding
from footprint.analysis.link.geo import EARTH_RADIUS_M

# Categories whose values are names worth fuzzy matching; the rest (contacts,
# identifiers, topics, signals) merge on exact keys only.
PERSON_CATEGORIES = where(linking="person")
PLACE_CATEGORIES = where(linking="place")
FUZZY_CATEGORIES = PERSON_CATEGORIES | PLACE_CATEGORIES | where(linking="fuzzy")
COORD_CATEGORIES = where(linking="coords")

NAME_CUTOFF = 85          # rapidfuzz WRatio cutoff for candidate pairs
TOKEN_CUTOFF = 85         # fuzz.ratio for two tokens to count as one spelling ("Sara" / "Sarah")
GEO_RADIUS_M = 50.0       # geotags this close are one exposed point (phone GPS wanders 10-50 m indoors)
CHUNK = 2048              # cdist rows per call: bounds memory to CHUNK x block size bytes

STOPWORDS = frozenset({"my", "our", "the", "his", "her", "their", "a", "an", "near", "at", "in", "of", "and"})
RELATION_SYNONYMS = {"mum": "mother", "mom": "mother", "mommy": "mother", "mummy": "mother", "dad": "father",
                     "daddy": "father", "hubby": "husband", "missus": "wife", "fiance": "fiancee",
                     "kid": "child", "bro": "brother", "sis": "sister", "gf": "girlfriend", "bf": "boyfriend"}
RELATION_WORDS = frozenset(RELATION_SYNONYMS) | frozenset(RELATION_SYNONYMS.values()) | frozenset({
    "wife", "husband", "partner", "spouse", "son", "daughter", "children", "kids", "sons", "daughters",
    "brother", "sister", "parents", "grandmother", "grandfather", "nan", "grandma", "grandpa", "aunt",
    "uncle", "cousin", "nephew", "niece", "friend", "mate", "colleague", "workmate", "boss", "neighbour",
    "neighbor", "in", "law", "step", "little", "eldest", "youngest", "oldest", "baby", "best"})
PLACE_NOISE = frozenset({"nsw", "vic", "qld", "sa", "wa", "tas", "nt", "act", "australia", "au"})
_POSTCODE = re.compile(r"^\d{4}$")
_PAREN = re.compile(r"\([^)]*\)")
_NONWORD = re.compile(r"[^\w]+")


# --------------------------------------------------------------------------- union-find

class _UnionFind:
    """Union-find whose components keep their fullest name and refuse to join disagreeing ones."""

    def __init__(self, names: list[tuple[str, ...]]):
        self.parent = list(range(len(names)))
        self.rep = list(names)

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def union(self, i: int, j: int, check: bool = True) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        a, b = self.rep[ri], self.rep[rj]
        if check and a and b and not names_compatible(a, b):
            return False
        if rj < ri:
            ri, rj = rj, ri
        self.parent[rj] = ri
        self.rep[ri] = max((a, b), key=_fullness)
        return True


# --------------------------------------------------------------------------- names

def _tokens(text: str, drop: frozenset[str]) -> tuple[str, ...]:
    text = _PAREN.sub(" ", text.lower()).replace("'s ", " ")
    return tuple(t for t in _NONWORD.sub(" ", text).split() if t not in drop and t != "_")


def normalise_relation(relation: Any) -> str:
    rel = " ".join(str(relation or "").lower().split())
    return RELATION_SYNONYMS.get(rel, rel)


def match_tokens(d: Detection) -> tuple[str, ...]:
    """The name a detection is matched on, as normalised tokens ("Parramatta NSW 2150" -> ("parramatta",))."""
    attrs = d.attrs if isinstance(d.attrs, dict) else {}
    raw = next((attrs[k] for k in ("name", "person", "locality", "site") if isinstance(attrs.get(k), str)
                and attrs[k].strip()), d.value or "")
    if d.category in PERSON_CATEGORIES:
        return _tokens(raw, STOPWORDS | RELATION_WORDS)
    if d.category in PLACE_CATEGORIES:
        return tuple(t for t in _tokens(raw, STOPWORDS | PLACE_NOISE) if not _POSTCODE.match(t))
    return _tokens(raw, STOPWORDS)


def _token_match(t: str, u: str) -> bool:
    if t == u:
        return True
    if len(t) == 1 or len(u) == 1:                  # an initial: "K" ~ "Kelly"
        return t[0] == u[0]
    return min(len(t), len(u)) >= 4 and fuzz.ratio(t, u) >= TOKEN_CUTOFF


def names_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Every token of the shorter name matches its own token of the longer one."""
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    used: set[int] = set()
    for t in short:
        j = next((j for j, u in enumerate(long_) if j not in used and _token_match(t, u)), None)
        if j is None:
            return False
        used.add(j)
    # initials alone never make a name: "S" must not swallow "Sarah" and "Steve"
    return any(len(t) > 1 for t in short)


# --------------------------------------------------------------------------- passes

def _coord(d: Detection) -> tuple[float, float] | None:
    attrs = d.attrs if isinstance(d.attrs, dict) else {}
    try:
        lat, lon = float(attrs["lat"]), float(attrs["lon"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (np.isfinite(lat) and np.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon


def _unit_vectors(coords: list[tuple[float, float]]) -> np.ndarray:
    lat, lon = np.radians(np.array(coords, dtype=float)).T
    return np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])


def _coordinate_pass(uf: _UnionFind, reps: list[Detection], radius_m: float) -> None:
    """Geotags within radius_m: pairs from a k-d tree on unit vectors (chord = 2 sin(angle/2)).
    SciPy is imported only when two geotags of a category are there to compare (its import is
    about 0.35 s, which a scan without geotags need not pay)."""
    by_cat: dict[str, list[tuple[int, tuple[float, float]]]] = defaultdict(list)
    for g, d in enumerate(reps):
        if d.category in COORD_CATEGORIES and (c := _coord(d)) is not None:
            by_cat[d.category].append((g, c))
    chord = 2 * np.sin(radius_m / EARTH_RADIUS_M / 2)
    for rows in by_cat.values():
        if len(rows) < 2:
            continue
        from scipy.spatial import cKDTree

        ids = np.array([g for g, _ in rows])
        pairs = cKDTree(_unit_vectors([c for _, c in rows])).query_pairs(chord, output_type="ndarray")
        for i, j in ids[pairs].tolist():
            uf.union(i, j, check=False)


def _name_pass(uf: _UnionFind, reps: list[Detection], names: list[tuple[str, ...]], cutoff: int) -> None:
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for g, d in enumerate(reps):
        if d.category in FUZZY_CATEGORIES and names[g]:
            rel = normalise_relation(d.attrs.get("relation")) if d.category in PERSON_CATEGORIES else ""
            blocks[(d.category, rel, names[g][0][0])].append(g)
    for members in blocks.values():
        if len(members) < 2:
            continue
        # identical token sets are one name without scoring
        by_text: dict[str, list[int]] = defaultdict(list)
        for g in members:
            by_text[" ".join(sorted(names[g]))].append(g)
        texts = list(by_text)
        for groups in by_text.values():
            for g in groups[1:]:
                uf.union(groups[0], g)
        if len(texts) < 2:
            continue
        for start in range(0, len(texts), CHUNK):
            scores = process.cdist(texts[start:start + CHUNK], texts, scorer=fuzz.WRatio,
                                   score_cutoff=cutoff, dtype=np.uint8, workers=1)
            rows, cols = np.nonzero(scores)
            keep = cols > rows + start
            for r, c in zip(rows[keep].tolist(), cols[keep].tolist()):
                a, b = by_text[texts[start + r]][0], by_text[texts[c]][0]
                if names_compatible(names[a], names[b]):
                    uf.union(a, b)


def _relation_pass(uf: _UnionFind, reps: list[Detection], names: list[tuple[str, ...]]) -> None:
    """ "my wife" joins the one named wife; with none, all "my wife" mentions are one."""
    named: dict[tuple[str, str], set[int]] = defaultdict(set)
    nameless: dict[tuple[str, str], list[int]] = defaultdict(list)
    for g, d in enumerate(reps):
        if d.category not in PERSON_CATEGORIES:
            continue
        rel = normalise_relation(d.attrs.get("relation"))
        if not rel:
            continue
        if names[g]:
            named[(d.category, rel)].add(g)
        else:
            nameless[(d.category, rel)].append(g)
    for block, groups in nameless.items():
        roots = {uf.find(g) for g in named.get(block, ())}
        for g in groups[1:]:
            uf.union(groups[0], g, check=False)
        if len(roots) == 1:
            uf.union(roots.pop(), groups[0], check=False)


# --------------------------------------------------------------------------- merge

def _evidence_key(e: Evidence) -> tuple:
    return (e.posted_at is None, e.posted_at or "", e.url, e.kind, e.excerpt, e.profile)


def detection_order(d: Detection) -> tuple:
    """A total order on detections, so linking never depends on the order they arrived in
    (a crawl with concurrent requests stores items in a different order each time)."""
    return (d.category, str(d.key), _evidence_key(d.evidence), d.value, d.detector, d.pattern, -d.confidence,
            tuple(map(str, d.support)), _attrs_text(d.attrs))


def _attrs_text(attrs: Any) -> str:
    try:
        return json.dumps(attrs, sort_keys=True, default=str)
    except (TypeError, ValueError):          # keys of mixed types: still a stable text
        return repr(sorted((str(k), repr(v)) for k, v in (attrs or {}).items()))


def _merge_attrs(ordered: list[Detection]) -> dict[str, Any]:
    """The first detection's attrs, completed by the others'; list values (`sources`) unioned."""
    merged: dict[str, Any] = {}
    for d in ordered:
        for k, v in (d.attrs or {}).items():
            cur = merged.get(k)
            if isinstance(v, list) and cur is None:
                merged[k] = list(v)
            elif isinstance(v, list) and isinstance(cur, list) and _hashable(cur + v):
                merged[k] = list(dict.fromkeys(cur + v))
            elif k not in merged:
                merged[k] = v
    return merged


def _hashable(values: list) -> bool:
    try:
        dict.fromkeys(values)
        return True
    except TypeError:
        return False


def _fullness(tokens: tuple[str, ...]) -> tuple[int, int]:
    return len(tokens), sum(map(len, tokens))


def _merge(dets: list[Detection], names: list[tuple[str, ...]]) -> dict[str, Any]:
    strongest = max(dets, key=lambda d: d.confidence)            # first of the most confident
    counts = Counter(d.value for d in dets)
    person = dets[0].category in PERSON_CATEGORIES
    best = max(range(len(dets)), key=lambda i: (
        round(dets[i].confidence, 2), _fullness(names[i]) if person else (0, 0), counts[dets[i].value],
        -len(dets[i].value)))
    value_det = dets[best]
    evidence = sorted({_evidence_key(d.evidence): d.evidence for d in dets}.values(), key=_evidence_key)
    extra = len(dets) - 1
    return dict(
        category=value_det.category, value=value_det.value, key=value_det.key,
        confidence=max(d.confidence for d in dets), evidence=evidence,
        explanation=strongest.explanation + (f" (+{extra} more)" if extra else ""),
        detectors=sorted({d.detector for d in dets}),
        attrs=_merge_attrs([value_det] + [d for i, d in enumerate(dets) if i != best]),
    )


def link(detections: Iterable[Detection], *, name_cutoff: int = NAME_CUTOFF,
         radius_m: float = GEO_RADIUS_M) -> list[Finding]:
    """Merge detections of the same fact into findings "f1", "f2"... in a stable order.

    Order: CATEGORIES order, then by each finding's first evidence (earliest
    posted, then URL). Detections with an unknown category or of the wrong
    type are skipped. The result does not depend on the order of `detections`.
    """
    dets = [d for d in detections or () if isinstance(d, Detection) and d.category in CATEGORIES
            and isinstance(d.evidence, Evidence)]
    if not dets:
        return []
    # Every choice below (group representative, union order, value, explanation, attrs) takes the first of
    # equals, so a canonical order of the input makes the result independent of arrival order.
    dets.sort(key=detection_order)
    group_of: dict[tuple[str, str], int] = {}
    members: list[list[int]] = []
    for i, d in enumerate(dets):
        g = group_of.setdefault((d.category, str(d.key)), len(members))
        if g == len(members):
            members.append([])
        members[g].append(i)
    reps = [dets[m[0]] for m in members]
    names = [match_tokens(d) for d in reps]
    uf = _UnionFind(names)
    _coordinate_pass(uf, reps, radius_m)
    _name_pass(uf, reps, names, name_cutoff)
    _relation_pass(uf, reps, names)

    components: dict[int, list[int]] = defaultdict(list)
    for g in range(len(members)):
        components[uf.find(g)].extend(members[g])
    merged = []
    for idxs in components.values():
        idxs.sort()
        group_dets = [dets[i] for i in idxs]
        merged.append(_merge(group_dets, [match_tokens(d) for d in group_dets]
                             if group_dets[0].category in PERSON_CATEGORIES else [()] * len(group_dets)))
    order = {c: n for n, c in enumerate(CATEGORIES)}
    merged.sort(key=lambda m: (order[m["category"]], _evidence_key(m["evidence"][0]), m["value"], m["key"]))
    return [Finding(id=f"f{n}", **m) for n, m in enumerate(merged, 1)]


# --------------------------------------------------------------------------- accounts

@dataclass(frozen=True)
class AccountLink:
    """Two profiles that are (probably) the same person, and why."""

    a_url: str
    b_url: str
    reason: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"a_url": self.a_url, "b_url": self.b_url, "reason": self.reason, "score": self.score}


def _norm_url(url: str) -> str:
    try:
        parts = urlsplit(str(url).strip())
    except ValueError:
        return ""
    host = (parts.hostname or "").lower().removeprefix("www.")
    if not host:
        return ""
    port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    return f"{host}{port}{parts.path.rstrip('/')}" + (f"?{parts.query}" if parts.query else "")


def _norm_handle(handle: str) -> str:
    local = str(handle or "").strip().lstrip("@").split("@")[0]
    return re.sub(r"[^a-z0-9]", "", local.lower())


def _profile_id(p: ProfileItem) -> str:
    return p.profile or p.url


def _points_to(a: ProfileItem, b: ProfileItem) -> bool:
    targets = {_norm_url(b.url), _norm_url(b.profile)} - {""}
    return any(_norm_url(link) in targets for link in (a.links or []))


def link_accounts(profiles: list[ProfileItem], avatar_hashes: dict[str, str] | None = None, *,
                  min_score: float = 0.5) -> list[AccountLink]:
    """Pairs of profiles that are one person: mutual links, same avatar, similar name and handle.

    Signals combine as independent evidence (1 - product of misses). Profiles
    are few per subject (a consent record lists them), so all pairs are
    compared; names are scored in one `cdist` call.
    """
    seen: dict[str, ProfileItem] = {}
    for p in profiles or ():
        if isinstance(p, ProfileItem) and _profile_id(p):
            seen.setdefault(_profile_id(p), p)
    items = sorted(seen.values(), key=_profile_id)
    if len(items) < 2:
        return []
    hashes = avatar_hashes or {}
    names = [" ".join(_tokens(p.name or "", frozenset())) for p in items]
    handles = [_norm_handle(p.handle) for p in items]
    name_scores = process.cdist(names, names, scorer=fuzz.token_sort_ratio, workers=1)
    handle_scores = process.cdist(handles, handles, scorer=fuzz.ratio, workers=1)
    links: list[AccountLink] = []
    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            b = items[j]
            signals: list[tuple[str, float]] = []
            ab, ba = _points_to(a, b), _points_to(b, a)
            if ab and ba:
                signals.append(("rel=me/sameAs links both ways", 0.95))
            elif ab or ba:
                signals.append(("one profile links to the other", 0.6))
            ha = hashes.get(a.avatar) or hashes.get(a.profile) or hashes.get(a.url)
            hb = hashes.get(b.avatar) or hashes.get(b.profile) or hashes.get(b.url)
            if ha and hb and ha == hb:
                signals.append(("same avatar image", 0.9))
            ns, hs = float(name_scores[i, j]), float(handle_scores[i, j])
            if handles[i] and handles[i] == handles[j] and len(handles[i]) >= 4:
                signals.append((f"same handle '{handles[i]}'", 0.6))
            elif hs >= 85 and len(handles[i]) >= 4 and len(handles[j]) >= 4:
                signals.append((f"similar handles ({hs:.0f})", 0.35))
            if names[i] and ns >= 90:
                weight = 0.35 if len(names[i].split()) >= 2 else 0.15
                signals.append((f"same display name ({ns:.0f})", weight))
            if not signals:
                continue
            miss = 1.0
            for _, s in signals:
                miss *= 1 - s
            score = round(1 - miss, 3)
            if score >= min_score:
                links.append(AccountLink(_profile_id(a), _profile_id(b), "; ".join(r for r, _ in signals), score))
    return links
