"""The crawler child never outlives the process that started it.

Called first thing in the child: on Linux the kernel sends it SIGKILL when
its parent dies (prctl PR_SET_PDEATHSIG), even if the parent was killed with
SIGKILL and could not clean up; elsewhere a watchdog thread notices that the
parent changed. SIGKILL and not SIGTERM: a graceful Scrapy shutdown would
close the spider and record half-crawled profiles as complete. The store is
written in transactions, so a killed child leaves it consistent.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import threading
import time

PR_SET_PDEATHSIG = 1


def _pdeathsig() -> bool:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int, every: float) -> None:
    while True:
        if os.getppid() != parent:
            os._exit(70)
        time.sleep(every)


def die_with_parent(parent: int | None = None, every: float = 1.0) -> None:
    """Tie this process's life to `parent` (default: the current parent process)."""
    parent = parent or os.getppid()
    _pdeathsig()
    if os.getppid() != parent:   # the parent died before prctl took effect
        os._exit(70)
    threading.Thread(target=_watch, args=(parent, every), name="lifeline", daemon=True).start()
