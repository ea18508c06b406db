"""The grooming-risk score: six dimensions, an identification gate, and a
Shapley explanation that says how many points each finding adds.

The model (docs/risk-model.md) follows the threat in the policy's
Introduction: a group must identify the person as staff (identifiability),
then find where they are (locatability), leverage (family, associates), a
way in (reachability) and signs of susceptibility; leaked official
information is a risk in itself (leakage). Every number lives in
data/risk.toml and is validated on load.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import numpy as np

from footprint.analysis.findings import CATEGORIES, Finding
from footprint.analysis.toml_config import read_toml
from footprint.crawler.paths import DATA_DIR
from footprint.analysis.link.visibility import DEFAULT_WEIGHTS as DEFAULT_VISIBILITY
from footprint.analysis.link.visibility import weight as visibility_weight

RISK_TOML = DATA_DIR / "risk.toml"

DIMENSIONS = ("identifiability", "locatability", "leverage", "susceptibility", "reachability", "leakage")
GATE_DIMENSIONS = ("identifiability", "leakage")
CATEGORY_ORDER = tuple(CATEGORIES)          # fixed order: sums and products are deterministic
# Bands are part of the contract (CONTRACT.md), not parameters.
BANDS = ((75.0, "critical"), (50.0, "high"), (25.0, "moderate"), (0.0, "low"))


class RiskConfigError(ValueError):
    """data/risk.toml (or a params mapping) is malformed."""


class RiskInputError(ValueError):
    """The findings cannot be scored (duplicate finding ids)."""


@dataclass(frozen=True)
class RiskParams:
    """Validated parameters of the score; build with load_params / parse_params."""

    weights: Mapping[str, Mapping[str, float]]   # dimension -> category -> weight
    gate: Mapping[str, float]                    # gate dimension -> weight in G
    exposure: Mapping[str, float]                # dimension -> weight in E
    ungated_share: float
    gate_floor: float
    exposure_scale: float
    per_item: float
    per_profile: float
    cap: float
    exact_max_findings: int = 12
    low_max_urls: int = 1
    medium_max_urls: int = 5
    visibility: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_VISIBILITY))
    calibration: tuple[tuple[float, ...], tuple[float, ...]] = ((0.0, 100.0), (0.0, 100.0))  # raw knots, reported
    source: str = field(default="", compare=False)


@dataclass
class RiskResult:
    """The score, its band and dimensions, and each finding's share in points."""

    score: float
    band: str
    dimensions: dict[str, float]
    contributions: dict[str, float]
    summary: str

    def to_report(self) -> dict[str, Any]:
        """report.json's `risk` object."""
        return {
            "score": self.score,
            "band": self.band,
            "dimensions": {d: round(v, 3) for d, v in self.dimensions.items()},
            "summary": self.summary,
        }


# --------------------------------------------------------------------------
# Parameters


def _unit(value: Any, where: str, *, closed_top: bool = True) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise RiskConfigError(f"{where}: expected a number in 0..1, got {value!r}")
    if value < 0 or value > 1 or (not closed_top and value >= 1):
        top = "1" if closed_top else "1 (exclusive)"
        raise RiskConfigError(f"{where}: {value!r} is outside 0..{top}")
    return float(value)


