"""Extraction: crawled items in, explained detections out, with one spaCy pass over all texts.

Every text unit (a post's title and text, a profile's bio and each field)
is parsed once with `nlp.pipe`; item-level facts (does this item name the
organisation? talk about work?) are gathered from all of an item's units
before its detectors run, so a sentence can draw support from the rest of its
post. Items stream: an item's Docs are dropped once its detectors have run,
so memory stays at about one batch. In a scan, whether the subject is tied to
the organisation at all is settled from the whole scan (see
IDENTITY_CATEGORIES below), and a number seen as both work and personal is
given one side (`resolve_contact_use`).
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from footprint.crawler.items import ImageItem, PostItem, ProfileItem

from footprint.analysis.detect.detectors.contacts import resolve_contact_use
from footprint.analysis.detect.detectors.official_contact import relist_page_phones
from footprint.analysis.detect.detectors.employer import merge_former_names, name_department_parts
from footprint.analysis.detect.detectors.own_email import employer_from_own_email
from footprint.analysis.detect.detectors.person_roles import strongest_role
from footprint.analysis.detect.detectors.work_loose import name_generic_sites, street_office_city
from footprint.analysis.detect import backstop, doc_caches
from footprint.analysis.detect.detectors.learned_ahead import reads_meaning
from footprint.analysis.detect.embed_overlap import candidate_texts, encode_texts, overlapped
from footprint.analysis.detect.page_names import with_page_names
from footprint.analysis.detect.parse_ahead import ahead
from footprint.analysis.detect.detectors import employer_entity
from footprint.analysis.detect.detectors.other_agency import outside_org
from footprint.analysis.detect.detectors.context import ContextEnhancer, DocFacts, ItemFacts, Shared, SubjectNames, UnitContext, field_key
from footprint.analysis.detect.detectors.registry import SHARED_LEXICON, load_detectors
from footprint.analysis.findings import Detection
from footprint.analysis.link.linking import detection_order
from footprint.analysis.detect.nlp import get_nlp, place_index
from footprint.analysis.detect.shouting import calm
from footprint.analysis.detect.recase import Recaser, own_words
from footprint.analysis.detect.mentions import join_mentions
from footprint.analysis.detect.repeats import pipe_once
from footprint.crawler.orgs import OrgProfile

MAX_TEXT_CHARS = 20_000      # one post's text; longer texts are cut (a crawled page is not a novel)
# Docs per nlp.pipe batch: 256 measured 5 % less CPU than 64 over the benchmark's posts, for the same
# annotations (about 6 MB of Docs in flight).
BATCH_SIZE = 256
# Parsed Docs waiting for the main thread (parse_ahead.py): the worker still parses the whole next batch while
# the detectors run on a window (parsing is the faster side); a queue of a full batch held 192 more Docs.
AHEAD_DOCS = 64
# Profile fields that say where the person works: a phone on such a profile is a work number.
WORK_FIELDS = frozenset({"jobtitle", "worksfor", "employer", "organisation", "organization", "affiliation", "company",
                         "occupation", "role", "position", "title"})
# Profile fields that name an employer, not only what the person does (an h-card's p-org is "org"; round 15).
ORG_FIELDS = frozenset({"worksfor", "employer", "organisation", "organization", "affiliation", "company", "org"})


_TITLE_SUFFIX = re.compile(r"\s+[|–—]\s+|\s+-\s+(?=[^-]+$)")


@dataclass
class _Unit:
    item_index: int
    text: str
    kind: str                # "text" | "profile_field"
    field: str | None = None
    original: str = ""       # the writer's own letters when `text` is a lower-case post recased (recase.py)


def _units(item: Any, index: int, recaser: Recaser | None = None) -> list[_Unit]:
    if isinstance(item, PostItem):
        title, text = (item.title or "").strip(), (item.text or "").strip()
        # A page <title> is often "Post title | Site name": when the text already opens with the post title,
        # the site name ("Working Dog Forum") is not part of what the subject wrote.
        head = _TITLE_SUFFIX.split(title, 1)[0].rstrip(".…")
        if title and text and not text.startswith(title.rstrip(".…")) and not (head and text.startswith(head)):
            body = f"{title}.\n{text}" if title[-1:] not in ".!?" else f"{title}\n{text}"
        else:
            body = text or title
        if not body:
            return []
        text = calm(join_mentions(body[:MAX_TEXT_CHARS]))     # "@ handle"; shouting
        recased = recaser.recase(text) if recaser else text    # voice-to-text: "jodie farr" -> "Jodie Farr"
        return [_Unit(index, recased, "text", original=text if recased != text else "")]
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
    """Runs every detector over crawled items for one subject and organisation.

    Collaborators are passed in, as Presidio's AnalyzerEngine takes its registry and NLP engine:
    `nlp` (a spaCy pipeline with footprint's rulers), `detectors` with their lexicons (as
    `load_detectors()` returns them), the context `enhancer` and the `places` index. Each is built
    here only when not given, so a test or a benchmark can swap one part.
    """

    def __init__(self, org: OrgProfile, subject_name: str, aliases: Iterable[str] = (), n_process: int = 1,
                 batch_size: int = BATCH_SIZE, *, nlp=None, detectors: tuple[list, dict] | None = None,
                 enhancer: ContextEnhancer | None = None, places=None, work_across_items: bool = True):
        self.org = org
        # the learned backstop (backstop.py) reads what the rules missed; FOOTPRINT_BACKSTOP=off measures the rules alone
        self.backstop = backstop.backstop() is not None
        # the org's work described in one item is evidence of an employer another item establishes (work_described.py);
        # a batch of unrelated rows (benchmarks/eval_devset.py, each row judged alone) turns it off
        self.work_across_items = work_across_items
        self.base_subject = SubjectNames(subject_name, aliases)
        self.subject = self.base_subject        # in extract(): with the name forms the scan's own pages add
        self.n_process = max(1, int(n_process))
        self.batch_size = max(1, int(batch_size))
        self.nlp = nlp if nlp is not None else get_nlp(org)
        self.detectors, lexicons = detectors if detectors is not None else load_detectors()
        self.shared = Shared(lexicons[SHARED_LEXICON], org, lexicons.get("employment"))
        self.enhancer = enhancer if enhancer is not None else ContextEnhancer()
        self.places = places if places is not None else place_index()
        self.backstop_deny = backstop.deny_lists(self.detectors)     # the rules' vetoes a backstop reading obeys

    def _ctx(self, item: Any, **kw) -> UnitContext:
        posted = getattr(item, "published", None)
        return UnitContext(org=self.org, subject=self.subject, shared=self.shared, enhancer=self.enhancer, places=self.places,
                           item=item, url=item.url, profile=item.profile, posted_at=posted, **kw)

    def extract(self, items: Iterable[ProfileItem | PostItem | ImageItem]) -> list[Detection]:
        """Detections for all items (ImageItems are skipped: EXIF is the image step's).

        Streams: items are taken in windows of about one `nlp.pipe` batch of docs; a window's
        detectors run once its last text is parsed (its sentences embedded together first), and its
        Docs are dropped then, so memory holds about two batches (and the bounded repeat cache of
        repeats.py) whatever the number of items.
        The result does not depend on the order of `items`.
        """
        items = [it for it in items if isinstance(it, (PostItem, ProfileItem))]
        self.subject = with_page_names(self.base_subject, items)     # "Grub" on a page about "Gary 'Grub' Linke"
        recaser = Recaser(it.text or "" for it in items if isinstance(it, PostItem)) \
            if os.environ.get("FOOTPRINT_RECASE") != "off" else None   # names the writer capitalises; off: to measure
        units = [u for i, it in enumerate(items) for u in _units(it, i, recaser)]
        scan = any(isinstance(it, ProfileItem) for it in items)
        identity = [d for d in self.detectors if d.CATEGORY in IDENTITY_CATEGORIES]
        rest = [d for d in self.detectors if d.CATEGORY not in IDENTITY_CATEGORIES]
        fixed = [d for d in rest if not (scan and d.USES_SCAN_CONTEXT)]
        # Whether the scan ties the subject to the org is known only at the end: detectors that read it
        # run once for each answer now (they are few and cheap), and the right answer's hits are kept.
        open_ = [d for d in rest if scan and d.USES_SCAN_CONTEXT]
        item_facts = [ItemFacts() for _ in items]
        ident_out: list[Detection] = []
        rest_out: list[Detection] = []
        if_employed: dict[bool, list[Detection]] = {True: [], False: []}
        ahead = reads_meaning(self.detectors) or self.backstop
        pending: list = []          # the learned backstop's readings, kept only where the rules were silent (backstop.py)
        about = [isinstance(it, ProfileItem) and bool((it.name or "").strip()) and self.subject.matches(it.name)
                 for it in items]      # a profile in the subject's name: its "she" is the subject (subject_voice.py)
        windows = _windows(self._parsed_items(units, about), self.batch_size)
        gather = lambda w: self._gather_window(w, items, item_facts, ahead)     # noqa: E731
        for window in overlapped(windows, gather, encode_texts if ahead else None):
            for index, group in window:
                facts_i = item_facts[index]
                item = items[index]
                for unit, facts in group:
                    ctx = self._ctx(item, kind=unit.kind, field=unit.field, item_facts=facts_i, facts=facts)
                    mine = (lambda dets: own_words(dets, unit.text, unit.original)) if unit.original else list  # noqa: E731
                    for det in identity:
                        ident_out += mine(det.analyze(facts.doc, item, ctx))
                    for det in fixed:
                        rest_out += mine(det.analyze(facts.doc, item, ctx))
                    if self.backstop:
                        pending += backstop.proposals(ctx, self.backstop_deny)
                    for answer in (if_employed if open_ else ()):
                        actx = self._ctx(item, kind=unit.kind, field=unit.field, item_facts=facts_i, facts=facts,
                                         scan_employed=answer)
                        for det in open_:
                            if_employed[answer] += mine(det.analyze(facts.doc, item, actx))
                for _, facts in group:
                    doc_caches.release(facts.doc)     # what the detectors kept on the Doc: freed now, not at the next GC
            # the window (and with it every Doc of its items) goes out of scope here
        ident_out += self._run_items(identity, items, item_facts, None)
        ident_out = outside_org(ident_out, items, self.subject, self.org)     # another agency's staff seeing the org
        employed = any(_ties_to_org(d) for d in ident_out) if scan else None
        out = ident_out + rest_out + (if_employed[employed] if employed is not None else [])
        out += self._run_items(rest, items, item_facts, employed)
        out += backstop.missed_only(pending, out, employed)
        out = relist_page_phones(out, items, next((d.lexicon for d in self.detectors if d.CATEGORY == "official_contact"), None))
        if any(d.CATEGORY == "employer" for d in self.detectors):
            out = employer_from_own_email(out, self.org, self.subject, items)
        out = employer_entity.settle(out, scan and self.work_across_items)      # own-voice mentions: evidence of an employer established elsewhere
        if employed is False:
            out = [d for d in out if not _needs_employment(d)]
        out = name_generic_sites(merge_former_names(name_department_parts(resolve_contact_use(out)), self.org), self.org)
        return _dedupe(strongest_role(street_office_city(out) if scan else out))

    def _parsed_items(self, units: list[_Unit], about: list[bool] | None = None) -> Iterator[tuple[int, list[tuple[_Unit, DocFacts]]]]:
        """(item index, [(unit, facts)...]) per item, in order: `nlp.pipe` keeps order and an item's
        units are consecutive, so an item is complete when the next one's first unit arrives."""
        docs = pipe_once(self.nlp, ((u.text, k) for k, u in enumerate(units)), batch_size=self.batch_size,
                         n_process=self.n_process)        # a repeated text is parsed once
        if self.n_process == 1 and len(units) > self.batch_size:
            docs = ahead(docs, AHEAD_DOCS)     # parsed in a worker thread, ahead (one batch: no overlap)
        group: list[tuple[_Unit, DocFacts]] = []
        for doc, k in docs:
            unit = units[k]
            if group and group[0][0].item_index != unit.item_index:
                yield group[0][0].item_index, group
                group = []
            group.append((unit, DocFacts(doc, self.shared, self.subject, bool(about and about[unit.item_index]))))
        if group:
            yield group[0][0].item_index, group

    def _gather_window(self, window: list, items: list, item_facts: list, ahead: bool) -> list[str]:
        """Item facts for a window of parsed items; then, when a detector reads meaning, the window's candidate
        passages, to be embedded together (embed_overlap) before the detectors ask for them doc by doc."""
        ctxs = []
        for index, group in window:
            for unit, facts in group:
                self._gather(item_facts[index], unit, facts)
            ctxs += [self._ctx(items[index], kind=unit.kind, field=unit.field, item_facts=item_facts[index], facts=facts)
                     for unit, facts in group]
        return candidate_texts(ctxs, self.backstop) if ahead else []

    def _run_items(self, detectors: list, items: list, item_facts: list, employed: bool | None) -> list[Detection]:
        """Item-level detections (structured fields, no text to parse)."""
        out: list[Detection] = []
        for i, item in enumerate(items):
            ctx = self._ctx(item, kind="profile_field" if isinstance(item, ProfileItem) else "post_metadata",
                            item_facts=item_facts[i], scan_employed=employed)
            for det in detectors:
                out += det.analyze_item(item, ctx)
        return out

    def _gather(self, facts_out: ItemFacts, unit: _Unit, facts: DocFacts) -> None:
        for m in facts.org_mentions:
            if not m.ent_id_.startswith("orgamb:"):
                name = m.ent_id_.split(":", 1)[1]
                if name not in facts_out.orgs:
                    facts_out.orgs.append(name)
        facts_out.work = facts_out.work or facts.work or (unit.kind == "profile_field" and bool(facts.org_mentions))
        facts_out.first_person = facts_out.first_person or any(s.any_first_person for s in facts.sents)
        if unit.kind == "profile_field" and field_key(unit.field) in WORK_FIELDS:
            facts_out.employer_field = True
        if unit.kind == "profile_field" and field_key(unit.field) in ORG_FIELDS:
            facts_out.org_field = True
        if unit.kind == "profile_field" and facts.org_mentions and field_key(unit.field) in WORK_FIELDS:
            # Only when the field is the subject's own job there: a firm's worksFor that names
            # "Immigration Law" does not make the firm's telephone the organisation's.
            aliases = [(m.text, m.ent_id_.startswith("orgamb:")) for m in facts.org_mentions]
            if self.shared.employment.field(facts.text, aliases).own:
                facts_out.works_for_org = True


def _windows(parsed: Iterator[tuple[int, list]], docs: int) -> Iterator[list[tuple[int, list]]]:
    """Parsed items in windows of about `docs` docs (whole items only)."""
    window: list[tuple[int, list]] = []
    size = 0
    for index, group in parsed:
        window.append((index, group))
        size += len(group)
        if size >= docs:
            yield window
            window, size = [], 0
    if window:
        yield window


# Scan-level context. A scan (a batch holding the subject's own profiles) first runs the detectors
# that tie the subject to the organisation; whether any did decides how the rest read the subject's
# words. Categories defined by the organisation (its colleagues, its work numbers, its operations and
# systems, its work sites) are dropped when nothing in the whole scan ties the subject to it: a private
# immigration lawyer's first-person "visa cancellations" or "our Parramatta office" are someone else's
# work. A loose batch of posts (no profile: unit tests, the dev set) is judged item by item.
IDENTITY_CATEGORIES = frozenset({"employer", "corporate_identifier", "official_contact"})
_GATED_PATTERNS = {"official_contact": ("work_phone", "work_profile_phone"),
                   "corporate_identifier": ("staff_number_in_text",),     # any employer's staff number: only for staff
                   "work_location": ("org_site_with_work_context", "work_at_place")}  # and work_at_place_signature
_GATED_CATEGORIES = frozenset({"colleague", "official_information", "systems_information"})


def _ties_to_org(d: Detection) -> bool:
    if d.pattern.startswith(_GATED_PATTERNS.get(d.category, ("\0",))) and d.category == "corporate_identifier":
        return False            # a staff number of any shape does not say whose staff
    if employer_entity.is_candidate(d):
        return False            # an own-voice mention only adds to an employer established elsewhere
    return d.category in ("employer", "corporate_identifier") or (d.category == "official_contact" and "email" in d.attrs)


# Round 19: a grievance "against the employer" is against the org only when the org employs the subject: a retired
# officer's "retired from the job but not from bossing people around" or a guard's gripe about a private firm's roster
# is no grievance the org's groomers can work on (no negative control's truth holds one; their money troubles stay).
_GATED_KEYS = frozenset({"vulnerability:grievance"})


def _needs_employment(d: Detection) -> bool:
    return d.category in _GATED_CATEGORIES or d.pattern.startswith(_GATED_PATTERNS.get(d.category, ("\0",))) \
        or d.key.lower() in _GATED_KEYS


def _dedupe(dets: list[Detection]) -> list[Detection]:
    """One detection per (category, key, url, excerpt): the most confident, ties broken by
    `detection_order` (not by arrival), in that order."""
    best: dict[tuple, Detection] = {}
    for d in sorted(dets, key=detection_order):
        k = (d.category, d.key, d.evidence.url, d.evidence.excerpt)
        if k not in best or d.confidence > best[k].confidence:
            best[k] = d
    return list(best.values())
