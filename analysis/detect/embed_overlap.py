"""Embed a window's candidate passages in a worker thread while the main thread parses and detects.

Why: extraction alternated three steps on one core: spaCy parses a window of
items, MiniLM embeds the window's candidate passages (`learned.candidates`), the
detectors run. The embedding is ONNX Runtime's `session.run`, which releases
the GIL, and after the crawl the machine's other core is idle; so window k's
passages are embedded in one worker thread while the main thread parses
window k+1 and runs window k-1's detectors. A window is handed on only once
its own passages are embedded, so the detectors find every vector in the
encoder's cache as before (a vector is the same bits whichever thread or batch
computed it: `embed.SentenceEncoder.encode_ahead`). Nothing else changes order:
each window's item facts and candidates are still computed in the main thread,
in window order, before its detectors run.
"""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable, Iterable, Iterator, TypeVar

W = TypeVar("W")


def candidate_texts(ctxs: Iterable, with_backstop: bool = False) -> list[str]:
    """The contexts' candidate passages as the sentence model reads them (rank shorthand spelled out,
    `meaning.model_texts`, so `learned.verdicts` finds their vectors), and with `with_backstop` every passage
    the learned backstop reads (backstop.passages_of), computed in the caller's thread."""
    from footprint.analysis.detect import backstop
    from footprint.analysis.detect.detectors import learned
    from footprint.analysis.detect.meaning import model_texts
    ctxs = list(ctxs)
    texts = [s.text for ctx in ctxs for s in learned.candidates(ctx)]
    if with_backstop:
        texts += [s.text for ctx in ctxs for s in backstop.passages_of(ctx)]
    return model_texts(list(dict.fromkeys(texts)))


def encode_texts(texts: list[str]) -> int:
    """`encode_ahead` on the process's encoder (loaded on first use); nothing to do for no texts."""
    if not texts:
        return 0
    from footprint.analysis.detect import embed
    return embed.encoder().encode_ahead(texts)


def overlapped(windows: Iterable[W], prepare: Callable[[W], list[str]],
               encode: Callable[[list[str]], int] | None = encode_texts) -> Iterator[W]:
    """Each window, in order, once `encode(prepare(window))` has finished; the next window is taken
    (parsed) and prepared, and its encoding started, before a window is handed on. Without `encode`
    (no detector reads meaning) each window is prepared and handed on at once, with no thread."""
    if encode is None:
        for window in windows:
            prepare(window)
            yield window
        return
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="fp-embed") as pool:
        pending: tuple[W, Future] | None = None
        for window in windows:
            job = pool.submit(encode, prepare(window))
            if pending is not None:
                pending[1].result()              # re-raises the worker's error here
                yield pending[0]
            pending = (window, job)
        if pending is not None:
            pending[1].result()
            yield pending[0]
