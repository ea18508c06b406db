"""Two scans of two subjects on one database at the same time: no corruption, no mixing."""
from __future__ import annotations

import multiprocessing
import threading
import time

import pytest

from footprint.crawler.consent import load_consent
from footprint.crawler.localsite import LocalSite
from footprint.crawler.runner import crawl
from footprint.crawler.store import Store
from tests.conftest import consent_toml
from tests.fault_scenarios import AP, SETTINGS, _actor_json, _outbox_json, healthy_files, static

SUBJECTS = ("Robin Ashdown", "Morgan Tully")   # fictional


def _slow(handler, delay: float):
    def handle(h):
        time.sleep(delay)
        handler(h)
    return handle


def _site(root) -> LocalSite:
    """The healthy fault-bench site (two blogs and an actor), each response a little slow so the scans overlap."""
    routes = {p: _slow(static(ct, body), 0.05) for p, (ct, body) in healthy_files().items()}
    routes["/actor"] = _slow(static(AP, _actor_json), 0.05)
    routes["/actor/outbox"] = _slow(static(AP, _outbox_json), 0.05)
    return LocalSite(root, routes=routes)


def test_two_subjects_crawled_at_once_into_one_db(tmp_path):
    db = tmp_path / "shared.sqlite3"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with _site(tmp_path / "a") as site_a, _site(tmp_path / "b") as site_b:
        consents = {}
        for subject, site, name in ((SUBJECTS[0], site_a, "a.toml"), (SUBJECTS[1], site_b, "b.toml")):
            path = tmp_path / name
            path.write_text(consent_toml([{"url": site.base + p} for p in ("/good/", "/victim/", "/actor")],
                                         name=subject), encoding="utf-8")
            consents[subject] = load_consent(path, allow_local=True)
        results, errors, running = {}, [], {}
        start = threading.Barrier(2)

        def run(subject):
            try:
                start.wait(timeout=10)
                results[subject] = crawl(consents[subject], db, allow_local=True, no_throttle=True, settings=SETTINGS,
                                         on_start=lambda pid: running.setdefault(subject, time.monotonic()))
                running[subject] = (running[subject], time.monotonic())
            except BaseException as exc:  # surfaced below
                errors.append(exc)
        threads = [threading.Thread(target=run, args=(s,)) for s in SUBJECTS]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        bases = {SUBJECTS[0]: site_a.base, SUBJECTS[1]: site_b.base}
    assert not errors, errors
    (a0, a1), (b0, b1) = running[SUBJECTS[0]], running[SUBJECTS[1]]
    assert a0 < b1 and b0 < a1, "the two crawls did not overlap"
    with Store(db) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for subject in SUBJECTS:
            other = bases[SUBJECTS[1] if subject == SUBJECTS[0] else SUBJECTS[0]]
            result = results[subject]
            assert {p["status"] for p in result.profiles} == {"ok"}, result.profiles
            assert result.counts == {"profile": 3, "post": 7, "image": 2}
            assert store.scan(result.scan_id)["subject"] == subject
            assert store.scan(result.scan_id)["status"] == "complete"
            rows = store.conn.execute("SELECT profile, url FROM items WHERE subject=?", (subject,)).fetchall()
            assert len(rows) == 12
            assert all(r[0].startswith(bases[subject]) and not r[0].startswith(other) for r in rows)
            # every sighting of this subject's scan points at this subject's items, and only those
            cross = store.conn.execute(
                "SELECT count(*) FROM sightings s JOIN items i ON i.id=s.item_id WHERE s.scan_id=? AND i.subject<>?",
                (result.scan_id, subject)).fetchone()[0]
            assert cross == 0
            statuses = store.profile_statuses(result.scan_id)
            assert {p["url"] for p in statuses} == {bases[subject] + p for p in ("/good/", "/victim/", "/actor")}
        assert store.conn.execute("SELECT count(*) FROM items WHERE gone_since_scan IS NOT NULL").fetchone()[0] == 0


def _open_store_repeatedly(db: str, start) -> None:
    """Child process: any exception gives a non-zero exit code, checked by the parent."""
    start.wait(timeout=30)
    for _ in range(3):
        Store(db).close()


@pytest.mark.parametrize("round_", range(12))
def test_many_processes_opening_a_new_store_at_once(tmp_path, round_):
    """The first opens of a new file switch it to WAL and migrate it; racing first opens must all
    succeed. They did not: SQLite does not wait on the busy handler while it changes the journal
    mode, so a loser failed at once with 'database is locked' (and, earlier, with 'table scans
    already exists' while keeping the write lock)."""
    ctx = multiprocessing.get_context("fork")
    db, start = str(tmp_path / "new.sqlite3"), ctx.Barrier(8)
    procs = [ctx.Process(target=_open_store_repeatedly, args=(db, start)) for _ in range(8)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=60)
    assert [p.exitcode for p in procs] == [0] * 8
    with Store(db) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] >= 1
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
