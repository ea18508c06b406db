"""What an action takes from each finding, and the re-scored sums, in time proportional to what it takes.

Why: advice and the plan try every post, photo and profile as an action (about one per item), and
each touches the findings shown there. `advice._reduction` walked all of a touched finding's evidence,
`Model.term` all of the reduced copy's, the category was summed again over all its findings, and the
action's places were taken from all of the touched findings' URLs: a fact shown in thousands of posts
cost thousands of steps for each of those posts, so advice and the plan grew with the square of the
posts (docs/performance.md 0.10). Here each finding's evidence is indexed by URL once, what the score
reads of it (most visible audience, distinct places, profiles) is kept as counts, and each category's
sum as the exact partials of `math.fsum`, so an action costs what it removes.

Same results, bit for bit: `Effect.signature` is `advice._reduction`'s, `term` is `Model.term` of the
finding `_reduction` gives (the same counts go into the same expression), and a category's sum is
`math.fsum` over the exact partials of all its terms, minus the changed terms, plus their new values:
fsum is correctly rounded, so this is the rounding of the same exact sum `math.fsum(kept)` rounds.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Mapping, Sequence

from footprint.analysis.findings import Finding
from footprint.analysis.link.visibility import ORDER
from footprint.analysis.score.risk import Model, corroborated, finding_sources


def exact_partials(values: Sequence[float]) -> list[float]:
    """Non-overlapping floats whose exact sum is the exact sum of `values` (Shewchuk; `math.fsum`'s own
    first step): `math.fsum(partials + more)` is the correctly rounded sum of `values + more`."""
    partials: list[float] = []
    for x in values:
        i = 0
        for y in partials:
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo:
                partials[i] = lo
                i += 1
            x = hi
        partials[i:] = [x]
    return partials


@dataclass(frozen=True)
class Effect:
    """An action's effect on one finding: the evidence and source positions it drops, as
    `advice._reduction` lists them, and whether nothing is left."""

    dropped: tuple[int, ...]
    dropped_sources: tuple[int, ...]
    gone: bool

    @property
    def signature(self) -> tuple:
        return (self.dropped, self.dropped_sources)


class _Counts:
    """One finding's evidence by URL, and what its term reads, as counts."""

    def __init__(self, f: Finding):
        self.finding = f
        ev = f.evidence
        self.n = len(ev)
        self.sources = finding_sources(f)
        self.src_pos: dict[str, list[int]] = {}
        for n, s in enumerate(self.sources):
            self.src_pos.setdefault(s, []).append(n)
        self.by_url: dict[str, list[int]] = {}      # evidence an action can take by its URL
        self.inferred: list[int] = []                # inferred from listed sources: goes with the last of them
        self.vis: Counter = Counter()
        self.profiles: Counter = Counter()
        self.direct: Counter = Counter()             # non-private evidence's URLs (not inferred from sources)
        self.inferred_public = 0                     # non-private evidence inferred from the sources
        for n, e in enumerate(ev):
            private = getattr(e, "visibility", None) == "private"
            self.vis[e.visibility or "public"] += 1
            if e.profile and not private:
                self.profiles[e.profile] += 1
            if e.kind == "inferred" and self.sources:
                self.inferred.append(n)
                self.inferred_public += not private
            else:
                self.by_url.setdefault(e.url, []).append(n)
                if not private:
                    self.direct[e.url] += 1
        self.src_set = set(self.src_pos)
        self.both = set(self.direct) & self.src_set
        self.urls = {e.url for e in ev} | self.src_set     # advice._urls([f])

    def effect(self, urls: frozenset, kinds: frozenset | None) -> Effect | None:
        """None when the action leaves the finding as it is."""
        src = self.src_pos
        dropped_src = sorted(n for u in (urls & src.keys() if len(urls) < len(src) else (u for u in src if u in urls))
                             for n in src[u])
        ev = self.finding.evidence
        hit = urls & self.by_url.keys() if len(urls) < len(self.by_url) else [u for u in self.by_url if u in urls]
        dropped = [n for u in hit for n in self.by_url[u] if kinds is None or ev[n].kind in kinds]
        if self.sources and len(dropped_src) == len(self.sources):
            dropped += self.inferred
        if len(dropped) == self.n:
            return Effect((), (), True)
        if not dropped and not dropped_src:
            return None
        return Effect(tuple(sorted(dropped)), tuple(dropped_src), False)

    def term(self, effect: Effect, model: Model) -> float:
        """`model.term` of the finding `advice._reduction` leaves after `effect` (not gone)."""
        ev = self.finding.evidence
        p = model.params
        vis = Counter(self.vis)
        profiles = Counter()
        direct = Counter()
        for n in effect.dropped:
            e = ev[n]
            vis[e.visibility or "public"] -= 1
            if getattr(e, "visibility", None) == "private":
                continue
            if e.profile:
                profiles[e.profile] += 1
            if not (e.kind == "inferred" and self.sources):
                direct[e.url] += 1
        seen = [v for v in ORDER if vis.get(v, 0) > 0]
        w = p.visibility.get(seen[0] if seen else "public", 1.0)
        if w <= 0:
            return math.log1p(-0.0)
        n_profiles = len(self.profiles) - sum(1 for k, c in profiles.items() if self.profiles[k] == c)
        emptied = {u for u, c in direct.items() if self.direct[u] == c}
        n_urls = len(self.direct) - len(emptied)
        left = len(self.sources) - len(effect.dropped_sources)
        if self.sources and left and self.inferred_public:
            gone_src = {self.sources[n] for n in effect.dropped_sources}
            n_src = len(self.src_set) - len(gone_src)
            n_urls += n_src - (len(self.both) - len(self.both & (emptied | gone_src)))
        return math.log1p(-(w * corroborated(self.finding.confidence, n_urls, n_profiles, p)))


