"""The crawler child process (issue 10, rows 2 and 6): it opens no listening socket, and it never
outlives the scan that started it: SIGTERM/SIGINT stop it and mark the scan interrupted, and a
parent killed outright takes the child with it."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from footprint.crawler.consent import load_consent
from footprint.crawler.localsite import LocalSite
from footprint.crawler.runner import crawl
from footprint.crawler.store import Store
from tests.conftest import consent_toml
from tests.fault_scenarios import SETTINGS
from tests.hardening_site import SUBJECT, alive, blog_routes, children, listening_sockets, wait_for

ROOT = Path(__file__).resolve().parents[1]


def _consent(tmp_path: Path, site: LocalSite) -> Path:
    path = tmp_path / "consent.toml"
    path.write_text(consent_toml([{"url": site.base + "/blog/"}], name=SUBJECT), encoding="utf-8")
    return path


def test_crawl_child_listens_on_no_socket(tmp_path):
    """Scrapy's RemoteControl (an HTTP endpoint that runs Python) and telnet console are off: while
    the child is fetching, /proc shows no socket of it in LISTEN state."""
    seen: dict[str, list] = {}
    pid: list[int] = []

    routes = blog_routes()
    serve_post = routes["/blog/posts/1/"]

    def inspect_then_serve(h):
        if pid and "sockets" not in seen:
            seen["sockets"] = listening_sockets(pid[0])
        serve_post(h)

    routes["/blog/posts/1/"] = inspect_then_serve
    with LocalSite(tmp_path, routes=routes) as site:
        consent = load_consent(_consent(tmp_path, site), allow_local=True)
        result = crawl(consent, tmp_path / "fp.sqlite3", allow_local=True, no_throttle=True, settings=SETTINGS,
                       on_start=pid.append)
    assert result.counts["post"] >= 3
    assert "sockets" in seen, "the post page was never fetched while the child ran"
    assert seen["sockets"] == []


def _ignore_sigint():            # as a shell does for a background job: Python then starts with SIGINT ignored
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def settled_log_length(site, quiet_s: float = 0.6, limit_s: float = 10.0) -> int:
    """The request log's length once no entry has been added for `quiet_s` (three slow-route delays):
    requests already in flight when the crawl stopped are answered, and logged, after it."""
    start = last_change = time.monotonic()
    count = len(site.log)
    while time.monotonic() - start < limit_s and time.monotonic() - last_change < quiet_s:
        time.sleep(0.05)
        if len(site.log) != count:
            count, last_change = len(site.log), time.monotonic()
    return count


@pytest.mark.parametrize("sig, preexec", [(signal.SIGTERM, None), (signal.SIGINT, None),
                                          (signal.SIGINT, _ignore_sigint)],
                         ids=["SIGTERM", "SIGINT", "SIGINT-inherited-ignored"])
def test_signal_to_scan_stops_the_crawl_and_marks_it_interrupted(tmp_path, sig, preexec):
    with LocalSite(tmp_path, routes=blog_routes(n_extra=60, delay=0.2)) as site:
        consent, db = _consent(tmp_path, site), tmp_path / "fp.sqlite3"
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        proc = subprocess.Popen([sys.executable, "-m", "footprint.cli", "scan", str(consent), "--out", str(tmp_path / "out"),
                                 "--db", str(db), "--allow-local"], cwd=tmp_path, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=preexec)
        kids: list[int] = []
        try:
            assert wait_for(lambda: len(site.requested("/blog/")) > 0 and bool(children(proc.pid)), 60)
            kids = children(proc.pid)
            assert wait_for(lambda: any(p.startswith("/blog/posts/") for _, p, *_ in site.log), 60)
            proc.send_signal(sig)
            _, err = proc.communicate(timeout=60)
            assert proc.returncode != 0, err
            assert "interrupted" in err and "Traceback" not in err, err
            assert wait_for(lambda: not any(alive(k) for k in kids), 15), "crawler child outlived the scan"
            count = settled_log_length(site)    # a slow page asked for before the stop is logged when answered
            wait_for(lambda: False, 1.0)        # a second in which an orphan would keep fetching
            assert len(site.log) == count
        finally:
            for k in kids:
                if alive(k):
                    os.kill(k, signal.SIGKILL)
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    with Store(db) as store:
        (scan,) = store.scans(SUBJECT)
    assert scan["status"] == "interrupted"
    assert not (tmp_path / "out" / "report.json").exists()


def test_parent_killed_outright_takes_the_child_with_it(tmp_path):
    """SIGKILL gives the parent no chance to clean up: the child's PR_SET_PDEATHSIG does."""
    with LocalSite(tmp_path, routes=blog_routes(n_extra=60, delay=0.2)) as site:
        consent, db = _consent(tmp_path, site), tmp_path / "fp.sqlite3"
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        proc = subprocess.Popen([sys.executable, "-m", "footprint.cli", "crawl", str(consent), "--db", str(db),
                                 "--allow-local"], cwd=tmp_path, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        kids: list[int] = []
        try:
            assert wait_for(lambda: any(p.startswith("/blog/posts/") for _, p, *_ in site.log), 60)
            kids = children(proc.pid)
            assert kids
            proc.kill()
            proc.wait()
            assert wait_for(lambda: not any(alive(k) for k in kids), 15), "crawler child outlived its parent"
        finally:
            for k in kids:
                if alive(k):
                    os.kill(k, signal.SIGKILL)
