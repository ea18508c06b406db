"""Run a consented crawl from a library call: record the scan, crawl in a child process, finish.

The crawl runs in a child Python process because Twisted's reactor cannot be
restarted in one process; the child reports progress as JSON lines that
`on_event` receives. The child runs in its own process group and dies with
its parent (crawler.lifeline). Ctrl-C (SIGINT) or SIGTERM/SIGHUP stop the
child, mark the scan 'interrupted' (its stored items are kept) and raise
CrawlInterrupted (SIGINT: KeyboardInterrupt) to the caller.
"""
from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from footprint.crawler.consent import Consent
from footprint.crawler.sealing import PASSPHRASE_ENV
from footprint.crawler.store import Store



class CrawlError(RuntimeError):
    """The crawl process failed (not a profile failing: those are statuses)."""


class CrawlInterrupted(Exception):
    """The crawl was stopped by a signal; the scan is marked interrupted."""

    def __init__(self, signum: int):
        self.signum = signum
        super().__init__(f"stopped by {signal.Signals(signum).name}; the scan is marked interrupted "
                         "and stored data is kept")


@contextmanager
def _signals_raise() -> Iterator[None]:
    """While the crawl runs, SIGTERM and SIGHUP raise CrawlInterrupted and SIGINT KeyboardInterrupt, so
    the child is stopped and the scan marked, not orphaned. SIGINT's handler is set here too: Python
    leaves SIGINT ignored when the process that started it ignored it (a background job, a test runner's
    worker), and a Ctrl-C or `kill -INT` would then be lost while the crawl went on."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum, _frame):
        raise CrawlInterrupted(signum)

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGHUP)}
    previous[signal.SIGINT] = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _lines(fd: int, tick: float = 0.25) -> Iterator[bytes]:
    """The child's output lines. The read wakes every `tick` even when the child is quiet: a signal the
    kernel handed to another thread (a progress display's, the warm-up's) is only acted on when the main
    thread runs Python, and a read blocked on a quiet child would otherwise hold it off."""
    buf = b""
    while True:
        if not select.select([fd], [], [], tick)[0]:
            continue
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        buf += chunk
        *lines, buf = buf.split(b"\n")
        yield from lines
    if buf:
        yield buf


def _stop(proc: subprocess.Popen) -> None:
    """Kill the child and anything it started (its own process group)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()
    proc.wait()


@dataclass
class CrawlResult:
    scan_id: int
    profiles: list[dict[str, Any]]
    counts: dict[str, int]


def crawl(consent: Consent, db_path: str | Path, *, allow_local: bool = False, max_pages: int = 200,
          no_throttle: bool = False, settings: dict[str, Any] | None = None, passphrase: str | None = None,
          on_event: Callable[[dict], None] | None = None,
          on_start: Callable[[int], None] | None = None) -> CrawlResult:
    """Crawl every profile of an already validated consent into the store at `db_path`.

    `on_start(pid)` is called with the child process id once it runs (tests kill it to
    check that an interrupted crawl leaves a consistent store).
    """
    db_path = Path(db_path).resolve()   # the child runs elsewhere: a relative path would be another file
    with Store(db_path, passphrase) as store:
        scan_id = store.start_scan(consent)
        key = store.key     # the derived key goes to the child on stdin: never in argv or its environment
    job = {"db": str(db_path), "scan_id": scan_id, "subject": consent.subject, "allow_local": allow_local,
           "max_pages": max_pages, "no_throttle": no_throttle, "settings": settings or {},
           "profiles": [{"url": p.url, "platform": p.platform} for p in consent.profiles],
           "store_key": key.hex() if key else None}
    env = dict(os.environ)      # the child imports the installed footprint package, from any folder
    env.pop(PASSPHRASE_ENV, None)
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as log, _signals_raise(), \
            subprocess.Popen([sys.executable, "-m", "footprint.crawler.run"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=log, text=True, env=env, process_group=0) as proc:
        try:
            if on_start is not None:
                on_start(proc.pid)
            proc.stdin.write(json.dumps(job))
            proc.stdin.close()
            for line in _lines(proc.stdout.fileno()):
                try:
                    event = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if on_event is not None:
                    on_event(event)
            code = proc.wait()
        except BaseException:
            _stop(proc)
            with Store(db_path) as store:
                store.interrupt_scan(scan_id)
            raise
        if code != 0:
            log.seek(0)
            lines = [l for l in log.read().splitlines() if l.strip()]
            raise CrawlError(f"crawl process failed (exit {code}): {lines[-1] if lines else 'no output'}")
    with Store(db_path) as store:
        profiles = store.profile_statuses(scan_id)
        counts = store.counts(scan_id)
        store.finish_scan(scan_id)
    return CrawlResult(scan_id, profiles, counts)