def _positive(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise RiskConfigError(f"{where}: must be a positive number, got {value!r}")
    return float(value)


def _nonneg(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
        raise RiskConfigError(f"{where}: expected a finite number >= 0, got {value!r}")
    return float(value)


def _count(value: Any, where: str, low: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise RiskConfigError(f"{where}: expected an integer >= {low}, got {value!r}")
    return value


def _table(data: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
    value = data.get(key)
    if not isinstance(value, Mapping):
        raise RiskConfigError(f"{where}: missing table [{key}]")
    return value


def _only(table: Mapping[str, Any], allowed: Iterable[str], where: str) -> None:
    unknown = sorted(set(table) - set(allowed))
    if unknown:
        raise RiskConfigError(f"{where}: unknown key(s) {', '.join(unknown)}")


def parse_params(data: Mapping[str, Any], source: str = "<params>") -> RiskParams:
    """Validate a parsed risk.toml; raise RiskConfigError naming the bad value."""
    if not isinstance(data, Mapping):
        raise RiskConfigError(f"{source}: expected a table")
    _only(data, ("corroboration", "dimensions", "score", "explain", "advice", "visibility"), source)
    cor = _table(data, "corroboration", source)
    _only(cor, ("per_item", "per_profile", "cap"), f"{source} [corroboration]")
    dims = _table(data, "dimensions", source)
    _only(dims, DIMENSIONS, f"{source} [dimensions]")
    weights: dict[str, dict[str, float]] = {}
    for d in DIMENSIONS:
        table = _table(dims, d, f"{source} [dimensions]")
        _only(table, CATEGORIES, f"{source} [dimensions.{d}] (categories)")
        weights[d] = {c: _unit(w, f"{source} [dimensions.{d}] {c}") for c, w in table.items()}
    unweighted = [c for c in CATEGORIES if not any(c in weights[d] for d in DIMENSIONS)]
    if unweighted:
        raise RiskConfigError(f"{source}: categories with no dimension weight: {', '.join(unweighted)}")
    score = _table(data, "score", source)
    _only(score, ("ungated_share", "gate_floor", "exposure_scale", "gate", "exposure", "calibration"), f"{source} [score]")
    gate_t = _table(score, "gate", f"{source} [score]")
    _only(gate_t, GATE_DIMENSIONS, f"{source} [score.gate]")
    exp_t = _table(score, "exposure", f"{source} [score]")
    _only(exp_t, DIMENSIONS, f"{source} [score.exposure]")
    ungated = _unit(score.get("ungated_share"), f"{source} [score] ungated_share")
    if ungated >= 0.5:
        raise RiskConfigError(
            f"{source} [score] ungated_share: {ungated} must be below 0.5, or the gate could not keep "
            "a subject with no identifiability or leakage at 'moderate' or below")
    calibration = _calibration(score.get("calibration", {}), f"{source} [score.calibration]")
    if _interp(100.0 * ungated, calibration) >= 50.0:
        raise RiskConfigError(
            f"{source} [score.calibration]: it lifts the ungated score {100.0 * ungated:g} to 'high'; a subject with no "
            "identifiability or leakage must stay at 'moderate' or below")
    explain = data.get("explain", {})
    advice = data.get("advice", {})
    if not isinstance(explain, Mapping) or not isinstance(advice, Mapping):
        raise RiskConfigError(f"{source}: [explain] and [advice] must be tables")
    _only(explain, ("exact_max_findings",), f"{source} [explain]")
    _only(advice, ("low_max_urls", "medium_max_urls"), f"{source} [advice]")
    vis_t = data.get("visibility", {})
    if not isinstance(vis_t, Mapping):
        raise RiskConfigError(f"{source}: [visibility] must be a table")
    _only(vis_t, ("followers",), f"{source} [visibility]")
    visibility = dict(DEFAULT_VISIBILITY)
    if "followers" in vis_t:
        visibility["followers"] = _unit(vis_t["followers"], f"{source} [visibility] followers")
    exact_max = _count(explain.get("exact_max_findings", 12), f"{source} [explain] exact_max_findings")
    if exact_max > 16:
        raise RiskConfigError(f"{source} [explain] exact_max_findings: {exact_max} > 16 would enumerate too many coalitions")
    low = _count(advice.get("low_max_urls", 1), f"{source} [advice] low_max_urls", 1)
    medium = _count(advice.get("medium_max_urls", 5), f"{source} [advice] medium_max_urls", low)
    return RiskParams(
        weights=weights,
        gate={g: _unit(gate_t.get(g, 0.0), f"{source} [score.gate] {g}") for g in GATE_DIMENSIONS},
        exposure={d: _unit(exp_t.get(d, 0.0), f"{source} [score.exposure] {d}") for d in DIMENSIONS},
        ungated_share=ungated,
        gate_floor=_unit(score.get("gate_floor"), f"{source} [score] gate_floor"),
        exposure_scale=_positive(score.get("exposure_scale"), f"{source} [score] exposure_scale"),
        per_item=_nonneg(cor.get("per_item"), f"{source} [corroboration] per_item"),
        per_profile=_nonneg(cor.get("per_profile"), f"{source} [corroboration] per_profile"),
        cap=_unit(cor.get("cap"), f"{source} [corroboration] cap", closed_top=False),
        exact_max_findings=exact_max,
        low_max_urls=low,
        medium_max_urls=medium,
        visibility=visibility,
        calibration=calibration,
        source=source,
    )


def _calibration(table: Any, where: str) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Knots of the monotone map from the blend's raw score to the reported one: both lists rise strictly
    from 0 to 100, so the order of people never changes, only where the contract's band edges fall."""
    if not isinstance(table, Mapping):
        raise RiskConfigError(f"{where}: must be a table")
    _only(table, ("raw", "reported"), where)
    knots = []
    for key in ("raw", "reported"):
        values = table.get(key, [0.0, 100.0])
        if not isinstance(values, list) or not all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                                  for v in values):
            raise RiskConfigError(f"{where} {key}: expected a list of numbers")
        values = tuple(float(v) for v in values)
        if len(values) < 2 or values[0] != 0.0 or values[-1] != 100.0 or any(b <= a for a, b in zip(values, values[1:])):
            raise RiskConfigError(f"{where} {key}: must rise strictly from 0 to 100, got {list(values)}")
        knots.append(values)
    if len(knots[0]) != len(knots[1]):
        raise RiskConfigError(f"{where}: raw and reported need as many knots ({len(knots[0])} vs {len(knots[1])})")
    return knots[0], knots[1]


def _interp(raw, calibration):
    """The reported score(s) for raw score(s): piecewise linear between the knots (floats or arrays)."""
    return np.interp(raw, calibration[0], calibration[1])


def load_params(path: Path | str | None = None) -> RiskParams:
    """Load and validate risk parameters (default data/risk.toml, cached)."""
    if path is None:
        return _default_params()
    return _load(Path(path))


def _load(path: Path) -> RiskParams:
    return parse_params(read_toml(path, RiskConfigError), str(path))


@lru_cache(maxsize=1)
def _default_params() -> RiskParams:
    return _load(RISK_TOML)


# --------------------------------------------------------------------------
# Per-finding confidence


def support_urls(finding: Finding) -> set[str]:
    """The distinct places a finding rests on. Inferred evidence counts as the
    URLs it was inferred from (finding.attrs["sources"]) when they are listed."""
    sources = finding_sources(finding)
    urls: set[str] = set()
    for e in finding.evidence:
        if getattr(e, "visibility", None) == "private":
            continue  # private evidence shows nothing to anyone: it corroborates nothing
        if e.kind == "inferred" and sources:
            urls.update(sources)
        else:
            urls.add(e.url)
    return urls


def finding_sources(finding: Finding) -> list[str]:
    """The URLs an inferred finding was inferred from (attrs["sources"]), if listed."""
    raw = finding.attrs.get("sources") if isinstance(finding.attrs, Mapping) else None
    if isinstance(raw, str):
        return [raw]
    if isinstance(raw, (list, tuple, set, frozenset)):
        return [s for s in raw if isinstance(s, str) and s]
    return []


def _base_confidence(value: Any) -> float:
    try:
        c = float(value)
    except (TypeError, ValueError):
        return 0.0
    if not math.isfinite(c):
        return 0.0
    return min(1.0, max(0.0, c))


def corroborated(confidence: float, n_items: int, n_profiles: int, params: RiskParams | None = None) -> float:
    """1 - (1-c)^(1 + a ln n + b ln p), capped below 1: more sightings, less doubt,
    each extra sighting worth less than the one before."""
    p = params or load_params()
    c = _base_confidence(confidence)
    k = 1.0 + p.per_item * math.log(max(1, n_items)) + p.per_profile * math.log(max(1, n_profiles))
    return min(p.cap, 1.0 - (1.0 - c) ** k)


def effective_confidence(finding: Finding, params: RiskParams | None = None) -> float:
    """The finding's confidence after corroboration across URLs and profiles, times the weight of
    its most visible evidence (public/unknown 1, followers reduced, private 0: CONTRACT.md)."""
    p = params or load_params()
    w = visibility_weight(finding, p.visibility)
    if w <= 0:
        return 0.0
    profiles = {e.profile for e in finding.evidence if e.profile and getattr(e, "visibility", None) != "private"}
    return w * corroborated(finding.confidence, len(support_urls(finding)), len(profiles), p)


def band_for(score: float) -> str:
    """The contract's band for a 0..100 score."""
    for low, name in BANDS:
        if score >= low:
            return name
    return "low"


# --------------------------------------------------------------------------
# The score as a function of per-category log-survival sums
#
# A category's exposure N_c = 1 - prod(1 - c_eff) over its findings, computed
# as 1 - exp(fsum(log(1 - c_eff))). fsum is exactly rounded, so the same
# findings in any order give the same bits: advice re-scoring only the
# changed categories gets exactly what a full re-score would.


class Model:
    """The score with its parameters bound; cheap to evaluate many times."""

    def __init__(self, params: RiskParams | None = None):
        self.params = params or load_params()
        p = self.params
        self._w = np.array([[p.weights[d].get(c, 0.0) for d in DIMENSIONS] for c in CATEGORY_ORDER])
        self._cat_index = {c: i for i, c in enumerate(CATEGORY_ORDER)}
        self._feeds = {c: [(j, p.weights[d][c]) for j, d in enumerate(DIMENSIONS) if p.weights[d].get(c, 0.0) > 0]
                       for c in CATEGORY_ORDER}

    def term(self, finding: Finding) -> float:
        """log(1 - c_eff): the finding's share of its category's log-survival."""
        return math.log1p(-effective_confidence(finding, self.params))

    def category_logs(self, findings: Sequence[Finding], terms: Sequence[float] | None = None) -> dict[str, float]:
        """Each category's log-survival sum; `terms` are the findings' terms when already computed."""
        if terms is None:
            terms = [self.term(f) for f in findings]
        logs: dict[str, list[float]] = {}
        for f, t in zip(findings, terms):
            logs.setdefault(f.category, []).append(t)
        return {c: math.fsum(ts) for c, ts in logs.items()}

    def dimensions(self, cat_logs: Mapping[str, float]) -> dict[str, float]:
        survival = [1.0] * len(DIMENSIONS)
        for c in CATEGORY_ORDER:            # fixed order: deterministic products
            lg = cat_logs.get(c)
            if lg is None:
                continue
            n = -math.expm1(lg)
            for j, w in self._feeds[c]:
                survival[j] *= 1.0 - w * n
        return {d: min(1.0, max(0.0, 1.0 - s)) for d, s in zip(DIMENSIONS, survival)}

    def combine(self, dims: Mapping[str, float]) -> float:
        """Dimensions -> the reported score 0..100 (gated, monotone, calibrated to the bands)."""
        p = self.params
        g_surv = 1.0
        for d in GATE_DIMENSIONS:
            g_surv *= 1.0 - p.gate[d] * dims[d]
        exposure = -math.expm1(-math.fsum(p.exposure[d] * dims[d] for d in DIMENSIONS) / p.exposure_scale)
        return min(100.0, max(0.0, float(_interp(self._blend(1.0 - g_surv, exposure), p.calibration))))

    def _blend(self, gate, exposure):
        """The raw score formula from gate G and exposure E (floats or arrays alike)."""
        p = self.params
        return 100.0 * (p.ungated_share * exposure
                        + (1.0 - p.ungated_share) * gate * (p.gate_floor + (1.0 - p.gate_floor) * exposure))

    def raw_score(self, cat_logs: Mapping[str, float]) -> float:
        """The score before rounding (after the calibration)."""
        return self.combine(self.dimensions(cat_logs))

    def score(self, cat_logs: Mapping[str, float]) -> float:
        """The reported score: raw rounded to one decimal."""
        return round(self.raw_score(cat_logs), 1)

    # -- vectorised over coalitions, for the Shapley explanation ------------

    def coalition_scores(self, player_logs: np.ndarray, player_cats: np.ndarray) -> np.ndarray:
        """Raw score of every coalition (bitmask) of players, before the calibration: the Shapley shares are
        taken on the blend itself and scaled to the reported score (_round_to_total), so the largest share stays
        with what removing lowers the score most.

        player_logs[i] is player i's log-survival contribution to category
        player_cats[i]; returns an array of 2**n scores indexed by bitmask."""
        n = len(player_logs)
        masks = np.arange(1 << n, dtype=np.int64)
        bits = ((masks[:, None] >> np.arange(n)) & 1).astype(float)                # (M, n)
        a = np.zeros((n, len(CATEGORY_ORDER)))
        a[np.arange(n), player_cats] = player_logs
        exposure_cat = -np.expm1(bits @ a)                                           # (M, C)
        survival = np.prod(1.0 - exposure_cat[:, :, None] * self._w[None, :, :], axis=1)  # (M, D)
        dims = np.clip(1.0 - survival, 0.0, 1.0)
        p = self.params
        gi = [DIMENSIONS.index(d) for d in GATE_DIMENSIONS]
        gate = 1.0 - np.prod(1.0 - np.array([p.gate[d] for d in GATE_DIMENSIONS]) * dims[:, gi], axis=1)
        ew = np.array([p.exposure[d] for d in DIMENSIONS])
        exposure = -np.expm1(-(dims @ ew) / p.exposure_scale)
        return np.clip(self._blend(gate, exposure), 0.0, 100.0)


def shapley(values: np.ndarray, n: int) -> np.ndarray:
    """Exact Shapley values from the value of every coalition (bitmask-indexed)."""
    if n == 0:
        return np.zeros(0)
    masks = np.arange(1 << n, dtype=np.int64)
    size = np.array([bin(m).count("1") for m in range(1 << n)])
    weight = np.array([math.factorial(s) * math.factorial(n - s - 1) / math.factorial(n) for s in range(n)])
    phi = np.zeros(n)
    for i in range(n):
        without = masks[(masks >> i) & 1 == 0]
        phi[i] = np.sum(weight[size[without]] * (values[without | (1 << i)] - values[without]))
    return np.maximum(phi, 0.0)     # a monotone game has phi >= 0; clip float noise


def _round_to_total(shares: Sequence[float], total: float) -> list[float]:
    """Round non-negative shares to 0.01 so they add up exactly to `total`
    (largest remainder), after scaling them to it."""
    s = math.fsum(shares)
    cents = int(round(total * 100))
    if s <= 0 or cents <= 0:
        return [0.0] * len(shares)
    scaled = [x * cents / s for x in shares]
    floors = [math.floor(x) for x in scaled]
    left = cents - sum(floors)
    order = sorted(range(len(shares)), key=lambda i: (-(scaled[i] - floors[i]), i))
    for i in order[:left]:
        floors[i] += 1
    return [f / 100 for f in floors]


def _contributions(model: Model, findings: Sequence[Finding], terms: Sequence[float], score: float) -> list[float]:
    """Each finding's points: exact Shapley over findings when few, otherwise
    exact Shapley over categories split by each finding's log-share."""
    n = len(findings)
    if n == 0:
        return []
    cat_idx = [model._cat_index[f.category] for f in findings]
    if n <= model.params.exact_max_findings:
        phi = shapley(model.coalition_scores(np.array(terms), np.array(cat_idx)), n)
        return _round_to_total(list(phi), score)
    present = sorted(set(cat_idx))
    totals = {c: math.fsum(t for t, ci in zip(terms, cat_idx) if ci == c) for c in present}
    phi_c = shapley(model.coalition_scores(np.array([totals[c] for c in present]), np.array(present)), len(present))
    by_cat = dict(zip(present, phi_c))
    shares = []
    for t, c in zip(terms, cat_idx):
        total = totals[c]
        shares.append(by_cat[c] * (t / total) if total < 0 else 0.0)
    return _round_to_total(shares, score)


# --------------------------------------------------------------------------
# Public API


def score_findings(findings: Sequence[Finding], params: RiskParams | None = None) -> RiskResult:
    """Score findings 0..100 with band, dimensions, per-finding points and a summary.

    Does not touch the findings (see apply_contributions). Raises
    RiskInputError when two findings share an id."""
    findings = list(findings)
    ids = [f.id for f in findings]
    if len(set(ids)) != len(ids):
        dup = sorted({i for i in ids if ids.count(i) > 1})
        raise RiskInputError(f"duplicate finding id(s): {', '.join(dup)}")
    model = Model(params)
    terms = [model.term(f) for f in findings]
    dims = model.dimensions(model.category_logs(findings, terms))
    score = round(model.combine(dims), 1)
    points = _contributions(model, findings, terms, score)
    contributions = {f.id: pt for f, pt in zip(findings, points)}
    return RiskResult(
        score=score,
        band=band_for(score),
        dimensions=dims,
        contributions=contributions,
        summary=summarise(findings, contributions, dims, score),
    )


def risk_score(findings: Sequence[Finding], params: RiskParams | None = None) -> float:
    """The score alone (no explanation): what score_findings(...).score would be."""
    model = Model(params)
    return model.score(model.category_logs(list(findings)))


def apply_contributions(findings: Iterable[Finding], result: RiskResult) -> list[Finding]:
    """Set each finding's `contribution` from a RiskResult (the one explicit mutation)."""
    out = list(findings)
    for f in out:
        f.contribution = result.contributions.get(f.id, 0.0)
    return out


# --------------------------------------------------------------------------
# Plain-language summary, for the subject's own eyes

_PHRASES: dict[str, str] = {
    "employer": "you can be identified as {value} staff",
    "colleague": "colleagues can be identified as staff through your posts",
    "official_contact": "your work contact details are public",
    "corporate_identifier": "an account is linked to your work email or user ID",
    "work_location": "your current workplace ({value}) is public",
    "home_location": "{home} points to where you live",
    "geotag": "{geo}",
    "routine": "your regular movements can be followed",
    "family": "members of your family can be identified",
    "associate": "friends you mention can be identified",
    "personal_contact": "anyone can contact you directly",
    "official_information": "some posts talk about your work",
    "systems_information": "some posts describe work systems",
    "vulnerability": "some posts mention personal pressures, which are worth keeping private",
}


def _phrase(category: str, finding: Finding) -> str:
    kinds = {e.kind for e in finding.evidence}
    home = "a photo's location" if kinds & {"image_metadata", "inferred"} and "text" not in kinds else "what you share"
    geo = ("your photos carry the exact place they were taken" if "image_metadata" in kinds
           else "your posts carry the exact place they were made")
    return _PHRASES[category].format(value=finding.value, home=home, geo=geo)


def summarise(findings: Sequence[Finding], contributions: Mapping[str, float],
              dims: Mapping[str, float], score: float) -> str:
    """One or two sentences from the categories that add the most points."""
    if not findings or score <= 0:
        return "Nothing in the scanned profiles adds to your risk."
    per_cat: dict[str, float] = {}
    top: dict[str, Finding] = {}
    for f in findings:
        pts = contributions.get(f.id, 0.0)
        per_cat[f.category] = per_cat.get(f.category, 0.0) + pts
        if f.category not in top or pts > contributions.get(top[f.category].id, 0.0):
            top[f.category] = f
    ranked = sorted(per_cat, key=lambda c: (-per_cat[c], CATEGORY_ORDER.index(c)))
    ranked = [c for c in ranked if per_cat[c] > 0] or ranked[:1]
    parts = [_phrase(c, top[c]) for c in ranked[:2]]
    first = parts[0] if len(parts) == 1 else f"{parts[0]}, and {parts[1]}"
    first = first[0].upper() + first[1:] + "."
    if dims["identifiability"] == 0 and dims["leakage"] == 0:
        return first + " Nothing found links you to your work, which keeps the risk lower."
    if len(ranked) > 2:
        more = len(ranked) - 2
        return first + f" {more} other kind{'s' if more > 1 else ''} of detail add{'s' if more == 1 else ''} to the risk; the advice below lists what to change first."
    return first
