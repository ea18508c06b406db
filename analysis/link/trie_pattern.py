"""One regex for many literal strings, as a trie: the longest string that fits wins, as in a longest-first alternation.

An alternation of hundreds of names ("Sarah Kelly|Sarah|Saz|...") makes Python's
`re` try every alternative at every position of every text, so scanning a scan's
texts for its people grew with texts x names. The same strings as a trie
("Sa(?:rah(?: Kelly)?|z)") try one branch per character. Each node's children
come first and the end of a string last, so at one position the regex still
prefers the longest string and backtracks to shorter ones, exactly as the
alternation sorted longest first does (what follows the group, a boundary, is
tried after each).
"""
from __future__ import annotations

import re
from typing import Iterable

_END = ""


def trie_pattern(strings: Iterable[str]) -> str:
    """A regex body (no group) matching the same strings as `"|".join(sorted(strings, key=len, reverse=True))`
    escaped, with the same preference at each position."""
    root: dict = {}
    for s in strings:
        if not s:
            continue
        node = root
        for ch in s:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _body(root) if root else "(?!)"


def _body(node: dict) -> str:
    branches = [re.escape(ch) + _body(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    alt = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:                      # a string ends here: the longer ones first (greedy), then this one
        return "(?:" + alt + ")?"
    return alt
