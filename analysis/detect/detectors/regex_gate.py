"""A literal gate for a list of regexes: when the text holds none of the words some pattern must match, skip them.

Why: `first_match` asks lists of up to 59 case-insensitive patterns about every post, and almost every
answer is "no match" (a post about the dog is not about "my clients"): 8 % of extraction's main thread was
those searches. Each pattern is read once with Python's own regex parser for the literal strings one of which
every match must contain (`\\b(?:my|our)\\s+clients?\\b` needs "client"); when the lower-cased text contains
none of a list's strings, no pattern of the list can match and the search is skipped. Otherwise the patterns
are searched as before, so the answer is always the same. Each pattern is gated on its own, so a long list
searches only the few patterns whose words the text holds, in the list's order.

Sound by construction: only ASCII literals are used, compared in lower case (a case-sensitive pattern's match
contains its literal as written, so the lower-cased text contains it lower-cased too); the four non-ASCII
characters Python's case-insensitive matching takes for an ASCII letter (İ ı ſ K, `CASE_TWINS`) switch the gate
off for a text holding one. A pattern whose needs cannot be read (a class, nothing literal) is always searched.
Which strings a text holds is found once per text for every gate at once (needle_index.py), then read with a
set intersection; a gate the index has not taken in yet tests its strings one by one (the same answer).
"""
from __future__ import annotations

import re
from typing import Any, Callable, Iterator, Sequence

from footprint.analysis.detect.detectors.needle_index import INDEX

try:                                         # Python 3.11+
    from re import _constants as _c, _parser as _p
except ImportError:                          # pragma: no cover - Python 3.10
    import sre_constants as _c               # type: ignore[no-redef]
    import sre_parse as _p                   # type: ignore[no-redef]

# Non-ASCII characters that a case-insensitive pattern matches with an ASCII letter (tests check the list).
CASE_TWINS = frozenset("\u0130\u0131\u017f\u212a")
MAX_STRINGS = 32          # a run of literals through small classes ("m[ou]m") expands to at most this many strings
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT) + ((_c.POSSESSIVE_REPEAT,) if hasattr(_c, "POSSESSIVE_REPEAT") else ())
_GROUPS = (_c.ATOMIC_GROUP,) if hasattr(_c, "ATOMIC_GROUP") else ()

Needs = frozenset  # of lower-case ASCII strings: every match contains at least one of them


def _chars(op, av) -> list[str] | None:
    """The characters a single-character item matches, when they are a few ASCII literals."""
    if op is _c.LITERAL and av < 128:
        return [chr(av).lower()]
    if op is _c.IN and all(o is _c.LITERAL and a < 128 for o, a in av) and len(av) <= 8:
        return sorted({chr(a).lower() for o, a in av})
    return None


def _better(a: Needs | None, b: Needs | None) -> Needs | None:
    """The more selective of two needs: longer shortest string, then fewer strings."""
    if a is None or not a or min(map(len, a)) == 0:
        return b
    if b is None or not b or min(map(len, b)) == 0:
        return a
    return max(a, b, key=lambda n: (min(map(len, n)), -len(n)))


def _needs(items) -> Needs | None:
    """What every match of a parsed sequence must contain (None: nothing known)."""
    best: Needs | None = None
    run: set[str] | None = None         # the literal strings of the current run of single-character items

    def close() -> None:
        nonlocal best, run
        if run:
            best = _better(best, frozenset(run))
        run = None

    for op, av in items:
        chars = _chars(op, av)
        if chars is not None:
            grown = {s + ch for s in (run or {""}) for ch in chars}
            if len(grown) > MAX_STRINGS:
                close()
                grown = set(chars)
            run = grown
            continue
        close()
        if op is _c.SUBPATTERN:
            best = _better(best, _needs(av[-1]))
        elif op in _GROUPS:
            best = _better(best, _needs(av))
        elif op in _REPEATS and av[0] >= 1:
            best = _better(best, _needs(av[2]))
        elif op is _c.BRANCH:
            alts = [_needs(alt) for alt in av[1]]
            if all(a for a in alts):
                best = _better(best, frozenset().union(*alts))
        # anything else (anchors, classes, lookarounds, optional parts): no requirement, the run ends
    close()
    return best