class Reductions:
    """Findings (some may be None: removed) indexed for trying actions, with their terms and each
    category's exact partial sums; `update` after findings change."""

    def __init__(self, findings: Sequence[Finding | None], model: Model, terms: Sequence[float] | None = None):
        self.model = model
        self.counts: list[_Counts | None] = [None if f is None else _Counts(f) for f in findings]
        self.terms = list(terms) if terms is not None else [0.0 if f is None else model.term(f) for f in findings]
        self.by_cat: dict[str, list[int]] = {}
        for i, f in enumerate(findings):
            if f is not None:
                self.by_cat.setdefault(f.category, []).append(i)
        self.partials = {c: exact_partials([self.terms[i] for i in idx]) for c, idx in self.by_cat.items()}

    def effects(self, touched: Sequence[int], removal) -> dict[int, Effect]:
        """What `removal` (an advice.Removal) does to each touched finding that it changes, in order."""
        out: dict[int, Effect] = {}
        for i in touched:
            c = self.counts[i]
            if c is None:
                continue
            f = c.finding
            if removal.categories is not None and f.category not in removal.categories:
                continue
            if removal.finding_ids is not None and f.id not in removal.finding_ids:
                continue
            e = c.effect(removal.urls, removal.kinds)
            if e is not None:
                out[i] = e
        return out

    def category_logs(self, base: Mapping[str, float], effects: Mapping[int, Effect]) -> dict[str, float]:
        """`base` with the changed categories summed again (a category left with no finding dropped)."""
        logs = dict(base)
        by_cat: dict[str, list[int]] = {}
        for i in effects:
            by_cat.setdefault(self.counts[i].finding.category, []).append(i)
        for cat, idx in by_cat.items():
            gone = sum(1 for i in idx if effects[i].gone)
            if gone == len(self.by_cat[cat]):
                logs.pop(cat, None)
                continue
            more = [-self.terms[i] for i in idx]
            more += [self.counts[i].term(effects[i], self.model) for i in idx if not effects[i].gone]
            logs[cat] = math.fsum(self.partials[cat] + more)
        return logs

    def places(self, effects: Mapping[int, Effect], urls: frozenset) -> set[str]:
        """The action's URLs where a changed finding shows: `advice._urls(changed findings) & urls`."""
        return set().union(*(self.counts[i].urls & urls for i in effects))

    def update(self, changed: Mapping[int, Finding | None], terms: Mapping[int, float]) -> None:
        """Findings replaced (None: removed) with their new terms; their categories' partials again."""
        cats = set()
        for i, r in changed.items():
            old = self.counts[i].finding
            cats.add(old.category)
            if r is None:
                self.counts[i] = None
                self.by_cat[old.category].remove(i)
            else:
                self.counts[i] = _Counts(r)
                self.terms[i] = terms[i]
        for cat in cats:
            self.partials[cat] = exact_partials([self.terms[i] for i in self.by_cat[cat]])
