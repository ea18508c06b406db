"""What every detector knows about the text it reads, computed once per doc.

`UnitContext` describes one text unit (a post, a bio, a profile field) and
its item; `DocFacts` caches per-sentence facts (words, first person, org
mentions) so detectors never re-scan a doc; `ContextEnhancer` is the one
swappable context-boosting strategy, with its constants named here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field as dc_field
from functools import cached_property
from typing import Any, Iterable

from spacy.tokens import Doc, Span

from footprint.analysis.detect.nlp import PLACE_LABELS, TERMS_KEY
from footprint.crawler.orgs import OrgProfile
from footprint.analysis.detect.detectors.first_names import first_names
from footprint.analysis.detect.detectors.base import ANTECEDENT_MAX_CHARS
from footprint.analysis.detect.detectors.lexicon import Lexicon
from footprint.analysis.detect.name_letters import compile_wide, fold


_NAME_OVERRULED_ENTS = frozenset({"NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


class WordSet:
    """A phrase list compiled once into one case-insensitive, word-bounded regex."""

    def __init__(self, words: Iterable[str]):
        self.words = tuple(sorted({w.lower() for w in words if w}, key=len, reverse=True))
        body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in self.words) or r"(?!x)x"
        self.rx = re.compile(rf"(?<![\w@#])(?:{body})(?![\w])", re.IGNORECASE)

    def find(self, text: str) -> list[str]:
        return [m.group(0).lower() for m in self.rx.finditer(text)]

    def search(self, text: str) -> bool:
        return self.rx.search(text) is not None


class ContextEnhancer:
    """Raises a hit's score when supporting words appear near it (Presidio-style).

    Support in the same sentence counts fully; support elsewhere in the same
    item (another sentence, the title, the profile's work fields) counts less.
    """

    SENTENCE_BOOST = 0.35
    ITEM_BOOST = 0.15
    MIN_SCORE_WITH_CONTEXT = 0.4
    MAX_SCORE = 1.0

    def enhance(self, base: float, sentence_support: list[str], item_support: bool = False) -> float:
        score = base
        if sentence_support:
            score = max(score + self.SENTENCE_BOOST, self.MIN_SCORE_WITH_CONTEXT)
        elif item_support:
            score = max(score + self.ITEM_BOOST, self.MIN_SCORE_WITH_CONTEXT)
        return min(score, self.MAX_SCORE)


class SubjectNames:
    """The subject's own name and aliases: never a family member, friend or colleague."""

    def __init__(self, name: str, aliases: Iterable[str] = ()):
        full = {n.strip().lower() for n in [name, *aliases] if n and n.strip()}
        self.full = full | {fold(n) for n in full}          # "Siobhán" is written "Siobhan" too
        self.tokens = {t for n in self.full for t in re.findall(r"[\w']+", n)}

    def with_forms(self, forms: Iterable[str]) -> "SubjectNames":
        """These names and more forms of them (a page's nickname, alternate name or handle: page_names.py)."""
        forms = list(forms)
        out = SubjectNames("", [])
        forms = forms + [fold(f) for f in forms]
        out.full = self.full | {" ".join(f.lower().split()) for f in forms}
        out.tokens = self.tokens | {t.strip("'") for f in forms for t in re.findall(r"[\w']+", f.lower()) if t.strip("'")}
        return out

    def matches(self, candidate: str) -> bool:
        low = fold(candidate.strip().lower().lstrip("@"))
        toks = set(re.findall(r"[\w']+", low))
        return low in self.full or bool(toks) and toks <= self.tokens


@dataclass
class SentInfo:
    span: Span
    text: str
    lower: str
    first_person: bool       # explicit I / my / we / our
    implied_first_person: bool  # "Intercepted a boat...": a sentence opening on a verb
    subject_voice: bool = False  # a page about the subject: "she"/"Alex" is the subject, read as "I" (subject_voice.py)

    @property
    def any_first_person(self) -> bool:
        return self.first_person or self.implied_first_person


_OPENING_VERB_TAGS = {"VBD", "VBG", "VBN", "VB", "VBZ"}


class DocFacts:
    """Per-doc facts shared by all detectors (sentences, entities, org terms)."""

    def __init__(self, doc: Doc, shared: "Shared", subject: "SubjectNames | None" = None, about: bool = False):
        self.doc = doc
        self.shared = shared
        self.subject = subject      # with it, sentences about the subject in the third person count as first person
        self.about = about          # the unit's item is about the subject (a profile in the subject's name)
        self._memo: dict[str, Any] = {}

    @cached_property
    def text(self) -> str:
        """The doc's text, joined once: spaCy's Doc.text joins every token's text again on each read."""
        return self.doc.text

    def memo(self, key: str, compute):
        """Compute a per-doc value once (phone numbers, emails) however many detectors ask."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    @cached_property
    def sents(self) -> list[SentInfo]:
        out = []
        fp = self.shared.first_person
        for s in self.doc.sents:
            text = s.text
            first = next((t for t in s if not t.is_punct and not t.is_space), None)
            opens_on_verb = first is not None and (first.tag_ in _OPENING_VERB_TAGS or first.lower_ in self.shared.opening_verbs)
            implied = bool(opens_on_verb and first.text[:1].isupper()
                           and first.i + 1 < len(self.doc) and self.doc[first.i + 1].lower_ not in ("i", "we", "you"))
            out.append(SentInfo(s, text, text.lower(), fp.search(text), implied))
        out = out or [SentInfo(self.doc[:], self.text, self.text.lower(), False, False)]
        if self.subject is not None:
            from footprint.analysis.detect.detectors.subject_voice import mark_subject_voice
            mark_subject_voice(self, out)
        return out

    def sent_of(self, token_i: int) -> SentInfo:
        for s in self.sents:
            if s.span.start <= token_i < s.span.end:
                return s
        return self.sents[-1]

    def sent_at_char(self, char: int) -> SentInfo:
        for s in self.sents:
            if s.span.start_char <= char < s.span.end_char:
                return s
        return self.sents[-1]

    @cached_property
    def org_mentions(self) -> list[Span]:
        return [e for e in self.doc.ents if e.label_ == "ORG" and e.ent_id_.split(":", 1)[0] in ("org", "unit", "orgamb")]

    @cached_property
    def sites(self) -> list[Span]:
        return [e for e in self.doc.ents if e.ent_id_.startswith("site:")]

    @cached_property
    def places(self) -> list[Span]:
        return [e for e in self.doc.ents if e.label_ in PLACE_LABELS and not e.ent_id_.startswith("site:")]

    @cached_property
    def relations(self) -> list[Span]:
        return [e for e in self.doc.ents if e.label_ == "RELATION"]

    @cached_property
    def persons(self) -> list[Span]:
        return [e for e in self.doc.ents if e.label_ == "PERSON"]

    def terms(self, label: str) -> list[Span]:
        return [s for s in self.doc.spans.get(TERMS_KEY, []) if s.label_ == label]

    @cached_property
    def work(self) -> bool:
        return any(self.shared.work_in(s.text) for s in self.sents) or any(self.terms("ROLE"))


@dataclass
class ItemFacts:
    """Facts about a whole item, gathered from all its units before detectors run."""

    orgs: list[str] = dc_field(default_factory=list)   # canonical org names mentioned unambiguously
    work: bool = False                               # work words anywhere in the item
    first_person: bool = False
    works_for_org: bool = False                      # a worksFor/jobTitle field names the organisation
    employer_field: bool = False                     # the profile has a job or employer field (any employer)
    org_field: bool = False                          # round 15: the profile names an employer (not only a job title)


class Shared:
    """Lexicon-derived word sets every detector uses (from data/lexicons/context.toml)."""

    def __init__(self, lex: Lexicon, org: OrgProfile, employment: Lexicon | None = None):
        from footprint.analysis.detect.detectors.employment import EmploymentResolver   # employment.py uses WordSet from here

        w = lex.words
        self.first_person = WordSet(w.get("first_person", ()))
        self.opening_verbs = set(w.get("opening_verbs", ()))
        self.work = WordSet(w.get("work", ()))
        self.work_rx = lex.regex.get("work", ())
        self.travel = WordSet(w.get("travel", ()))
        self.titles = set(w.get("titles", ()))
        self.not_names = set(w.get("not_names", ())) | {r.lower() for r in org.roles}
        self.roles = WordSet(org.roles)
        # the organisation's acronyms ("ABF", "BFO", "DIBP"): a person's handle made with one is a staff member's
        self.org_tags = frozenset(a.lower() for n in org.names for a in n.aliases
                                  if re.fullmatch(r"[A-Za-z]{3,6}", a) and sum(c.isupper() for c in a) >= 2)
        self.uniform = WordSet(org.uniform)
        # Whose employment a mention of the org states (data/lexicons/employment.toml).
        self.employment = EmploymentResolver(employment, org.roles)

    def work_in(self, text: str) -> list[str]:
        found = self.work.find(text)
        found += [m.group(0).lower() for rx in self.work_rx for m in rx.finditer(text)]
        return found


def field_key(field: str | None) -> str:
    """A profile field name normalised for lookups ("Job Title" -> "jobtitle")."""
    return re.sub(r"[^a-z]", "", (field or "").lower())


NAME_RX = compile_wide(r"^[A-Z][a-z]+(?:['\-][A-Za-z][a-z]+)?$|^[A-Z][a-z]?'[A-Z][a-z]+$|^Mc[A-Z][a-z]+$")
_LIST_JOINERS = {",", "and", "&", "y"}     # "y": a Spanish list of kin ("Mis hijos, Mateo y Valeria")
_NON_NAME_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "NORP", "RELATION"}


def is_name_token(tok, shared: "Shared") -> bool:
    """A capitalised word that can be part of a person's name: not a listed common word, title,
    platform or field label ("Email:", "Phone:" open a field, they do not name anyone)."""
    doc = tok.doc
    label = tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":"
    return (bool(NAME_RX.match(tok.text)) and tok.lower_ not in shared.not_names
            and tok.lower_ not in shared.titles and not tok.ent_id_ and not label
            and (tok.ent_type_ not in _NON_NAME_ENTS
                 # the small model calls some names a nationality ("Hamish" NORP): the gazetteer overrules it
                 # and a lone name the model took for a building or a product ("with Shannon" FAC)
                 or tok.ent_type_ in _NAME_OVERRULED_ENTS and first_names().is_first_name(tok.text)
                 and (tok.ent_type_ == "NORP" or tok.ent_iob_ == "B" and not (tok.i + 1 < len(doc)
                                                                              and doc[tok.i + 1].ent_iob_ == "I"))))


# Pronouns that point back to the previous sentence, and the words a clause opens on before one.
ANAPHORS = {"it", "it's", "its", "this", "that", "these", "those", "they", "they're", "there"}
ANAPHOR_OPENERS = {"when", "if", "and", "but", "so", "because", "since", "then", "now"}
# Profile fields that hold the person's own free-text bio (employer, home and home_passing read them alike).
BIO_FIELDS = frozenset({"summary", "bio", "note", "description", "about", "headline"})
FRAGMENT_WORDS = 2      # a "sentence" this short ("earlies.", "Nights again.") is shown with the ones after it
SHOWN_MIN_WORDS = 5     # ... until the excerpt holds this many words
TOLD_MAX_CHARS = 300    # a post this short is shown whole for what the writer tells (UnitContext.excerpt_for)


@dataclass
class UnitContext:
    """One text unit and everything around it that detectors may consult."""

    org: OrgProfile
    subject: SubjectNames
    shared: Shared
    enhancer: ContextEnhancer
    places: dict[str, dict]
    item: Any
    url: str
    profile: str
    posted_at: str | None
    kind: str = "text"                 # "text" or "profile_field"
    field: str | None = None           # profile field key ("summary", "jobTitle"...)
    item_facts: ItemFacts = dc_field(default_factory=ItemFacts)
    facts: DocFacts | None = None
    scan_employed: bool | None = None  # does anything in the scan tie the subject to the org? (None: not a scan)

    def excerpt_for(self, text: str, told: bool = False) -> str:
        """What a finding shows of its unit. `told`: the finding is something the writer tells (a hardship, an
        operation, an outage), which a post often spreads over a few sentences ("Missed the sup job for
        the third time. 25 years in and they give it to a kid ..."): a short post is then shown whole."""
        if self.kind == "profile_field" and self.field:
            return f"{self.field}: {text}"
        if told and self.facts is not None and text in self.facts.text and len(self.facts.text) <= TOLD_MAX_CHARS:
            whole = " ".join(self.facts.text.split())
            if len(whole) > len(text):
                return whole
        return self._with_antecedent(text)

    def _with_antecedent(self, text: str) -> str:
        """A sentence that opens on a pronoun ("When it drops, the laptops cannot reach the cargo system")
        says nothing to a reader alone: its excerpt starts at the sentence before, which names "it". A fragment
        of a word or two ("earlies.") says nothing alone either: its excerpt runs on into the next sentence
        ("0600 to 1400."), which says what it means."""
        facts = self.facts
        if facts is None or len(text) > ANTECEDENT_MAX_CHARS:
            return text
        sents = facts.sents
        for k, sent in enumerate(sents):
            if sent.text != text:
                continue
            if len(sent.lower.split()) <= FRAGMENT_WORDS:
                shown, j = text, k + 1
                while j < len(sents) and len(shown.split()) < SHOWN_MIN_WORDS \
                        and len(shown) + len(sents[j].text) < ANTECEDENT_MAX_CHARS:
                    shown, j = f"{shown} {sents[j].text}", j + 1
                if shown != text:
                    return shown
            words = sent.lower.split()[:2]
            if k and words and (words[0] in ANAPHORS or words[0] in ANAPHOR_OPENERS and words[1:] and words[1] in ANAPHORS):
                prev = sents[k - 1].text
                if len(prev) + len(text) < ANTECEDENT_MAX_CHARS:
                    return f"{prev} {text}"
            return text
        return text

    @property
    def field_key(self) -> str:
        """The field name normalised for lookups ("Job Title" -> "jobtitle")."""
        return field_key(self.field)

    def is_name_token(self, tok) -> bool:
        """A capitalised word that can be part of a person's name (see `is_name_token`)."""
        return is_name_token(tok, self.shared)

    def person_name(self, ent) -> str | None:
        """The name a PERSON entity holds, or None when any word after its leading titles is not a
        name word ("Team Leader", "Email Priya": the model's guess takes in common words)."""
        toks = list(ent)
        while toks and toks[0].lower_ in self.shared.titles:
            toks = toks[1:]
        if not toks or not all(self.is_name_token(t) for t in toks):
            return None
        return " ".join(t.text for t in toks)

    def names_after(self, start: int, end: int, allow_list: bool = True, skip_commas: bool = True,
                    max_names: int = 6) -> list[str]:
        """Person names starting at token `start` ("Sarah", "Ravi Singh, Lauren Fox and Chris")."""
        doc = self.facts.doc
        names: list[str] = []
        i = start
        while i < end and doc[i].text in ("(", ":", "-", "—") or (i < end and skip_commas and doc[i].text == ","):
            i += 1
        while i < end and doc[i].lower_ in self.shared.titles and doc[i].text[:1].isupper():
            i += 1
        if i + 3 < end and doc[i].text.startswith("@") and len(doc[i]) > 2 and doc[i + 1].text == "(" \
                and self.is_name_token(doc[i + 2]) and self.is_name_token(doc[i + 3]):
            i += 2                    # "my gf @noor.b (Noor Bashir)": the tagged handle glossed with the full name
        while i < end and len(names) < max_names:
            parts = []
            while i < end and len(parts) < 3 and self.is_name_token(doc[i]):
                parts.append(doc[i].text)
                i += 1
                if (i + 1 < end and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_
                        and self.is_name_token(doc[i + 1])):      # a double-barrelled surname: "Pike-Ellery"
                    parts[-1] += "-" + doc[i + 1].text
                    i += 2
            if not parts:
                break
            name = " ".join(parts)
            if not self.subject.matches(name):
                names.append(name)
            if not allow_list:
                break
            j = i
            while j < end and doc[j].lower_ in _LIST_JOINERS:
                j += 1
            if j == i or j >= end or not self.is_name_token(doc[j]):
                break
            i = j
        return names


def doc_text(doc, ctx) -> str:
    """`doc.text`, joined once per doc (through its DocFacts) when `doc` is the doc being analysed."""
    facts = getattr(ctx, "facts", None)
    return facts.text if facts is not None and facts.doc is doc else doc.text
