"""Which of the regex gates' literal strings a text holds, found once per text for every gate at once.

Why: each `ListGate` (regex_gate.py) asked its own strings about a text one `in` test at a time (a gate of
38 patterns has 306 strings), and a post's sentences are asked about by some 50 lists: about a tenth of
extraction's main thread was those tests (cProfile, bench_analysis's 4,000 posts). Here the strings of every
gate registered so far are one regex, a trie of alternatives inside a lookahead, which finds at each position
of the lower-cased text the longest string that starts there; the strings present are those and their
prefixes among the strings (a string present at a position is a prefix of the longest one present there), so
the set is exact. It is kept for the last texts asked about, and a gate then reads it with a set
intersection.

The index is rebuilt to take in newly registered gates (gates are made after their list's first 200 texts,
so most arrive early), but only once the not yet indexed gates have answered `REBUILD_AFTER` texts the old
way, so a short run (the demo) never pays for a compile it would not earn back. Until then such a gate
answers with its own `in` tests: same answer either way.
"""
from __future__ import annotations

import re
from typing import Iterable

REBUILD_AFTER = 2000         # answers by `in` tests (about 10-40 us each) that pay for one compile (~50 ms)
CACHE_TEXTS = 2048           # texts whose present strings are kept (cleared when full): about 1 MB
_NONE: frozenset[str] = frozenset()


def trie_pattern(strings: Iterable[str]) -> str:
    """A lookahead whose group 1 is the longest of `strings` starting at the position it is tried at."""
    trie: dict = {}
    for s in strings:
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        kids = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        return f"(?:{body})?" if "" in node else body      # greedy: a longer string is tried first
    return "(?=(" + build(trie) + "))"


class NeedleIndex:
    """The strings of the registered gates, and for a lower-cased text the set of those it contains."""

    def __init__(self) -> None:
        self.pending: set[str] = set()          # strings of gates registered since the last build
        self.strings: frozenset[str] = frozenset()
        self.version = 0                        # a gate is indexed when its strings are in a build >= its own
        # (regex, each string's prefixes among the strings, texts' present strings): replaced as one
        self._built: tuple[re.Pattern | None, dict[str, tuple[str, ...]], dict[str, frozenset[str]]] = (None, {}, {})
        self._unindexed_answers = 0

    def register(self, strings: Iterable[str]) -> int:
        """Take in a gate's strings; returns the version from which they are indexed."""
        new = set(strings) - self.strings
        self.pending |= new
        return self.version + 1 if new else self.version

    def answered_unindexed(self) -> None:
        """A not yet indexed gate answered a text by its own tests: rebuild once enough have."""
        self._unindexed_answers += 1
        if self._unindexed_answers >= REBUILD_AFTER and self.pending:
            self._build()

    def _build(self) -> None:
        strings = self.strings | self.pending
        prefixes = {s: tuple(s[:k] for k in range(1, len(s) + 1) if s[:k] in strings) for s in strings}
        self._built = (re.compile(trie_pattern(sorted(strings))), prefixes, {})
        self.strings, self.pending = frozenset(strings), set()
        self._unindexed_answers = 0
        self.version += 1

    def present(self, low: str) -> frozenset[str]:
        """The indexed strings that `low` (a lower-cased text) contains."""
        rx, prefixes, cache = self._built
        hit = cache.get(low)
        if hit is None:
            longest = {m.group(1) for m in rx.finditer(low)} if rx is not None else ()
            hit = frozenset(p for s in longest for p in prefixes[s]) if longest else _NONE
            if len(cache) >= CACHE_TEXTS:
                cache.clear()
            cache[low] = hit
        return hit


INDEX = NeedleIndex()
