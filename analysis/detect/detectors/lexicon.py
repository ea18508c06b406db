"""Data lexicons (data/lexicons/*.toml), validated when loaded.

A bad regex, a confidence outside 0..1 or an unknown key fails at start-up
with the file and entry named, never mid-scan.

File format:
    [words]                  # named word/phrase lists, matched case-insensitively
    context = ["shift", ...]
    [regex]                  # named regex lists (case-insensitive)
    deny = ['\\bhad a seizure\\b']
    [[patterns]]             # rules: id, regex, confidence; optional value, key, requires, first_person, attrs
    id = "rent_arrears"
    regex = "can'?t pay (the|my) rent"
    confidence = 0.8
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from footprint.crawler.paths import DATA_DIR
from footprint.analysis.detect.detectors.base import Pattern
from footprint.analysis.detect.name_letters import widen

LEXICON_DIR = DATA_DIR / "lexicons"
_PATTERN_KEYS = {"id", "regex", "confidence", "value", "key", "requires", "first_person", "attrs", "case_sensitive"}
_TOP_KEYS = {"words", "regex", "patterns", "description"}


class LexiconError(ValueError):
    """A lexicon file is missing or malformed."""


@dataclass(frozen=True)
class Lexicon:
    name: str
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    regex: dict[str, tuple[re.Pattern, ...]] = field(default_factory=dict)
    patterns: tuple[Pattern, ...] = ()

    def phrases(self, name: str) -> tuple[str, ...]:
        return self.words.get(name, ())


def _compile(rx: object, where: str, flags: int = re.IGNORECASE) -> re.Pattern:
    if not isinstance(rx, str) or not rx:
        raise LexiconError(f"{where}: regex must be a non-empty string")
    try:
        return re.compile(widen(rx), flags)     # a name's shape takes "Thảo" and "Siobhán" too
    except re.error as exc:
        raise LexiconError(f"{where}: bad regex {rx!r}: {exc}") from None


def parse_lexicon(data: dict, name: str) -> Lexicon:
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise LexiconError(f"lexicon {name}: unknown keys {sorted(unknown)}")
    words: dict[str, tuple[str, ...]] = {}
    for k, v in data.get("words", {}).items():
        if not isinstance(v, list) or not all(isinstance(w, str) and w.strip() for w in v):
            raise LexiconError(f"lexicon {name}: words.{k} must be a list of non-empty strings")
        words[k] = tuple(w.lower() for w in v)
    regex = {k: tuple(_compile(r, f"lexicon {name}: regex.{k}") for r in (v if isinstance(v, list) else [v]))
             for k, v in data.get("regex", {}).items()}
    patterns, seen = [], set()
    for i, p in enumerate(data.get("patterns", [])):
        where = f"lexicon {name}: patterns[{i}]"
        if not isinstance(p, dict):
            raise LexiconError(f"{where}: must be a table")
        bad = set(p) - _PATTERN_KEYS
        if bad:
            raise LexiconError(f"{where}: unknown keys {sorted(bad)}")
        pid = p.get("id")
        if not isinstance(pid, str) or not pid or pid in seen:
            raise LexiconError(f"{where}: 'id' must be a unique non-empty string")
        seen.add(pid)
        conf = p.get("confidence")
        if isinstance(conf, bool) or not isinstance(conf, (int, float)) or not 0.0 <= conf <= 1.0:
            raise LexiconError(f"{where} ({pid}): confidence must be a number in 0..1, got {conf!r}")
        flags = 0 if p.get("case_sensitive") else re.IGNORECASE
        attrs = p.get("attrs", {})
        if not isinstance(attrs, dict):
            raise LexiconError(f"{where} ({pid}): attrs must be a table")
        patterns.append(Pattern(
            id=pid, regex=_compile(p.get("regex"), f"{where} ({pid})", flags), confidence=float(conf),
            value=str(p.get("value", "")), key=str(p.get("key", "")),
            requires=_compile(p["requires"], f"{where} ({pid}) requires") if "requires" in p else None,
            first_person=bool(p.get("first_person", False)), attrs=attrs))
    return Lexicon(name=name, words=words, regex=regex, patterns=tuple(patterns))


def load_lexicon(name: str, directory: Path | None = None) -> Lexicon:
    """The lexicon `name`, parsed once per process for the same file text (several detectors and linkers load
    the same one: the family lexicon five times; each parse compiles its regexes again, more than `re`'s cache
    keeps, about a third of the compiles of a scan)."""
    path = (directory or LEXICON_DIR) / f"{name}.toml"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(f"lexicon {name!r} not found at {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"lexicon {path}: {exc}") from None
    return _parsed(name, text, str(path))


@lru_cache(maxsize=128)
def _parsed(name: str, text: str, path: str) -> Lexicon:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"lexicon {path}: {exc}") from None
    return parse_lexicon(data, name)


def load_all(directory: Path | None = None) -> dict[str, Lexicon]:
    """Every lexicon in the directory, each validated."""
    directory = directory or LEXICON_DIR
    return {p.stem: load_lexicon(p.stem, directory) for p in sorted(directory.glob("*.toml"))}
