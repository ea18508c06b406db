"""The removal plan: what to do first, then next, and where that leaves you.

`advice[]` says what each action saves on its own; a person needs an order.
The plan is greedy and really re-scored: each step is the action that lowers
the score most once the steps before it are done, and its `score_after` is
the score of the findings with every earlier step applied (the same exact
re-scoring the advice uses, never an estimate), so it never increases. It
stops when the band is low, or when nothing lowers the score by 0.5 more.

A step is one edit in one place where possible. An advice item that spans
several sites (your Mastodon account and your blog) is split into one step
per site, with that site's steps only. When the identification gate makes
every single-site part worthless on its own (the blog still names your
employer after Mastodon stops), but the parts together lower the score, the
parts are taken as consecutive steps, each still really re-scored.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence
from urllib.parse import urlsplit

from footprint.analysis.score.advice import EFFORT_ORDER, Advice, Removal, _action_sentence, _effort, _how, _Index, _reduce, _urls
from footprint.analysis.findings import Finding
from footprint.analysis.score.platforms import load_platforms
from footprint.analysis.score.reduction import Reductions
from footprint.analysis.score.risk import Model, RiskParams, band_for, load_params

MIN_DROP = 0.5          # CONTRACT.md: stop when no action lowers the score by at least this
MAX_STEPS = 60          # a plan longer than this is not a plan; the advice list has the rest
SPLIT_KINDS = frozenset({"camera", "employer_fields", "post_location", "fact", "identity", "category"})


@dataclass
class PlanStep:
    step: int
    advice_rank: int
    action: str
    where: list[str]
    finding_ids: list[str]
    effort: str
    score_after: float
    band_after: str
    how: str = ""
    kind: str = ""
    site: str = ""
    together: list[int] = field(default_factory=list)
    removal: Removal | None = field(default=None, repr=False, compare=False)

    def to_report(self) -> dict[str, Any]:
        """report.json's `plan.steps[]` entry (how, kind and site are allowed extra fields)."""
        return {"step": self.step, "advice_rank": self.advice_rank, "action": self.action,
                "where": list(self.where), "finding_ids": list(self.finding_ids), "effort": self.effort,
                "score_after": self.score_after, "band_after": self.band_after,
                "how": self.how, "kind": self.kind, "site": self.site,
                **({"together": list(self.together)} if self.together else {})}


@dataclass
class Plan:
    start: float
    steps: list[PlanStep]

    @property
    def end(self) -> float:
        return self.steps[-1].score_after if self.steps else self.start

    def to_report(self) -> dict[str, Any]:
        """report.json's `plan` object (CONTRACT.md, "The removal plan")."""
        return {"start": {"score": self.start, "band": band_for(self.start)},
                "steps": [s.to_report() for s in self.steps],
                "end": {"score": self.end, "band": band_for(self.end)}}


@dataclass(frozen=True)
class _Candidate:
    rank: int               # the advice item it is (part of)
    kind: str
    removal: Removal
    site: str               # the profile (or origin) its places are on
    parent: int = 0         # rank of the multi-site advice item it is a part of; 0 when whole


def site_of(url: str, index: _Index) -> str:
    """The consented profile a place belongs to (its origin when none is known)."""
    if url in index.platforms:
        return url
    owners = sorted(index.profile_of.get(url, ()))
    if owners:
        return owners[0]
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.netloc else url


def site_label(site: str, index: _Index) -> str:
    """"Mastodon (social.example/@alexc)": what a person calls the place."""
    if site.startswith("export:"):                 # export:<platform>:<name>: the subject's own download
        platform = site.split(":")[1] if site.count(":") >= 1 else "the"
        return f"your {platform.capitalize()} account (seen in your data download)"
    steps = load_platforms()
    name = steps.label(index.platform(site) or "other")
    address = site.split("://", 1)[-1].rstrip("/")
    return f"{name} ({address})"


def _candidates(advice: Sequence[Advice], index: _Index) -> tuple[list[_Candidate], dict[int, list[_Candidate]]]:
    """Single-site actions (deduplicated), and each multi-site advice item's per-site parts."""
    out: list[_Candidate] = []
    groups: dict[int, list[_Candidate]] = {}
    seen: set[Removal] = set()
    for a in sorted(advice, key=lambda a: a.rank):
        if a.removal is None:
            continue
        by_site: dict[str, set[str]] = {}
        for u in a.removal.urls:
            by_site.setdefault(site_of(u, index), set()).add(u)
        if len(by_site) == 1 or a.kind not in SPLIT_KINDS:
            parts = [_Candidate(a.rank, a.kind, a.removal, next(iter(by_site), ""))]
        else:
            parts = [_Candidate(a.rank, a.kind, Removal(frozenset(urls), a.removal.kinds, a.removal.categories,
                                                        a.removal.finding_ids), s, a.rank)
                     for s, urls in sorted(by_site.items())]
            groups[a.rank] = parts
        for c in parts:
            if c.removal not in seen:
                seen.add(c.removal)
                out.append(c)
    return out, groups


