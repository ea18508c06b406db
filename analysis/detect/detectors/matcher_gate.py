"""Which docs a set of spaCy token patterns cannot match at all, told from the doc's words alone.

Why: spaCy's `Matcher` walks every token of every doc through every pattern's states, checking each
token's predicates (people_forms.jsonl's 57 forms: about 12 % of extraction's main-thread CPU on the
5,000-post benchmark), yet most posts hold none of the words a form needs ("husband", "married", "crew").
A token of a pattern that must appear (no `OP`, or `+`) with a literal `LOWER`, `ORTH` or `TEXT`
(one word or an `IN` list) is a word the doc must contain for that pattern to match. When, for every
pattern, some such word is missing from the doc, the Matcher would return nothing, so it need not run.
When any pattern could match, the whole Matcher runs as before: its matches are exactly what they were.
A pattern without a literal required token makes every doc possible (the gate then never skips).
"""
from __future__ import annotations

from typing import Iterable

from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id

_REQUIRED_OPS = (None, "+")       # "?", "*", "!" and "{n,m}" forms may match no token: not used as a need
_ATTRS = {"LOWER": 0, "ORTH": 1, "TEXT": 1}     # column in doc.to_array([LOWER, ORTH])


def _literal(token: dict) -> tuple[int, frozenset[int]] | None:
    """(column, word hashes) of a required token's literal words, or None."""
    token = {str(k).upper(): v for k, v in token.items()}
    if token.get("OP") not in _REQUIRED_OPS:
        return None
    for key, col in _ATTRS.items():
        value = token.get(key)
        if isinstance(value, str):
            return col, frozenset({get_string_id(value)})
        if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(w, str) for w in value["IN"]):
            return col, frozenset(get_string_id(w) for w in value["IN"])
    return None


class MatcherGate:
    """`may_match(doc)`: False only when no pattern can match in the doc (every pattern misses a word it needs)."""

    def __init__(self, patterns: Iterable[list[dict]]):
        self.needs: list[list[tuple[int, frozenset[int]]]] = []
        self.always = False
        for pattern in patterns:
            need = [lit for lit in map(_literal, pattern) if lit is not None]
            if not need:
                self.always = True
            self.needs.append(need)

    def may_match(self, doc) -> bool:
        if self.always or not self.needs:
            return self.always
        if len(doc) == 0:
            return False
        arr = doc.to_array([LOWER, ORTH])
        words = (set(arr[:, 0].tolist()), set(arr[:, 1].tolist()))
        return any(all(not ws.isdisjoint(words[col]) for col, ws in need) for need in self.needs)
