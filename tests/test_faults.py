"""Hostile servers: every fault in tests/fault_scenarios.py ends in a finished scan, an honest
status and detail, and a store that lost nothing; plus kill -9 in the middle of a crawl."""
from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import threading
import time

import pytest

from footprint.crawler.consent import load_consent
from footprint.cli.demo import SITE_DIR, write_demo_consent
from footprint.crawler.localsite import LocalSite
from footprint.crawler.runner import CrawlError, crawl
from footprint.crawler.store import Store
from tests.fault_scenarios import SETTINGS, FaultBench, Observation, scenarios


@pytest.fixture(scope="module")
def bench(tmp_path_factory):
    with FaultBench(tmp_path_factory.mktemp("faults")) as b:
        yield b


@pytest.fixture(scope="module")
def observed(bench) -> dict[str, Observation]:
    """One crawl with every fault switched on (see tests/fault_scenarios.py)."""
    return bench.run()


def test_healthy_first_crawl(bench):
    assert {p["status"] for p in bench.first.profiles} == {"ok"}, bench.first.profiles
    n = len(bench.scenarios)
    assert bench.first.counts == {"profile": 1 + 2 * n, "post": 2 + 5 * n, "image": 1 + n}


def test_fault_crawl_finishes_and_keeps_the_good_profile(observed, bench):
    any_obs = next(iter(observed.values()))
    with Store(bench.db) as store:
        assert store.scan(any_obs.result.scan_id)["status"] == "complete"   # the runner returned, scan finished
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert bench.good_profile_intact()
    assert any_obs.seconds < 60


@pytest.mark.parametrize("scenario_id", [s.id for s in scenarios()])
def test_fault(observed, scenario_id):
    obs = observed[scenario_id]
    s = obs.scenario
    assert obs.status == s.expected, obs.detail
    if s.cause:
        assert re.search(s.cause, obs.detail, re.I), obs.detail
    if obs.status != "ok":
        assert "http://127.0.0.1" in obs.detail   # says which URL
    assert obs.kept == obs.before - s.replaces, "items stored by the healthy crawl were lost or marked gone"
    assert obs.before == 8
    assert obs.others_ok, [p for p in obs.result.profiles if f"/{s.id}/" in p["url"]]
    for path in s.not_requested:
        assert path not in obs.requested


def _items(bench, obs, kind):
    with Store(bench.db) as store:
        return {i.url: i for i in store.items_for_scan(obs.result.scan_id, kind)}


def test_invalid_utf8_post_is_stored_with_replacement_characters(observed, bench):
    obs = observed["invalid_utf8"]
    post = _items(bench, obs, "post")[bench.site.base + "/invalid_utf8/victim/posts/3/"]
    assert "\ufffd" in post.text and "night" in post.text


def test_image_bomb_is_recorded_not_decoded(observed, bench):
    obs = observed["image_bomb"]
    bomb = _items(bench, obs, "image")[bench.site.base + "/image_bomb/media/victim.png"]
    assert "decompression bomb" in bomb.error and bomb.lat is None


def test_truncated_outbox_keeps_the_notes_it_could_read(observed, bench):
    obs = observed["truncated_json"]
    prefix = bench.site.base + "/truncated_json/actor"
    with Store(bench.db) as store:
        seen = store.seen_urls(obs.result.scan_id)
        gone = store.conn.execute("SELECT count(*) FROM items WHERE profile=? AND gone_since_scan IS NOT NULL",
                                  (prefix,)).fetchone()[0]
    assert prefix + "/notes/1" in seen
    assert gone == 0   # 'partial', so the notes it could not read are not declared deleted


def test_retry_after_date_is_waited_for(observed):
    obs = observed["http_503_then_ok"]
    assert obs.requested.count("/victim/") == 2