def literal_needs(rx: re.Pattern) -> Needs | None:
    """Lower-case ASCII strings one of which is in every text `rx` matches (None when unknown)."""
    if not isinstance(rx.pattern, str) or rx.flags & re.LOCALE:
        return None
    try:
        needs = _needs(_p.parse(rx.pattern, rx.flags))
    except Exception:          # noqa: BLE001 - an unreadable pattern only loses its gate
        return None
    return needs if needs and min(map(len, needs)) > 0 else None


class ListGate:
    """The patterns of a list that may match a text, in list order: a pattern whose needs are known is left out
    of a text that holds none of them (it cannot match there); one whose needs are unknown is always kept."""

    def __init__(self, rxs: Sequence, regex: Callable[[Any], re.Pattern] | None = None):
        """`rxs`: the patterns, or rules whose pattern `regex(rule)` gives (then the rules are what it yields)."""
        self.entries = tuple((rx, _minimal(needs) if needs else None)
                             for rx in rxs for needs in [literal_needs(regex(rx) if regex else rx)])
        self.gated = any(needs for _, needs in self.entries)
        # for the shared index (needle_index.py): each string's entries, and the entries always searched
        self.by_string: dict[str, list[int]] = {}
        for i, (_, needs) in enumerate(self.entries):
            for s in needs or ():
                self.by_string.setdefault(s, []).append(i)
        self.strings = frozenset(self.by_string)
        self.free = tuple(i for i, (_, needs) in enumerate(self.entries) if needs is None)
        self.indexed_from = INDEX.register(self.strings) if self.gated else 0

    def candidates(self, text: str) -> Iterator:
        if not text.isascii() and not CASE_TWINS.isdisjoint(text):
            yield from (rx for rx, _ in self.entries)
            return
        low = text.lower()
        if INDEX.version >= self.indexed_from:
            hit = self.strings.intersection(INDEX.present(low))
            if hit:
                picked = set(self.free)
                for s in hit:
                    picked.update(self.by_string[s])
                yield from (self.entries[i][0] for i in sorted(picked))
            else:
                yield from (self.entries[i][0] for i in self.free)
            return
        INDEX.answered_unindexed()
        for rx, needs in self.entries:
            if needs is None or any(s in low for s in needs):
                yield rx

    def may_match(self, text: str) -> bool:
        """False only when no pattern of the list can match `text`."""
        return next(self.candidates(text), None) is not None


def _minimal(strings: frozenset[str]) -> tuple[str, ...]:
    """The strings without those containing another: the shorter one is found wherever the longer is."""
    return tuple(sorted(s for s in strings if not any(o != s and o in s for o in strings)))


def list_gate(rxs: Sequence, regex: Callable[[Any], re.Pattern] | None = None) -> ListGate | None:
    """The gate for a list of patterns (or rules, see ListGate), or None when no pattern has readable needs."""
    gate = ListGate(rxs, regex)
    return gate if gate.gated else None


GATES_SIZE = 1024
GATE_AFTER = 200          # texts a list is asked about before its gate is made (reading a pattern costs ~0.3 ms)
_GATES: dict[tuple[int, bool], list] = {}       # key -> [list, texts asked about, gate or None]


def cached_gate(rxs: Sequence, regex: Callable[[Any], re.Pattern] | None = None) -> ListGate | None:
    """`list_gate`, made once per list, after the list's first GATE_AFTER texts (a short run, the demo's,
    would spend more reading its patterns than searching them), and kept with the list so its id is not
    reused meanwhile; bounded. The lists asked about are the detectors' and lexicons' tuples, made once."""
    key = (id(rxs), regex is None)
    hit = _GATES.get(key)
    if hit is None or hit[0] is not rxs:
        if len(_GATES) >= GATES_SIZE:
            _GATES.clear()
        hit = _GATES[key] = [rxs, 0, None]
    if hit[1] < GATE_AFTER:
        hit[1] += 1
        if hit[1] == GATE_AFTER:
            hit[2] = list_gate(rxs, regex)
        return None
    return hit[2]
