"""Prioritised removal advice: what to delete, edit or switch off, first.

Each advice item is one action the person can take (delete or edit a post,
edit a profile, strip a photo's location, change a setting). Its
`risk_reduction` is never estimated: the findings are rebuilt without the
evidence the action removes (a finding goes only when all its evidence is
gone; with some gone its corroboration, so its confidence, drops) and
re-scored. Only the categories the action touches are recomputed; the sums
are exactly rounded (math.fsum), so the result equals a full re-score.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Mapping, Sequence
from urllib.parse import urlsplit

from footprint.analysis.categories import CATEGORY_INFO, where
from footprint.analysis.findings import Finding
from footprint.analysis.score.platforms import load_platforms
from footprint.analysis.score.risk import GATE_DIMENSIONS, Model, RiskInputError, RiskParams, finding_sources, load_params
from footprint.analysis.score.reduction import Reductions

IDENTIFYING = where(identifying=True)
PLACE = where(locating=True)
IMAGE_EXT = (".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".gif", ".tif", ".tiff", ".avif")
EFFORT_ORDER = {"low": 0, "medium": 1, "high": 2}

# What a piece of evidence reveals, for the action sentence, in the order a sentence names them.
REVEALS: dict[str, str] = {c.name: c.reveals for c in sorted(CATEGORY_INFO.values(), key=lambda c: c.advice_order)}
_REVEAL_ORDER = list(REVEALS)

# Platform steps live in data/platforms.toml (analysis/score/platforms.py).
_STEPS = load_platforms()
CAMERA_STEPS = _STEPS.general["camera"]
STRIP_STEPS = _STEPS.general["strip"]
POST_LOCATION_STEPS = _STEPS.general["post_location"]
EMPLOYER_FIELD_STEPS = _STEPS.general["employer_fields"]


@dataclass(frozen=True)
class Removal:
    """What an action takes away: the evidence at `urls`, optionally only of
    some evidence kinds and finding categories. Inferred evidence with listed
    sources goes when all its sources are among `urls`."""

    urls: frozenset[str]
    kinds: frozenset[str] | None = None
    categories: frozenset[str] | None = None
    finding_ids: frozenset[str] | None = None   # only these findings (one fact everywhere it shows)


@dataclass
class Advice:
    """One ranked action with the real drop in score it brings."""

    rank: int
    action: str
    finding_ids: list[str]
    where: list[str]
    risk_reduction: float
    effort: str
    how: str
    policy: list[str] = field(default_factory=list)
    kind: str = ""                     # post | profile | photo | camera | employer_fields | post_location | fact | category
    removal: Removal | None = field(default=None, repr=False, compare=False)

    def to_report(self) -> dict[str, Any]:
        """report.json's `advice[]` entry (policy is an allowed extra field)."""
        return {
            "rank": self.rank,
            "action": self.action,
            "finding_ids": list(self.finding_ids),
            "where": list(self.where),
            "risk_reduction": self.risk_reduction,
            "effort": self.effort,
            "how": self.how,
            "policy": list(self.policy),
        }


# --------------------------------------------------------------------------
# Removing evidence


def _reduce(finding: Finding, removal: Removal) -> Finding | None:
    """The finding after the removal: itself if untouched, None if nothing is left."""
    return _reduction(finding, removal)[0]


def _reduction(finding: Finding, removal: Removal) -> tuple[Finding | None, tuple]:
    """`_reduce`, and what it took away: the positions of the dropped evidence and of the dropped
    sources. Two reductions of one finding are equal exactly when these are (what is kept is the
    rest, in order), and they stay small when one post goes from a fact shown in thousands: as
    the dedupe signature, the kept evidence held every candidate's near-copy of the finding at
    once (about 1 GB at 50,000 posts)."""
    if removal.categories is not None and finding.category not in removal.categories:
        return finding, ()
    if removal.finding_ids is not None and finding.id not in removal.finding_ids:
        return finding, ()
    sources = finding_sources(finding)
    urls = removal.urls
    left_sources = [s for s in sources if s not in urls]
    kept = []
    dropped = []
    for n, e in enumerate(finding.evidence):
        if e.kind == "inferred" and sources:
            if left_sources:
                kept.append(e)
            else:
                dropped.append(n)
        elif not (e.url in urls and (removal.kinds is None or e.kind in removal.kinds)):
            kept.append(e)
        else:
            dropped.append(n)
    if not kept:
        return None, ()
    if len(kept) == len(finding.evidence) and len(left_sources) == len(sources):
        return finding, ()
    attrs = dict(finding.attrs)
    if sources:
        attrs["sources"] = left_sources
    gone = (tuple(dropped), tuple(n for n, s in enumerate(sources) if s in urls))
    return replace(finding, evidence=kept, attrs=attrs), gone