class _State:
    """The findings with the steps so far applied, and their exactly rounded category sums."""

    def __init__(self, findings: Sequence[Finding], model: Model):
        self.model = model
        self.cur: list[Finding | None] = list(findings)
        self.terms: list[float] = [model.term(f) for f in findings]
        self.by_cat: dict[str, list[int]] = {}
        for i, f in enumerate(findings):
            self.by_cat.setdefault(f.category, []).append(i)
        self.by_url: dict[str, set[int]] = {}
        for i, f in enumerate(findings):
            for u in _urls([f]):
                self.by_url.setdefault(u, set()).add(i)
        self.logs = model.category_logs(findings, self.terms)
        self.score = model.score(self.logs)
        self.epoch = 0                                  # steps applied; when each finding, category last changed
        self.f_epoch = [0] * len(self.cur)
        self.c_epoch: dict[str, int] = {}
        self.memo: dict[int, _Tried] = {}
        self.reductions = Reductions(self.cur, model, self.terms)     # trying a candidate costs what it removes

    def changes(self, removal: Removal) -> dict[int, Finding | None]:
        touched = set().union(*(self.by_url.get(u, set()) for u in removal.urls))
        out: dict[int, Finding | None] = {}
        for i in sorted(touched):
            f = self.cur[i]
            if f is None:
                continue
            r = _reduce(f, removal)
            if r is not f:
                out[i] = r
        return out

    def try_score(self, changed: Mapping[int, Finding | None]) -> tuple[float, dict[str, float], dict[int, float]]:
        """The score with `changed` applied: only the touched categories are summed again."""
        logs = dict(self.logs)
        new_terms = {i: self.model.term(r) for i, r in changed.items() if r is not None}
        for cat in {self.cur[i].category for i in changed}:
            kept = [new_terms[i] if i in new_terms else self.terms[i]
                    for i in self.by_cat[cat] if self.cur[i] is not None and (i not in changed or i in new_terms)]
            if kept:
                logs[cat] = math.fsum(kept)
            else:
                logs.pop(cat, None)
        return self.model.score(logs), logs, new_terms

    def apply(self, changed: Mapping[int, Finding | None]) -> None:
        score, logs, new_terms = self.try_score(changed)
        self.reductions.update(changed, new_terms)
        self.epoch += 1
        for i, r in changed.items():
            self.f_epoch[i] = self.epoch
            self.c_epoch[self.cur[i].category] = self.epoch
            self.cur[i] = r
            if i in new_terms:
                self.terms[i] = new_terms[i]
        self.logs, self.score = logs, score

    def remaining(self) -> list[Finding]:
        return [f for f in self.cur if f is not None]

    def tried(self, c: _Candidate) -> _Tried:
        """Whether doing `c` now changes anything, its changed categories' sums and its places,
        computed again only when a step since changed a finding it touches or a category it
        changes: the greedy loop asks every candidate at every step, and most (one post of
        thousands) are as they were, which made the plan's time grow with posts times steps."""
        t = self.memo.get(id(c))
        if t is not None and all(self.f_epoch[i] <= t.epoch for i in t.touched) \
                and all(self.c_epoch.get(cat, 0) <= t.epoch for cat in t.cat_logs):
            return t
        touched = t.touched if t is not None else sorted(set().union(*(self.by_url.get(u, set())
                                                                       for u in c.removal.urls)))
        # as `changes`, `try_score` and `_where` would give, without copying the touched findings
        changed = self.reductions.effects(touched, c.removal)
        cat_logs: dict[str, float | None] = {}
        n_where = 0
        if changed:
            logs = self.reductions.category_logs(self.logs, changed)
            cat_logs = {cat: logs.get(cat) for cat in {self.cur[i].category for i in changed}}
            n_where = len(self.reductions.places(changed, c.removal.urls))
        t = self.memo[id(c)] = _Tried(self.epoch, touched, bool(changed), cat_logs, n_where)
        return t

    def score_with(self, cat_logs: Mapping[str, float | None]) -> float:
        """The score with these categories' sums (None: the category is gone), the rest as now."""
        logs = dict(self.logs)
        for cat, lg in cat_logs.items():
            if lg is None:
                logs.pop(cat, None)
            else:
                logs[cat] = lg
        return self.model.score(logs)


