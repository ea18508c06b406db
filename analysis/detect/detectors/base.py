"""The small abstract detector every category module fills with data.

As in Presidio, a detector is mostly class constants (CATEGORY, PATTERNS,
CONTEXT, DENY) plus `analyze`; its results carry their own explanation
(detector, pattern id, supporting words, confidence).
"""
from __future__ import annotations

import re
from abc import ABC
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Iterable, Iterator

from footprint.analysis.detect.detectors.first_match import first_match
from footprint.analysis.detect.detectors.regex_gate import cached_gate
from footprint.analysis.findings import CATEGORIES, Detection, Evidence

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from footprint.analysis.detect.detectors.context import SentInfo, UnitContext
    from footprint.analysis.detect.detectors.lexicon import Lexicon

# Detections below this confidence are not reported at all.
REPORT_THRESHOLD = 0.5
EXCERPT_CHARS = 200
ANTECEDENT_MAX_CHARS = 300        # an excerpt with the sentence its pronoun points back to
# What the writer tells over a few sentences: a short post is shown whole as its evidence (UnitContext.excerpt_for).
# Not a routine: a sentence that states one says enough alone (tests/test_round15_lead.py).
TOLD_CATEGORIES = frozenset({"vulnerability", "official_information", "systems_information"})


@dataclass(frozen=True)
class Pattern:
    """One rule: a regex with its base confidence and what a hit means."""

    id: str
    regex: re.Pattern
    confidence: float
    value: str = ""
    key: str = ""
    requires: re.Pattern | None = None      # must also match the sentence
    first_person: bool = False              # needs an explicit or implied "I"/"we"
    attrs: dict[str, Any] = field(default_factory=dict)


def _regex(p: Pattern) -> re.Pattern:
    return p.regex


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class Detector(ABC):
    """Finds one category of exposure in a parsed text unit or a whole item."""

    CATEGORY: ClassVar[str] = ""
    LEXICON: ClassVar[str | None] = None    # data/lexicons/<LEXICON>.toml supplies PATTERNS/CONTEXT/DENY
    PATTERNS: tuple[Pattern, ...] = ()
    CONTEXT: tuple[str, ...] = ()
    DENY: tuple[re.Pattern, ...] = ()
    # Reads ctx.scan_employed, which is known only when the whole scan has been read: the extractor
    # runs such a detector once for each answer and keeps the right one (see analysis/detect/extract.py).
    USES_SCAN_CONTEXT: ClassVar[bool] = False

    def __init__(self, lexicon: "Lexicon | None" = None) -> None:
        if self.CATEGORY not in CATEGORIES:
            raise ValueError(f"{type(self).__name__}: unknown category {self.CATEGORY!r}")
        self.lexicon = lexicon
        if lexicon is not None:
            self.PATTERNS = tuple(self.PATTERNS) + lexicon.patterns
            self.CONTEXT = tuple(self.CONTEXT) + self.words("context")
            self.DENY = tuple(self.DENY) + self.regexes("deny")

    def words(self, name: str) -> tuple[str, ...]:
        """A named word list of this detector's lexicon (empty without a lexicon)."""
        return self.lexicon.phrases(name) if self.lexicon is not None else ()

    def regexes(self, name: str) -> tuple[re.Pattern, ...]:
        """A named regex list of this detector's lexicon (empty without a lexicon)."""
        return self.lexicon.regex.get(name, ()) if self.lexicon is not None else ()

    @property
    def name(self) -> str:
        return type(self).__name__

    def analyze(self, doc: "Doc", item: Any, ctx: "UnitContext") -> list[Detection]:
        """Detections in one parsed text unit (a post, a bio, a profile field)."""
        return []

    def analyze_item(self, item: Any, ctx: "UnitContext") -> list[Detection]:
        """Detections from an item's structured data (emails, handle, coordinates)."""
        return []

    def allowed_sents(self, ctx: "UnitContext") -> Iterator["SentInfo"]:
        """The unit's sentences that no deny pattern vetoes."""
        return (s for s in ctx.facts.sents if not self.denied(s.text))

    def patterns_for(self, text: str) -> Iterator[Pattern]:
        """This detector's patterns whose `requires` (if any) matches the text, tried lazily in order, less those
        whose regex cannot match it (`may_match`)."""
        return (p for p in self.may_match(text) if p.requires is None or p.requires.search(text))

    def may_match(self, text: str) -> Iterable[Pattern]:
        """This detector's patterns in order, less those whose regex cannot match the text: none of the literal
        words every match of it contains is there (regex_gate.py; a caller searching each regex finds the same)."""
        gate = cached_gate(self.PATTERNS, _regex)
        return self.PATTERNS if gate is None else gate.candidates(text)

    def denied(self, text: str) -> str | None:
        """The deny pattern that vetoes this text, if any (remembered: a detector asks about one sentence about
        five times, in allowed_sents of each pass and the learned proposals)."""
        m = first_match(self.DENY, text)
        return m.group(0) if m else None

    def detection(self, ctx: "UnitContext", *, value: str, key: str, confidence: float, pattern: str,
                  excerpt_text: str, support: list[str] | tuple[str, ...] = (), attrs: dict | None = None,
                  kind: str | None = None) -> Detection | None:
        """Build a Detection with its evidence, or None when below the report threshold."""
        if confidence < REPORT_THRESHOLD:
            return None
        if self.CATEGORY in _PEOPLE and (attrs or {}).get("person"):
            from footprint.analysis.detect.detectors.address_terms import address_terms   # it reads lexicons: not at import
            terms = address_terms()
            value, key, attrs = _without_address_term(terms, self.CATEGORY, value, key, dict(attrs))
            if self.CATEGORY == "family" and terms.respect_not_kin(attrs.get("relation", ""), excerpt_text,
                                                                                   tuple(support)):
                return None                 # "Aunty Rose gave the welcome to country": an Elder, not an aunt
        shown = ctx.excerpt_for(excerpt_text, told=self.CATEGORY in TOLD_CATEGORIES)
        with_antecedent = ctx.kind != "profile_field" and shown != excerpt_text     # the sentence before it prepended
        ev = Evidence(url=ctx.url, kind=kind or ctx.kind,
                      excerpt=excerpt(shown, ANTECEDENT_MAX_CHARS if with_antecedent else EXCERPT_CHARS),
                      posted_at=ctx.posted_at, profile=ctx.profile)
        return Detection(category=self.CATEGORY, value=value, key=key.lower(), confidence=round(min(confidence, 1.0), 3),
                         detector=self.name, pattern=pattern, evidence=ev, support=list(dict.fromkeys(support)),
                         attrs=dict(attrs or {}))


_PEOPLE = frozenset({"family", "associate", "colleague"})


def _without_address_term(terms, category: str, value: str, key: str, attrs: dict) -> tuple[str, str, dict]:
    """A person's value, key and attrs without the address term the writer put before the name ("Anh Marcus Bui")."""
    person = attrs["person"]
    bare = terms.strip(person)
    if bare == person:
        return value, key, attrs
    attrs["person"], attrs["address_term"] = bare, person[: len(person) - len(bare)].strip()
    if value.startswith(person):
        value = bare + value[len(person):]
    if key.lower() == f"{category}:{person}".lower():
        key = f"{category}:{bare}"
    return value, key, attrs