def remove_evidence(findings: Iterable[Finding], removal: Removal) -> list[Finding]:
    """The finding list once an action is carried out (inputs untouched):
    evidence dropped, findings left with none dropped."""
    out = []
    for f in findings:
        r = _reduce(f, removal)
        if r is not None:
            out.append(r)
    return out


# --------------------------------------------------------------------------
# Candidate actions


def _norm_platform(name: str | None, url: str = "") -> str:
    return _STEPS.normalise(name, url)


class _Index:
    """Which findings rest on which URL, and what each URL is."""

    def __init__(self, findings: Sequence[Finding], platforms: Mapping[str, str]):
        self.by_url: dict[str, set[int]] = {}
        self.kinds: dict[str, set[str]] = {}
        self.profile_of: dict[str, set[str]] = {}
        self.profiles: set[str] = set(platforms)
        self.platforms = platforms
        for i, f in enumerate(findings):
            sources = finding_sources(f)
            for s in sources:
                self.by_url.setdefault(s, set()).add(i)
            for e in f.evidence:
                if e.profile:
                    self.profiles.add(e.profile)
                if e.kind == "inferred" and sources:
                    continue
                self.by_url.setdefault(e.url, set()).add(i)
                self.kinds.setdefault(e.url, set()).add(e.kind)
                if e.profile:
                    self.profile_of.setdefault(e.url, set()).add(e.profile)

    def url_kind(self, url: str) -> str:
        kinds = self.kinds.get(url, set())
        if "image_metadata" in kinds or (not kinds and urlsplit(url).path.lower().endswith(IMAGE_EXT)):
            return "photo"
        if "profile_field" in kinds or url in self.profiles:
            return "profile"
        return "post"

    def platform(self, url: str) -> str:
        if url in self.platforms:
            return _norm_platform(self.platforms[url], url)
        for prof in sorted(self.profile_of.get(url, ())):
            if prof in self.platforms:
                return _norm_platform(self.platforms[prof], prof)
        return _norm_platform("", url)


def gate_categories(params: RiskParams) -> frozenset[str]:
    """Categories that feed the gate dimensions (being identifiable as staff, leaking work)."""
    return frozenset(c for d in GATE_DIMENSIONS for c, w in params.weights[d].items() if w > 0)


def _urls(findings: Iterable[Finding]) -> frozenset[str]:
    """Every URL the findings show at or were inferred from."""
    return frozenset(u for f in findings for u in [*(e.url for e in f.evidence), *finding_sources(f)])


def _candidates(findings: Sequence[Finding], index: _Index, params: RiskParams) -> list[tuple[str, Removal]]:
    out: list[tuple[str, Removal]] = []
    for url in sorted(index.by_url):
        out.append((index.url_kind(url), Removal(frozenset({url}))))
    photos = frozenset(u for u, k in index.kinds.items() if "image_metadata" in k)
    if len(photos) >= 2:
        out.append(("camera", Removal(photos, frozenset({"image_metadata"}))))
    fields = frozenset(e.url for f in findings if f.category in IDENTIFYING
                       for e in f.evidence if e.kind == "profile_field")
    if fields:
        out.append(("employer_fields", Removal(fields, frozenset({"profile_field"}), IDENTIFYING)))
    places = frozenset(e.url for f in findings if f.category in PLACE
                       for e in f.evidence if e.kind == "post_metadata")
    if places:
        out.append(("post_location", Removal(places, frozenset({"post_metadata"}), PLACE)))
    # When much is exposed, one post rarely moves the score: the facts and
    # kinds of detail that do are edited out everywhere they show.
    by_cat: dict[str, list[Finding]] = {}
    for f in findings:
        urls = _urls([f])
        if len(urls) >= 2:
            out.append(("fact", Removal(urls, categories=frozenset({f.category}), finding_ids=frozenset({f.id}))))
        by_cat.setdefault(f.category, []).append(f)
    # The policy's first rule (§2): do not be identifiable as staff. Every
    # category that feeds the gate (who you work for, or inside knowledge of
    # the work) is edited out at once; with several such details exposed,
    # removing one of them alone changes little, removing them all does.
    gate_cats = frozenset(by_cat) & gate_categories(params)
    if len(gate_cats) >= 2:
        urls = _urls(f for c in gate_cats for f in by_cat[c])
        out.append(("identity", Removal(urls, categories=gate_cats)))
    for cat, group in by_cat.items():
        if len(group) >= 2:
            out.append(("category", Removal(_urls(group), categories=frozenset({cat}))))
    return out