# -- kill -9 ---------------------------------------------------------------------------------
def _kill_part_way(site: LocalSite, after: int, kill) -> threading.Event:
    """Serve `after` files at full speed, then one at a time, slowly, until `kill()` (run once, in its
    own thread) has returned; after that, serve freely again (for the later crawls).

    The crawl is slowed by the server, not by a wall-clock guess, so the kill lands part-way through
    however loaded the machine is. Before, a fixed per-file delay let the child store the whole site
    under load before the parent got round to killing it. Responses keep trickling (never stall), so
    the store pipeline keeps flushing what it has.
    """
    resolve, count_lock, trickle, done = site.resolve, threading.Lock(), threading.Lock(), threading.Event()
    served, started = [0], []

    def run_kill() -> None:
        try:
            kill()
        finally:
            done.set()

    def held(raw_path: str, accept: str = ""):
        with count_lock:
            served[0] += 1
            slow = served[0] > after and not done.is_set()
            if slow and not started:
                started.append(threading.Thread(target=run_kill, daemon=True))
                started[0].start()
        if slow:
            with trickle:
                done.wait(timeout=0.3)
        return resolve(raw_path, accept)
    site.resolve = held  # type: ignore[method-assign]
    return done


def _store_state(db) -> tuple[set, dict, list]:
    with Store(db) as store:
        items = {(r[0], r[1]) for r in store.conn.execute("SELECT url, content_hash FROM items")}
        scan = store.latest_scan("Casey Morgan")
        seen = store.seen_urls(scan["id"])
        statuses = [(p["url"], p["status"], p["items"]) for p in store.profile_statuses(scan["id"])]
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return items, seen, statuses


def test_kill_9_mid_crawl_then_rerun_matches_uninterrupted(tmp_path):
    site_dir = tmp_path / "site"
    shutil.copytree(SITE_DIR, site_dir)
    killed_db, fresh_db = tmp_path / "killed.sqlite3", tmp_path / "fresh.sqlite3"
    with LocalSite(site_dir) as site:
        consent = load_consent(write_demo_consent(site.base, tmp_path), allow_local=True)
        pids: list[int] = []
        stored_at_kill: list[int] = []

        def kill_once_some_stored() -> None:
            """Wait (bounded) until the child has stored a few sightings, then SIGKILL it."""
            deadline = time.monotonic() + 30
            n = 0
            while time.monotonic() < deadline:
                if killed_db.exists():
                    con = sqlite3.connect(killed_db, timeout=5)
                    try:
                        n = con.execute("SELECT count(*) FROM sightings").fetchone()[0]
                    except sqlite3.OperationalError:
                        n = 0
                    finally:
                        con.close()
                    if n >= 3:
                        break
                time.sleep(0.05)
            stored_at_kill.append(n)
            os.kill(pids[0], signal.SIGKILL)

        # A held request must not time out before the kill (a page that failed in the killed run
        # leaves its feed copy stored, which an uninterrupted crawl never stores), nor may a page
        # time out in one of the later crawls and not the other on a loaded machine.
        settings = {**SETTINGS, "DOWNLOAD_TIMEOUT": 60}
        _kill_part_way(site, 12, kill_once_some_stored)
        with pytest.raises(CrawlError, match="exit -9"):
            crawl(consent, killed_db, allow_local=True, no_throttle=True, settings=settings,
                  on_start=pids.append)
        assert stored_at_kill and stored_at_kill[0] >= 3, "nothing was stored before the kill"
        resumed = crawl(consent, killed_db, allow_local=True, no_throttle=True, settings=settings)
        crawl(consent, fresh_db, allow_local=True, no_throttle=True, settings=settings)
    assert {p["status"] for p in resumed.profiles} == {"ok"}
    killed_items, killed_seen, killed_statuses = _store_state(killed_db)
    fresh_items, fresh_seen, fresh_statuses = _store_state(fresh_db)
    assert stored_at_kill[0] < len(fresh_seen)          # it really was killed part-way
    assert killed_seen == fresh_seen                     # same items, same content hashes
    assert killed_items == fresh_items                   # and nothing extra left behind by the killed run
    assert killed_statuses == fresh_statuses
    with Store(killed_db) as store:
        assert [s["status"] for s in store.scans("Casey Morgan")] == ["interrupted", "complete"]
