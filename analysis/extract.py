"""Extraction: crawled items in, explained detections out, with one spaCy pass over all texts.

Every text unit (a post's title and text, a profile's bio and each field)
is parsed once with `nlp.pipe`; item-level facts (does this item name the
organisation? talk about work?) are gathered before the detectors run, so a
sentence can draw support from the rest of its post.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from crawler.items import ImageItem, PostItem, ProfileItem

from .detectors.contacts import resolve_contact_use
from .detectors.context import ContextEnhancer, DocFacts, ItemFacts, Shared, SubjectNames, UnitContext
from .detectors.registry import SHARED_LEXICON, load_detectors
from .findings import Detection
from .nlp import get_nlp, pipe, place_index
from .orgs import OrgProfile

MAX_TEXT_CHARS = 20_000      # one post's text; longer texts are cut (a crawled page is not a novel)
# Profile fields that say where the person works: a phone on such a profile is a work number.
WORK_FIELDS = frozenset({"jobtitle", "worksfor", "employer", "organisation", "organization", "affiliation", "company",
                         "occupation", "role", "position", "title"})


def _field_key(field: str | None) -> str:
    return re.sub(r"[^a-z]", "", (field or "").lower())


@dataclass
class _Unit:
    item_index: int
    text: str
    kind: str                # "text" | "profile_field"
    field: str | None = None


def _units(item: Any, index: int) -> list[_Unit]:
    if isinstance(item, PostItem):
        title, text = (item.title or "").strip(), (item.text or "").strip()
        if title and text and not text.startswith(title.rstrip(".…")):
            body = f"{title}.\n{text}" if title[-1:] not in ".!?" else f"{title}\n{text}"
        else:
            body = text or title
        return [_Unit(index, body[:MAX_TEXT_CHARS], "text")] if body else []
    if isinstance(item, ProfileItem):
        out = []
        if (item.summary or "").strip():
            out.append(_Unit(index, item.summary[:MAX_TEXT_CHARS], "profile_field", "summary"))
        if (item.name or "").strip():
            out.append(_Unit(index, item.name[:500], "profile_field", "name"))
        for key, value in (item.fields or {}).items():
            if isinstance(value, str) and value.strip():
                out.append(_Unit(index, value[:2000], "profile_field", str(key)))
        return out
    return []


class Extractor:
    """Runs every detector over crawled items for one subject and organisation."""

    def __init__(self, org: OrgProfile, subject_name: str, aliases: Iterable[str] = (), n_process: int = 1,
                 batch_size: int = 64):
        self.org = org
        self.subject = SubjectNames(subject_name, aliases)
        self.n_process = max(1, int(n_process))
        self.batch_size = max(1, int(batch_size))
        self.nlp = get_nlp(org)
        self.detectors, lexicons = load_detectors()
        self.shared = Shared(lexicons[SHARED_LEXICON], org)
        self.enhancer = ContextEnhancer()
        self.places = place_index()

    def _ctx(self, item: Any, **kw) -> UnitContext:
        posted = getattr(item, "published", None)
        return UnitContext(org=self.org, subject=self.subject, shared=self.shared, enhancer=self.enhancer, places=self.places,
                           item=item, url=item.url, profile=item.profile, posted_at=posted, **kw)

    def extract(self, items: Iterable[ProfileItem | PostItem | ImageItem]) -> list[Detection]:
        """Detections for all items (ImageItems are skipped: EXIF is the image step's)."""
        items = [it for it in items if isinstance(it, (PostItem, ProfileItem))]
        units = [u for i, it in enumerate(items) for u in _units(it, i)]
        docs = pipe(self.nlp, ((u.text, k) for k, u in enumerate(units)), batch_size=self.batch_size,
                    n_process=self.n_process, as_tuples=True)
        parsed: list[tuple[_Unit, DocFacts]] = [(units[k], DocFacts(doc, self.shared)) for doc, k in docs]
        item_facts = [ItemFacts() for _ in items]
        for unit, facts in parsed:
            self._gather(item_facts[unit.item_index], unit, facts)
        out: list[Detection] = []
        for unit, facts in parsed:
            item = items[unit.item_index]
            ctx = self._ctx(item, kind=unit.kind, field=unit.field, item_facts=item_facts[unit.item_index], facts=facts)
            for det in self.detectors:
                out += det.analyze(facts.doc, item, ctx)
        for i, item in enumerate(items):
            ctx = self._ctx(item, kind="profile_field" if isinstance(item, ProfileItem) else "post_metadata",
                            item_facts=item_facts[i])
            for det in self.detectors:
                out += det.analyze_item(item, ctx)
        return _dedupe(resolve_contact_use(out))

    def _gather(self, facts_out: ItemFacts, unit: _Unit, facts: DocFacts) -> None:
        for m in facts.org_mentions:
            if not m.ent_id_.startswith("orgamb:"):
                name = m.ent_id_.split(":", 1)[1]
                if name not in facts_out.orgs:
                    facts_out.orgs.append(name)
        facts_out.work = facts_out.work or facts.work or (unit.kind == "profile_field" and bool(facts.org_mentions))
        facts_out.first_person = facts_out.first_person or any(s.any_first_person for s in facts.sents)
        if unit.kind == "profile_field" and facts.org_mentions and _field_key(unit.field) in WORK_FIELDS:
            facts_out.works_for_org = True


def _dedupe(dets: list[Detection]) -> list[Detection]:
    """One detection per (category, key, url, excerpt): the most confident."""
    best: dict[tuple, Detection] = {}
    for d in dets:
        k = (d.category, d.key, d.evidence.url, d.evidence.excerpt)
        if k not in best or d.confidence > best[k].confidence:
            best[k] = d
    return list(best.values())
