"""Take an iterator's items in a worker thread, a bounded number ahead of the caller: spaCy parses there.

Why: after the crawl, extraction runs spaCy's `nlp.pipe`, the item facts and
the detectors on the main thread, and only MiniLM's embedding in a worker
(embed_overlap.py). spaCy's costly parts (the NER's transition loop, tok2vec's
matrix products) run without the GIL, so parsing the next batch in another
thread lets the machine's second core do them while the main thread runs the
detectors on Docs already parsed. Nothing else changes: the items come out in
the iterator's order, each once, and a Doc is handed over only when
`nlp.pipe` has finished it; the worker is the only thread that runs the
pipeline (and so adds to its vocabulary), the main thread only reads Docs.
At most `depth` items wait in the queue (one `nlp.pipe` batch: a few MB of
Docs), so memory stays bounded whatever the number of items.
"""
from __future__ import annotations

import queue
import signal
import threading
from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")

_END = object()
_POLL_S = 0.1          # how often a blocked worker looks whether the caller stopped reading


def ahead(items: Iterable[T], depth: int) -> Iterator[T]:
    """`items`, in order, taken from the iterator in a worker thread up to `depth` items ahead of the caller.

    The worker's error is raised in the caller where its item would have come. When the caller stops early
    (closes this generator, or drops it), the worker stops at its next item."""
    box: queue.Queue = queue.Queue(maxsize=max(1, int(depth)))
    stop = threading.Event()

    def put(entry: tuple) -> bool:
        while not stop.is_set():
            try:
                box.put(entry, timeout=_POLL_S)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        # Signals must reach the main thread at once (see cli/warmup.py): this thread has no use for them.
        if hasattr(signal, "pthread_sigmask"):
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM, signal.SIGHUP})
        try:
            for item in items:
                if not put((item, None)):
                    return
            put((_END, None))
        except BaseException as exc:     # noqa: BLE001 - handed to the caller, raised there
            put((_END, exc))

    worker = threading.Thread(target=run, name="fp-parse", daemon=True)
    worker.start()
    try:
        while True:
            item, error = box.get()
            if item is _END:
                if error is not None:
                    raise error
                return
            yield item
    finally:
        stop.set()
        worker.join()
