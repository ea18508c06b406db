"""trie_pattern must find what the longest-first alternation of the same names finds (people.link's names_rx)."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.analysis.link.trie_pattern import trie_pattern


def _alternation(forms) -> re.Pattern:
    return re.compile(r"(?<![\w@])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                      + r")(?![\w@])")


def _trie(forms) -> re.Pattern:
    return re.compile(r"(?<![\w@])(" + trie_pattern(forms) + r")(?![\w@])")


def _found(rx: re.Pattern, text: str) -> list:
    return [(m.span(), m.group(1)) for m in rx.finditer(text)]


@pytest.mark.parametrize("forms, text, expected", [
    ({"Sarah", "Sarah Kelly", "Saz"}, "Sarah Kelly and Saz met Sarah Chen.",
     ["Sarah Kelly", "Saz", "Sarah"]),
    ({"Tom", "Tommo", "@tommo.r"}, "Tommo (@tommo.r) beat Tom; Tomas did not.", ["Tommo", "@tommo.r", "Tom"]),
    ({"Sam", "Sam Lee"}, "Sam Leeson came, then Sam Lee.", ["Sam", "Sam Lee"]),     # backs off to the shorter
    ({"Ana", "Anabel"}, "Anabelle, Anabel's and Ana.", ["Anabel", "Ana"]),
    ({"Jo (Joanne)", "Zoë"}, "Jo (Joanne) and Zoë.", ["Jo (Joanne)", "Zoë"]),
    (set(), "Nobody here.", []),
])
def test_same_names_as_the_alternation(forms, text, expected):
    assert [g for _, g in _found(_trie(forms), text)] == expected
    assert _found(_trie(forms), text) == _found(_alternation(forms), text) if forms else True


@settings(max_examples=300, deadline=None)
@given(st.sets(st.text(alphabet="SsaA rh@.-(é", min_size=1, max_size=6), min_size=1, max_size=12),
       st.lists(st.text(alphabet="SsaA rh@.-(éxy", max_size=40), min_size=1, max_size=5))
def test_any_names_any_text(forms, texts):
    trie, alternation = _trie(forms), _alternation(forms)
    for text in texts:
        assert _found(trie, text) == _found(alternation, text)
