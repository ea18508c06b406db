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

import math
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Mapping, Sequence
from urllib.parse import urlsplit

from .categories import CATEGORY_INFO, where
from .findings import Finding
from .risk import GATE_DIMENSIONS, Model, RiskInputError, RiskParams, finding_sources, load_params

IDENTIFYING = where(identifying=True)
PLACE = where(locating=True)
IMAGE_EXT = (".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".gif", ".tif", ".tiff", ".avif")
EFFORT_ORDER = {"low": 0, "medium": 1, "high": 2}

# What a piece of evidence reveals, for the action sentence, in the order a sentence names them.
REVEALS: dict[str, str] = {c.name: c.reveals for c in sorted(CATEGORY_INFO.values(), key=lambda c: c.advice_order)}
_REVEAL_ORDER = list(REVEALS)

CAMERA_STEPS = ("Stop new photos being tagged: on iOS, Settings > Privacy & Security > Location Services > "
                "Camera > Never; on Android, open the Camera app's settings and turn Location tags "
                "(Save location) off.")
STRIP_STEPS = ("Delete the photo, or replace it with a copy without location: take a screenshot or "
               "re-export it, or run `exiftool -gps:all= photo.jpg` and upload that copy.")

# Platform steps by action kind. Keys are normalised platform names.
HOW: dict[str, dict[str, str]] = {
    "post": {
        "activitypub": ("On Mastodon (or another ActivityPub server) open the post and choose ... > Edit to take "
                        "the detail out, or ... > Delete & redraft to remove it and post again without it. "
                        "Boosts and replies on other servers may keep a copy."),
        "bluesky": "Bluesky posts cannot be edited: open the post, choose ... > Delete post, and post again without the detail if you wish.",
        "feed": ("Edit or unpublish the post in your blog's editor. The feed updates on its own, but feed "
                 "readers and aggregators may keep the old copy: ask them to refresh or remove it."),
        "linkedin": "On a LinkedIn-style site open the post and choose ... > Edit post, or Delete post.",
        "export": "This came from an export of your data: find the item on the service it came from and edit or delete it there.",
        "": ("Sign in to the site that published it, open the post and edit or delete it; if you cannot, ask "
             "the site's owner. Search engines drop the old copy after a while, and most let you ask for a refresh."),
    },
    "profile": {
        "activitypub": ("On Mastodon go to Preferences > Edit profile (Public profile), change the Bio and the "
                        "Extra fields (profile metadata), then Save changes."),
        "bluesky": "On Bluesky open your profile, choose Edit Profile, change the description, then Save.",
        "linkedin": ("On a LinkedIn-style profile use Edit intro to change your headline, hide or remove the "
                     "current position under Experience, and under Contact info limit who can see your email and phone."),
        "feed": "Edit the About page or author bio on your blog, and the author details in the blog's settings (the feed repeats them).",
        "html": ("Edit the profile or About page where it is published. On a LinkedIn-style profile: Edit intro, "
                 "hide the current position, and limit who can see your contact info."),
        "export": "This came from an export of your data: change the profile on the service it came from.",
        "": "Open the profile's edit or settings page on that site and remove or hide the detail; if you cannot, ask the site's owner.",
    },
    "photo": {
        "activitypub": "On Mastodon a post's image cannot be swapped: choose ... > Delete & redraft and attach the clean copy.",
        "bluesky": "On Bluesky delete the post (... > Delete post) and post the clean copy.",
        "feed": "Replace the image file on your blog and update the post; aggregators may keep the old image until they refresh.",
        "linkedin": "On a LinkedIn-style site delete the post or photo and upload the clean copy.",
        "export": "This came from an export of your data: replace the photo on the service it came from.",
        "": "Replace or delete the image where it is published.",
    },
}
POST_LOCATION_STEPS = ("Do not add a place or check-in when posting, and turn off location access for the app "
                       "(iOS: Settings > Privacy & Security > Location Services > the app > Never; Android: "
                       "Settings > Apps > the app > Permissions > Location > Don't allow). Then edit each listed "
                       "post to remove its place.")
EMPLOYER_FIELD_STEPS = "Remove or hide the employer, job title, workplace and work contact fields on each listed profile."


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
    if removal.categories is not None and finding.category not in removal.categories:
        return finding
    if removal.finding_ids is not None and finding.id not in removal.finding_ids:
        return finding
    sources = finding_sources(finding)
    left_sources = [s for s in sources if s not in removal.urls]
    kept = []
    for e in finding.evidence:
        if e.kind == "inferred" and sources:
            if left_sources:
                kept.append(e)
        elif not (e.url in removal.urls and (removal.kinds is None or e.kind in removal.kinds)):
            kept.append(e)
    if not kept:
        return None
    if len(kept) == len(finding.evidence) and len(left_sources) == len(sources):
        return finding
    attrs = dict(finding.attrs)
    if sources:
        attrs["sources"] = left_sources
    return replace(finding, evidence=kept, attrs=attrs)


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
    p = (name or "").strip().lower()
    p = {"mastodon": "activitypub", "fediverse": "activitypub", "rss": "feed", "atom": "feed",
         "blog": "feed", "bsky": "bluesky"}.get(p, p)
    if "linkedin" in p or "linkedin" in urlsplit(url).netloc.lower():
        return "linkedin"
    return p


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


def _action_sentence(kind: str, touched: Sequence[Finding], where: Sequence[str]) -> str:
    what = _what(touched)
    n = len(where)
    if kind == "post":
        return f"Delete this post, or edit out the part that {what}."
    if kind == "profile":
        return f"Edit your profile to remove the field or bio text that {what}."
    if kind == "photo":
        if any(f.category in PLACE for f in touched):
            return "Delete this photo, or replace it with a copy that has no location data."
        return f"Delete or replace this photo, which {what}."
    if kind == "camera":
        return f"Turn off location in your camera app and strip the location from your {n} geotagged photos."
    if kind == "fact":
        value = touched[0].value if touched else "this detail"
        return f"Remove '{value}' everywhere it shows ({n} places): it {what}."
    if kind == "identity":
        return (f"Stop being identifiable as staff: edit out your employer, work contacts, workplace, colleagues "
                f"and what you say about the work, everywhere ({n} places).")
    if kind == "category":
        return f"Edit out everything that {what}, everywhere ({n} places)."
    if kind == "employer_fields":
        return ("Hide the employer and workplace fields on your profile." if n == 1
                else f"Hide the employer and workplace fields on your {n} profiles.")
    return (f"Stop adding your location to posts, and remove it from the {n} "
            f"post{'s' if n != 1 else ''} that have one.")


def _how(kind: str, where: Sequence[str], index: _Index) -> str:
    platforms = sorted({index.platform(u) for u in where})

    def per_platform(table: str) -> list[str]:
        steps = HOW[table]
        return list(dict.fromkeys(steps.get(p, steps[""]) for p in platforms))

    if kind in ("post", "profile"):
        return " ".join(per_platform(kind))
    if kind in ("fact", "category", "identity"):
        kinds = sorted({index.url_kind(u) for u in where})
        steps = ["Work through the listed places one by one."]
        if kind == "identity":
            steps.append(EMPLOYER_FIELD_STEPS)
        for k in kinds:
            steps += per_platform(k) if k != "photo" else [STRIP_STEPS, *per_platform("photo")]
        return " ".join(dict.fromkeys(steps))
    if kind == "photo":
        return " ".join([STRIP_STEPS, *per_platform("photo"), CAMERA_STEPS])
    if kind == "camera":
        return " ".join([CAMERA_STEPS, STRIP_STEPS, *per_platform("photo")])
    if kind == "employer_fields":
        return " ".join([EMPLOYER_FIELD_STEPS, *per_platform("profile")])
    return " ".join([POST_LOCATION_STEPS, *per_platform("post")])


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
    by_cat: dict[str, list[int]] = {}
    for i, f in enumerate(findings):
        by_cat.setdefault(f.category, []).append(i)
    base_logs = model.category_logs(findings, terms)
    base_score = model.score(base_logs)
    index = _Index(findings, platforms)

    items: list[Advice] = []
    seen: set[tuple] = set()
    for kind, removal in _candidates(findings, index, params):
        touched = sorted(set().union(*(index.by_url.get(u, set()) for u in removal.urls)))
        changed: dict[int, Finding | None] = {}
        for i in touched:
            r = _reduce(findings[i], removal)
            if r is not findings[i]:
                changed[i] = r
        if not changed:
            continue
        signature = tuple(sorted((i, None if r is None else (tuple(map(id, r.evidence)), tuple(finding_sources(r))))
                                 for i, r in changed.items()))
        if signature in seen:
            continue
        seen.add(signature)
        logs = dict(base_logs)
        for cat in {findings[i].category for i in changed}:
            kept = [terms[i] for i in by_cat[cat] if i not in changed]
            kept += [model.term(r) for i, r in changed.items() if r is not None and findings[i].category == cat]
            if any(i not in changed or changed[i] is not None for i in by_cat[cat]):
                logs[cat] = math.fsum(kept)
            else:
                del logs[cat]
        reduction = max(0.0, round(base_score - model.score(logs), 1))
        hit = [findings[i] for i in sorted(changed)]
        where = sorted(_urls(hit) & removal.urls)
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
