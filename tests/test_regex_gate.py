"""regex_gate: a list's search is skipped only on texts where none of its patterns can match."""
from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

import pytest

from footprint.analysis.detect.detectors.first_match import first_match
from footprint.analysis.detect.detectors.regex_gate import CASE_TWINS, GATE_AFTER, ListGate, cached_gate, list_gate, \
    literal_needs

DEVSET = Path(__file__).resolve().parent / "devset" / "devset.jsonl"
I = re.IGNORECASE


@pytest.mark.parametrize("pattern, flags, needs", [
    (r"\b(?:my|our)\s+clients?(?:\x27s?)?\b", I, {"client"}),          # the longest required run wins
    (r"\bnurs(?:e|ing)\b", I, {"nurs"}),
    (r"(?:grandpa|grandma|nan)\b", I, {"grandpa", "grandma", "nan"}),   # the parser factors "grand" out: still sound
    (r"\bm[ou]m\b", I, {"mum", "mom"}),                                 # a small class of literals expands the run
    (r"\bMum\b", 0, {"mum"}),                                           # compared in lower case
    (r"(?-i:[A-Z][a-z]+)\s+(?:is|turns)\s+\d", I, {"is", "turns"}),
    (r"\bday\s+\d{1,2}\s+of\b", I, {"day"}),
    (r"(?:ab)+c", I, {"ab"}),                                            # a repeat at least once keeps its needs
    (r"x(?:yz)*w", I, {"x"}),                                           # an optional part does not
    (r"(?:foo|)bar", I, {"bar"}),                                       # an empty alternative needs nothing
    (r"(?:foo|bar)?", I, None),
    (r"[a-z]+\s+\d+", I, None),                                         # nothing literal
    (r"(?<=my )wife", I, {"wife"}),
    (r"(?:🥹|😭|❤️)", 0, None),                                         # non-ASCII literals are not used
    (r"caf\u00e9 open", I, {" open"}),
    (r"a|b", 0, {"a", "b"}),
    (r"(?:x|\d)y", 0, {"y"}),
    (r"(?>atomic)", 0, {"atomic"}),
])
def test_literal_needs(pattern, flags, needs):
    got = literal_needs(re.compile(pattern, flags))
    assert (None if got is None else set(got)) == needs


def test_the_case_twins_are_every_non_ascii_match_of_an_ascii_character():
    """Exactly the characters for which lower-casing the text would hide an IGNORECASE match."""
    ascii_i = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    found = {chr(c) for c in range(0x80, sys.maxunicode + 1) if ascii_i.fullmatch(chr(c))}
    assert found == CASE_TWINS


@pytest.mark.parametrize("pattern, text, may", [
    (r"\bmy\s+clients?\b", "Lunch with my clients today.", True),
    (r"\bmy\s+clients?\b", "Lunch with my CLIENTS today.", True),
    (r"\bmy\s+clients?\b", "Lunch with the dog today.", False),
    (r"\bkids\b", "the \u212aIDS are asleep", True),          # Kelvin sign: IGNORECASE matches it as k
    (r"\bsister\b", "my \u017fister", True),                   # long s
    (r"\bsister\b", "my sıster", True),                        # dotless i
    (r"\bsister\b", "my sestra, caf\u00e9", False),            # other non-ASCII text is gated as usual
    (r"\bsister\b", "", False),
])
def test_may_match(pattern, text, may):
    rx = re.compile(pattern, re.IGNORECASE)
    gate = list_gate((rx,))
    assert gate.may_match(text) is may
    assert may or rx.search(text) is None


@pytest.mark.parametrize("text, searched", [
    ("my wife and I", [r"\bwife\b", r"[a-z]{3}\d"]),
    ("my husband", [r"[a-z]{3}\d", r"husband"]),       # in list order; an unreadable pattern is always searched
    ("nothing", [r"[a-z]{3}\d"]),
    ("my \u017fister's husband", [r"\bwife\b", r"[a-z]{3}\d", r"husband"]),    # a case twin: all of them
])
def test_candidates_keep_the_lists_order(text, searched):
    rxs = (re.compile(r"\bwife\b", I), re.compile(r"[a-z]{3}\d", I), re.compile(r"husband", I))
    assert [rx.pattern for rx in list_gate(rxs).candidates(text)] == searched