@dataclass
class _Tried:
    epoch: int                                   # state.epoch when computed
    touched: list[int]                           # findings at the candidate's places
    changes: bool                                # (not the reduced findings: kept for 34,000 candidates at
                                                 # 50,000 posts, they would be near-copies of big findings)
    cat_logs: dict[str, float | None]            # the changed categories' new sums
    n_where: int


def _best(state: _State, cands: Sequence[_Candidate], params: RiskParams):
    """(drop, candidate, changes) of the candidate lowering the score most; ties to fewer places, less effort."""
    best = None
    for c in cands:
        t = state.tried(c)
        if not t.changes:
            continue
        drop = round(state.score - state.score_with(t.cat_logs), 1)
        key = (drop, -EFFORT_ORDER[_effort(t.n_where, params)], -t.n_where, -c.rank)
        if best is None or key > best[0]:
            best = (key, c)
    return (best[0][0], best[1], state.changes(best[1].removal)) if best else (0.0, None, {})


def _where(state: _State, changed: Mapping[int, Finding | None], removal: Removal) -> list[str]:
    return sorted(_urls(state.cur[i] for i in changed) & removal.urls)


def build_plan(findings: Sequence[Finding], advice: Sequence[Advice], platforms: Mapping[str, str] | None = None,
               params: RiskParams | None = None) -> Plan:
    """The greedy, re-scored removal plan over the actions in `advice` (see the module docstring)."""
    findings = list(findings)
    params = params or load_params()
    index = _Index(findings, {str(k): str(v) for k, v in (platforms or {}).items()})
    state = _State(findings, Model(params))
    start = state.score
    cands, groups = _candidates(advice, index)
    steps: list[PlanStep] = []

    def take(c: _Candidate, changed: Mapping[int, Finding | None]) -> None:
        touched = [state.cur[i] for i in sorted(changed)]
        where = _where(state, changed, c.removal)
        state.apply(changed)
        label = site_label(c.site, index) if c.kind in SPLIT_KINDS and c.site else ""
        steps.append(PlanStep(
            step=len(steps) + 1, advice_rank=c.rank, action=_action_sentence(c.kind, touched, where, site=label),
            where=where, finding_ids=[f.id for f in touched], effort=_effort(len(where), params),
            score_after=state.score, band_after=band_for(state.score), how=_how(c.kind, where, index),
            kind=c.kind, site=c.site, removal=c.removal))

    while band_for(state.score) != "low" and len(steps) < MAX_STEPS:
        drop, c, changed = _best(state, cands, params)
        if c is not None and drop >= MIN_DROP:
            take(c, changed)
            continue
        group, target = _best_group(state, groups, advice)
        if group is None:
            break
        parts = list(groups[group])
        first = len(steps)
        while parts and len(steps) < MAX_STEPS and band_for(state.score) != "low" and state.score > target:
            _, c, changed = _best(state, parts, params)
            if c is None:
                break
            take(c, changed)
            parts.remove(c)
        if len(steps) == first:       # cannot happen (the group changed something); never loop
            break
        _note_group(steps[first:])
    return Plan(start, steps)


def _note_group(group: Sequence[PlanStep]) -> None:
    """Say that steps taken together only pay off together (each alone changes little)."""
    if len(group) < 2:
        return
    a, b = group[0].step, group[-1].step
    for s in group:
        s.together = [g.step for g in group]
        s.action += f" Steps {a} to {b} work together: the full drop comes once all of them are done."


def _best_group(state: _State, groups: Mapping[int, Sequence[_Candidate]],
                advice: Sequence[Advice]) -> tuple[int | None, float]:
    """The multi-site advice item whose parts, done together, lower the score most (by MIN_DROP at
    least), and the score once they are all done (parts are taken until it is reached)."""
    split = set(groups)
    best, best_drop, target = None, MIN_DROP - 1e-9, state.score
    for a in advice:
        if a.rank not in split or a.removal is None:
            continue
        changed = state.changes(a.removal)
        if not changed:
            continue
        score, _, _ = state.try_score(changed)
        drop = round(state.score - score, 1)
        if drop > best_drop:
            best, best_drop, target = a.rank, drop, score
    return best, target


def apply_steps(findings: Sequence[Finding], steps: Sequence[PlanStep]) -> list[Finding]:
    """The findings once `steps` are done (for checking a plan against a full re-score)."""
    from footprint.analysis.score.advice import remove_evidence
    out = list(findings)
    for s in steps:
        out = remove_evidence(out, s.removal)
    return out
