"""The shared index of the regex gates' strings: the same strings found as `in` finds them, the same candidates."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from footprint.analysis.detect.detectors import regex_gate
from footprint.analysis.detect.detectors.needle_index import REBUILD_AFTER, NeedleIndex, trie_pattern
from footprint.analysis.detect.detectors.regex_gate import ListGate

I = re.IGNORECASE


def _found(strings, low: str) -> set[str]:
    index = NeedleIndex()
    index.register(strings)
    index._build()
    return set(index.present(low))


@pytest.mark.parametrize("strings, text", [
    (["client", "clients", "cli"], "my clients"),                 # prefixes of the longest at a position
    (["ab", "b", "abc"], "xabcx"),                                 # one inside another, not a prefix
    (["wife", "ex-wife", "(c)", "a.b"], "my ex-wife (c) a.b"),   # regex metacharacters are literal
    (["son", "sonny", "on"], "sonn"),                              # a longer string that fails part-way
    (["kid", "kids"], "no children here"),
    (["aa"], "aaaa"),                                              # overlapping occurrences
])
def test_present_strings_are_those_the_text_contains(strings, text):
    assert _found(strings, text) == {s for s in strings if s in text}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("abc.-", min_size=1, max_size=5), min_size=1, max_size=12),
       st.text("abc.- x", max_size=40))
def test_present_strings_match_in_tests_for_any_strings(strings, text):
    assert _found(strings, text) == {s for s in strings if s in text}


def test_the_trie_is_one_lookahead_group():
    rx = re.compile(trie_pattern(["my", "myself", "mum"]))
    assert [m.group(1) for m in rx.finditer("myself mum")] == ["myself", "mum"]


_RXS = (re.compile(r"\bthe\s+kids\b", I), re.compile(r"\bmy\s+clients?\b", I), re.compile(r"[0-9]{4}"),
        re.compile(r"\b(?:wife|husband)\b", I), re.compile(r"\bkids\b", I), re.compile(r"\bex-wife\b", I))
_TEXTS = ["Lunch with my clients today.", "Lunch with the dog.", "\u212aids at my clients'", "THE KIDS are up", "",
          "kidsclub", "our kids' school", "my ex-wife and her husband", "Room 1234, the wife", "clientele"]


def _brute(gate: ListGate, text: str) -> list:
    if not text.isascii() and not regex_gate.CASE_TWINS.isdisjoint(text):
        return [rx for rx, _ in gate.entries]
    low = text.lower()
    return [rx for rx, needs in gate.entries if needs is None or any(s in low for s in needs)]


def test_candidates_are_the_same_before_and_after_the_index_takes_the_gate_in(monkeypatch):
    index = NeedleIndex()
    monkeypatch.setattr(regex_gate, "INDEX", index)
    gate = ListGate(_RXS)
    assert index.version < gate.indexed_from            # not indexed yet: answered by `in` tests
    before = [list(gate.candidates(t)) for t in _TEXTS]
    for _ in range(REBUILD_AFTER):
        list(gate.candidates("nothing to see"))
    assert index.version >= gate.indexed_from           # rebuilt once enough texts were answered
    after = [list(gate.candidates(t)) for t in _TEXTS]
    assert before == after == [_brute(gate, t) for t in _TEXTS]
    assert [rx.pattern for rx in after[7]] == [r"[0-9]{4}", r"\b(?:wife|husband)\b", r"\bex-wife\b"]   # list order


def test_no_rebuild_for_a_short_run(monkeypatch):
    index = NeedleIndex()
    monkeypatch.setattr(regex_gate, "INDEX", index)
    gate = ListGate(_RXS)
    for _ in range(REBUILD_AFTER - 1):
        list(gate.candidates("a short run"))
    assert index.version == 0 and index.pending == gate.strings


def test_every_detector_gate_gives_the_same_candidates_through_the_index(monkeypatch):
    """Every compiled pattern list of the detectors and lexicons, gated, over every 25th dev row's text."""
    from test_regex_gate import _patterns, _texts
    from footprint.analysis.detect.detectors.registry import load_detectors
    index = NeedleIndex()
    monkeypatch.setattr(regex_gate, "INDEX", index)
    detectors, lexicons = load_detectors()
    rxs: list[re.Pattern] = []
    _patterns([detectors, lexicons], set(), rxs)
    gates = [ListGate(tuple(rxs[k:k + 40])) for k in range(0, len(rxs), 40)]
    index._build()
    assert all(index.version >= g.indexed_from for g in gates)
    for text in _texts():
        for gate in gates:
            assert list(gate.candidates(text)) == _brute(gate, text), text[:80]
