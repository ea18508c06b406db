"""Parse a repeated text once: `nlp.pipe` over a stream of texts, reusing the Doc of a recent equal text.

Why: a scan sees the same words more than once (a boosted or cross-posted
post, the same bio on two profiles, a forum signature, a canned reply), and
spaCy's pipeline is the largest cost of the analysis. The pipeline's output
for a text does not depend on the texts around it, so a text equal to one
parsed recently gets that Doc (the same object: nothing after the pipeline
changes a Doc) instead of being parsed again; its detectors still run on it,
with their own item's context.

The cache is bounded by characters, not entries (a Doc costs about 0.35 MB
per 1,000 characters), and holds only short texts: long pages rarely repeat.
Both ends of the stream keep the same view of it: the input side decides
which texts to send to `nlp.pipe` by replaying, in the same order, the cache
operations the output side will make, so a text skipped as a repeat is
always still cached when its turn comes out.
"""
from __future__ import annotations

from collections import OrderedDict, deque
from typing import Hashable, Iterable, Iterator

CACHE_CHARS = 50_000     # about 18 MB of Docs
MAX_CHARS = 500          # longer texts are parsed every time


class _Lru:
    """Texts (with a value each) most recently used last, at most `budget` characters in all."""

    def __init__(self, budget: int):
        self.budget, self.used = budget, 0
        self.entries: OrderedDict[str, object] = OrderedDict()

    def take(self, text: str):
        """The value cached for `text` (made most recent)."""
        self.entries.move_to_end(text)
        return self.entries[text]

    def put(self, text: str, value) -> None:
        self.entries[text] = value
        self.used += len(text)
        while self.used > self.budget:
            old, _ = self.entries.popitem(last=False)
            self.used -= len(old)


def pipe_once(nlp, texts: Iterable[tuple[str, Hashable]], *, batch_size: int = 64, n_process: int = 1,
              cache_chars: int | None = None, max_chars: int | None = None) -> Iterator[tuple[object, Hashable]]:
    """(doc, context) for every (text, context), in order, as `nlp.pipe(..., as_tuples=True)` gives them,
    parsing a short text again only when it is not among the last `cache_chars` characters of distinct
    texts parsed (CACHE_CHARS and MAX_CHARS when not given; a cache of 0 parses every text)."""
    cache_chars = CACHE_CHARS if cache_chars is None else cache_chars
    max_chars = MAX_CHARS if max_chars is None else max_chars
    plan: deque[tuple[str, Hashable, bool]] = deque()      # (text, context, parsed?) in input order
    ahead = _Lru(cache_chars)                                # the input side's replay of `docs`

    def to_parse() -> Iterator[tuple[str, Hashable]]:
        for text, context in texts:
            short = len(text) <= max_chars
            repeat = short and text in ahead.entries
            if repeat:
                ahead.take(text)
            elif short:
                ahead.put(text, None)
            plan.append((text, context, not repeat))
            if not repeat:
                yield text, context

    docs = _Lru(cache_chars)

    def repeats_before_next() -> Iterator[tuple[object, Hashable]]:
        while plan and not plan[0][2]:
            text, context, _ = plan.popleft()
            yield docs.take(text), context

    for doc, context in nlp.pipe(to_parse(), batch_size=batch_size, n_process=n_process, as_tuples=True):
        yield from repeats_before_next()
        text, _, _ = plan.popleft()             # this doc's own entry
        if len(text) <= max_chars:
            docs.put(text, doc)
        yield doc, context
    yield from repeats_before_next()