# --------------------------------------------------------------------------
# Wording


def _what(findings: Sequence[Finding]) -> str:
    cats = sorted({f.category for f in findings}, key=_REVEAL_ORDER.index)
    words = [REVEALS[c] for c in cats[:2]]
    text = " and ".join(words)
    return text + (" (and more)" if len(cats) > 2 else "")


def _action_sentence(kind: str, touched: Sequence[Finding], where: Sequence[str], site: str = "") -> str:
    """The action in words; with `site` (a plan step on one site) it names the site instead of "everywhere"."""
    what = _what(touched)
    n = len(where)
    places = f"{n} place{'s' * (n != 1)}"
    if kind == "post":
        return f"Delete this post, or edit out the part that {what}."
    if kind == "profile":
        return f"Edit your profile to remove the field or bio text that {what}."
    if kind == "photo":
        if any(f.category in PLACE for f in touched):
            return "Delete this photo, or replace it with a copy that has no location data."
        return f"Delete or replace this photo, which {what}."
    if kind == "camera":
        on = f" on {site}" if site else ""
        return f"Turn off location in your camera app and strip the location from your {n} geotagged photos{on}."
    if kind == "fact":
        value = touched[0].value if touched else "this detail"
        if site:
            return f"On {site}, remove '{value}' ({places}): it {what}."
        return f"Remove '{value}' everywhere it shows ({n} places): it {what}."
    if kind == "identity":
        if site:
            return (f"On {site}, stop being identifiable as staff: edit out your employer, work contacts, "
                    f"workplace, colleagues and what you say about the work ({places}).")
        return (f"Stop being identifiable as staff: edit out your employer, work contacts, workplace, colleagues "
                f"and what you say about the work, everywhere ({n} places).")
    if kind == "category":
        if site:
            return f"On {site}, edit out everything that {what} ({places})."
        return f"Edit out everything that {what}, everywhere ({n} places)."
    if kind == "employer_fields":
        if site:
            return f"Hide the employer and workplace fields on {site}."
        return ("Hide the employer and workplace fields on your profile." if n == 1
                else f"Hide the employer and workplace fields on your {n} profiles.")
    on = f" on {site}" if site else ""
    return (f"Stop adding your location to posts, and remove it from the {n} "
            f"post{'s' if n != 1 else ''}{on} that have one.")


def _how(kind: str, where: Sequence[str], index: _Index) -> str:
    """The steps for this action on the platforms of its places only; several platforms are
    each named, with their own steps ("On Mastodon: ... On your blog: ...")."""
    by_platform: dict[str, list[str]] = {}
    for u in where:
        by_platform.setdefault(index.platform(u), []).append(u)
    if len(by_platform) <= 1:
        return _how_on(kind, where, index, next(iter(by_platform), ""))
    lead = {"fact": [_STEPS.general["work_through"]], "category": [_STEPS.general["work_through"]],
            "identity": [_STEPS.general["work_through"]], "photo": [STRIP_STEPS], "camera": [CAMERA_STEPS],
            "employer_fields": [EMPLOYER_FIELD_STEPS], "post_location": [POST_LOCATION_STEPS]}.get(kind, [])
    parts = list(lead)
    for p in sorted(by_platform):
        steps = [x for x in _how_on(kind, by_platform[p], index, p, lead=False).split("\n") if x]
        parts.append(f"On {_STEPS.label(p or 'other')}: " + " ".join(steps))
    return " ".join(parts)