def test_a_list_with_no_readable_pattern_has_no_gate():
    assert list_gate((re.compile(r"[a-z]{3}\d", I), re.compile(r"\w+", I))) is None


def test_redundant_strings_are_dropped():
    rx = re.compile(r"(?:my client|clients|client)", I)
    assert ListGate((rx,)).entries == ((rx, ("client",)),)


def _texts() -> list[str]:
    out = []
    for line in DEVSET.read_text(encoding="utf-8").splitlines()[::25]:
        text = re.sub(r"<[^>]+>", " ", html.unescape(json.loads(line)["source"]))
        out.append(re.sub(r"\s+", " ", text)[:1200])
    return out


def _patterns(obj, seen: set, out: list) -> None:
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, re.Pattern):
        out.append(obj)
    elif isinstance(obj, dict):
        for v in obj.values():
            _patterns(v, seen, out)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for v in obj:
            _patterns(v, seen, out)
    elif hasattr(obj, "__dict__") and type(obj).__module__.startswith("footprint."):
        for v in vars(obj).values():
            _patterns(v, seen, out)


def test_no_lexicon_pattern_matches_where_its_gate_says_it_cannot():
    """Every compiled pattern of the detectors and their lexicons, over every 25th dev row's text."""
    from footprint.analysis.detect.detectors.registry import load_detectors
    detectors, lexicons = load_detectors()
    rxs: list[re.Pattern] = []
    _patterns([detectors, lexicons], set(), rxs)
    gated = [(rx, ListGate((rx,))) for rx in rxs if literal_needs(rx)]
    assert len(gated) > 300
    texts = _texts()
    skipped = 0
    for rx, gate in gated:
        for text in texts:
            if not gate.may_match(text):
                assert rx.search(text) is None, (rx.pattern, text[:200])
                skipped += 1
    assert skipped > len(gated) * len(texts) // 2     # mostly skipped, else the gate is only a cost


_SAID = ["Lunch with my clients today.", "Lunch with the dog.", "\u212aids at my clients'", "THE KIDS are up", "",
         "kidsclub", "our kids' school"]


def test_first_match_answers_as_the_searches_do_before_and_after_its_gate_is_made():
    rxs = (re.compile(r"\bthe\s+kids\b", I), re.compile(r"\bmy\s+clients?\b", I), re.compile(r"\bkids\b", I))
    texts = [f"{said} #{n}" for n in range(2 * GATE_AFTER) for said in _SAID]
    for text in texts:
        want = next((m for rx in rxs for m in [rx.search(text)] if m), None)
        got = first_match(rxs, text)
        assert (got and (got.re, got.span())) == (want and (want.re, want.span())), text
    assert cached_gate(rxs) is not None


def test_a_gate_is_made_only_after_a_lists_first_texts():
    rxs = (re.compile(r"\bwife\b", I),)
    assert [cached_gate(rxs) is None for _ in range(GATE_AFTER)] == [True] * GATE_AFTER
    assert isinstance(cached_gate(rxs), ListGate)


def test_a_detectors_patterns_that_may_match_are_those_whose_regex_matches():
    """Detector.may_match (and patterns_for) leave out only patterns whose regex finds nothing in the text."""
    from footprint.analysis.detect.detectors.registry import load_detectors
    detectors, _ = load_detectors()
    texts = _texts()
    left_out = 0
    for det in detectors:
        for _ in range(GATE_AFTER):
            det.may_match("warming up")       # the gate is made after a list's first texts
        for text in texts:
            kept = {id(p) for p in det.may_match(text)}
            for p in det.PATTERNS:
                if id(p) not in kept:
                    assert p.regex.search(text) is None, (det.name, p.id, text[:200])
                    left_out += 1
            assert [p.id for p in det.patterns_for(text)] == [
                p.id for p in det.PATTERNS if id(p) in kept and (p.requires is None or p.requires.search(text))]
    assert left_out > 1000