def _how_on(kind: str, where: Sequence[str], index: _Index, platform: str, lead: bool = True) -> str:
    """The steps on one platform (`lead`: with the general steps first; without, one step a line)."""
    def on(table: str) -> list[str]:
        return [_STEPS.how(table, platform)]

    general: list[str] = []
    if kind in ("post", "profile"):
        steps = on(kind)
    elif kind in ("fact", "category", "identity"):
        kinds = sorted({index.url_kind(u) for u in where})
        general = [_STEPS.general["work_through"]]
        steps = [EMPLOYER_FIELD_STEPS] if kind == "identity" and "profile" in kinds else []
        for k in kinds:
            steps += on(k) if k != "photo" else [STRIP_STEPS, *on("photo")]
    elif kind == "photo":
        general, steps = [STRIP_STEPS], [*on("photo"), CAMERA_STEPS]
    elif kind == "camera":
        general, steps = [CAMERA_STEPS], [STRIP_STEPS, *on("photo")]
    elif kind == "employer_fields":
        general, steps = [EMPLOYER_FIELD_STEPS], on("profile")
    else:
        general, steps = [POST_LOCATION_STEPS], on("post")
    if lead:
        return " ".join(dict.fromkeys([*general, *steps]))
    return "\n".join(dict.fromkeys(s for s in steps if s not in general))


def _effort(n_urls: int, params: RiskParams) -> str:
    if n_urls <= params.low_max_urls:
        return "low"
    return "medium" if n_urls <= params.medium_max_urls else "high"


# --------------------------------------------------------------------------
# Public API


def build_advice(findings: Sequence[Finding], platforms: Mapping[str, str] | None = None,
                 params: RiskParams | None = None) -> list[Advice]:
    """Ranked advice: each action re-scored without the evidence it removes.

    `platforms` maps a profile URL to its platform (activitypub, bluesky,
    feed, html, export; "mastodon"/"linkedin" are understood too). Ranked by
    risk_reduction (descending), ties to lower effort. Raises RiskInputError
    when two findings share an id."""
    findings = list(findings)
    ids = [f.id for f in findings]
    if len(set(ids)) != len(ids):
        raise RiskInputError("duplicate finding ids")
    params = params or load_params()
    platforms = {str(k): str(v) for k, v in (platforms or {}).items()}
    model = Model(params)
    terms = [model.term(f) for f in findings]
    base_logs = model.category_logs(findings, terms)
    base_score = model.score(base_logs)
    index = _Index(findings, platforms)

    # each candidate costs what it removes (reduction.py): the same signatures, terms and sums as
    # `_reduction`, `model.term` and `math.fsum` over the category give
    reductions = Reductions(findings, model, terms)

    items: list[Advice] = []
    seen: set[tuple] = set()
    for kind, removal in _candidates(findings, index, params):
        touched = sorted(set().union(*(index.by_url.get(u, set()) for u in removal.urls)))
        changed = reductions.effects(touched, removal)
        if not changed:
            continue
        # touched is sorted: the same signature for the same effect
        signature = tuple((i, None if e.gone else e.signature) for i, e in changed.items())
        if signature in seen:
            continue
        seen.add(signature)
        logs = reductions.category_logs(base_logs, changed)
        reduction = max(0.0, round(base_score - model.score(logs), 1))
        hit = [findings[i] for i in sorted(changed)]
        where = sorted(reductions.places(changed, removal.urls))
        items.append(Advice(
            rank=0,
            action=_action_sentence(kind, hit, where),
            finding_ids=[f.id for f in hit],
            where=where,
            risk_reduction=reduction,
            effort=_effort(len(where), params),
            how=_how(kind, where, index),
            policy=list(dict.fromkeys(p for f in hit for p in f.policy)),
            kind=kind,
            removal=removal,
        ))
    items.sort(key=lambda a: (-a.risk_reduction, EFFORT_ORDER[a.effort], len(a.where), a.action, a.where))
    for rank, item in enumerate(items, 1):
        item.rank = rank
    return items
