"""The SQLite store: 0600, idempotent re-crawls, disappearances, interruption, purge, migrations."""
from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from footprint.crawler.consent import load_consent
from footprint.crawler.items import ImageItem, PostItem, ProfileItem
from footprint.crawler.store import SCHEMA_VERSION, Store, StoreError

P = "https://social.example/@caseym"


def post(n: int, text: str = "hello") -> PostItem:
    return PostItem(profile=P, url=f"{P}/{n}", platform="activitypub", text=f"{text} {n}",
                    published="2026-03-02T08:11:00+00:00")


@pytest.fixture
def consent(write_consent):
    return load_consent(write_consent())


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "fp.sqlite3") as s:
        yield s


def test_created_private_and_versioned(tmp_path):
    path = tmp_path / "sub" / "fp.sqlite3"
    Store(path).close()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_newer_schema_refused(tmp_path):
    path = tmp_path / "fp.sqlite3"
    Store(path).close()
    sqlite3.connect(path).execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="schema"):
        Store(path)


def test_not_a_database(tmp_path):
    path = tmp_path / "fp.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        Store(path)


def test_recrawl_adds_only_new_or_changed(store, consent):
    s1 = store.start_scan(consent)
    assert store.add_items(s1, consent.subject, [post(1), post(2), ProfileItem(profile=P, url=P, platform="activitypub")]) == 3
    store.set_profile_status(s1, P, "activitypub", "ok")
    store.finish_scan(s1)
    s2 = store.start_scan(consent)
    assert store.add_items(s2, consent.subject, [post(1), post(2, "edited"), ProfileItem(profile=P, url=P, platform="activitypub")]) == 1
    store.set_profile_status(s2, P, "activitypub", "ok")
    assert store.conn.execute("SELECT count(*) FROM items").fetchone()[0] == 4
    assert [i.text for i in store.items_for_scan(s2, "post")] == ["hello 1", "edited 2"]
    gone = store.conn.execute("SELECT url FROM items WHERE gone_since_scan=?", (s2,)).fetchall()
    assert [g[0] for g in gone] == [f"{P}/2"]  # the old version of the edited post


def test_disappeared_item_recorded_only_after_complete_crawl(store, consent):
    s1 = store.start_scan(consent)
    store.add_items(s1, consent.subject, [post(1), post(2)])
    store.set_profile_status(s1, P, "activitypub", "ok")
    s2 = store.start_scan(consent)
    store.add_items(s2, consent.subject, [post(1)])
    store.set_profile_status(s2, P, "activitypub", "partial", "page cap")
    assert store.conn.execute("SELECT count(*) FROM items WHERE gone_since_scan IS NOT NULL").fetchone()[0] == 0
    s3 = store.start_scan(consent)
    store.add_items(s3, consent.subject, [post(1)])
    store.set_profile_status(s3, P, "activitypub", "ok")
    assert store.conn.execute("SELECT url FROM items WHERE gone_since_scan=?", (s3,)).fetchone()[0] == f"{P}/2"
    assert set(store.seen_urls(s1)) - set(store.seen_urls(s3)) == {f"{P}/2"}


def test_interrupted_scan_is_marked_and_data_kept(store, consent):
    s1 = store.start_scan(consent)
    store.add_items(s1, consent.subject, [post(1)])
    s2 = store.start_scan(consent)  # the first never finished (Ctrl-C, crash)
    assert store.scan(s1)["status"] == "interrupted"
    assert store.scan(s2)["status"] == "running"
    store.add_items(s2, consent.subject, [post(1), post(2)])
    store.finish_scan(s2)
    assert store.latest_scan(consent.subject)["id"] == s2
    assert store.counts(s2)["post"] == 2


def test_failed_transaction_leaves_store_unchanged(store, consent):
    s1 = store.start_scan(consent)

    class Boom(Exception):
        pass

    def items():
        yield post(1)
        raise Boom

    with pytest.raises(Boom):
        store.add_items(s1, consent.subject, items())
    assert store.conn.execute("SELECT count(*) FROM items").fetchone()[0] == 0


def test_purge_removes_everything_of_subject(tmp_path, store, consent, write_consent):
    s1 = store.start_scan(consent)
    store.add_items(s1, consent.subject, [post(1, "secret-phrase-xyz"),
                                          ImageItem(profile=P, url="https://m.example/1.jpg", sha256="ab" * 32)])
    other = load_consent(write_consent(name="Robin Other"))
    s2 = store.start_scan(other)
    store.add_items(s2, other.subject, [post(9)])
    assert store.purge(consent.subject) == {"scans": 1, "items": 2}
    assert store.subjects() == ["Robin Other"]
    store.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("fp.sqlite3*"))
    assert b"secret-phrase-xyz" not in raw
    assert b"Casey Morgan" not in raw


def test_expired_subjects(store, consent):
    import datetime as dt
    store.start_scan(consent)
    assert store.expired_subjects() == []
    assert store.expired_subjects(today=consent.expires_on + dt.timedelta(days=1)) == [consent.subject]


def test_cli_purge_expired(tmp_path, write_consent):
    import datetime as dt
    from typer.testing import CliRunner
    from footprint.cli.app import app
    from tests.conftest import consent_toml

    old = load_consent(write_consent(consent_toml(name="Old Subject", given_on=dt.date(2025, 1, 1),
                                                  expires_on=dt.date(2025, 3, 1))), today=dt.date(2025, 2, 1))
    current = load_consent(write_consent(consent_toml(name="Current Subject")))
    db = tmp_path / "fp.sqlite3"
    with Store(db) as store:
        for consent in (old, current):
            scan = store.start_scan(consent)
            store.add_items(scan, consent.subject, [post(1)])
    result = CliRunner().invoke(app, ["purge", "--expired", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Old Subject" in result.output
    with Store(db) as store:
        assert store.subjects() == ["Current Subject"]


# -- encryption at rest (issue 10, row 5) ------------------------------------------------------
SECRET = "Shift swap at Villawood on Friday"


def test_encrypted_store_seals_items_reports_and_specs(tmp_path, consent):
    path = tmp_path / "fp.sqlite3"
    with Store(path, "pass phrase 1") as s:
        scan = s.start_scan(consent)
        s.add_items(scan, consent.subject, [post(1, SECRET)])
        s.save_analysis(scan, {"summary": SECRET})
        assert s.items_for_scan(scan)[0].text == f"{SECRET} 1"
        assert s.analysis(scan) == {"summary": SECRET} and s.scan_spec(scan).subject == consent.subject
        hashed = s.seen_urls(scan)[f"{P}/1"]
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("fp.sqlite3*"))
    assert SECRET.encode() not in raw and b"caseym\"" not in raw
    assert hashed != post(1, SECRET).content_hash()          # a keyed HMAC, not the plain content hash
    with Store(path, "pass phrase 1") as s:                 # re-opened: the same key, the same data
        assert s.items_for_scan(scan)[0].text == f"{SECRET} 1"


@pytest.mark.parametrize("opener,error", [
    (lambda p: Store(p, "wrong"), "wrong passphrase"),
    (lambda p: Store(p, key=b"\0" * 32), "wrong passphrase"),
])
def test_encrypted_store_refuses_a_wrong_key(tmp_path, consent, opener, error):
    path = tmp_path / "fp.sqlite3"
    with Store(path, "right") as s:
        s.start_scan(consent)
    with pytest.raises(StoreError, match=error):
        opener(path)


@pytest.mark.parametrize("action", ["read items", "read report", "write items", "start scan"])
def test_locked_encrypted_store_neither_reads_nor_writes_in_clear(tmp_path, consent, action):
    path = tmp_path / "fp.sqlite3"
    with Store(path, "right") as s:
        scan = s.start_scan(consent)
        s.add_items(scan, consent.subject, [post(1)])
        s.save_analysis(scan, {"x": 1})
    with Store(path) as locked, pytest.raises(StoreError, match="FOOTPRINT_PASSPHRASE"):
        {"read items": lambda: locked.items_for_scan(scan), "read report": lambda: locked.analysis(scan),
         "write items": lambda: locked.add_items(scan, consent.subject, [post(2)]),
         "start scan": lambda: locked.start_scan(consent)}[action]()


@pytest.mark.parametrize("passphrase", [None, "pass phrase 1"])
@pytest.mark.parametrize("text", [
    "Zoë Nguyễn, night shift at the café…",
    "Back home 🏠 after the 🛫 run, see you Friday 🎉",
    "東京の倉庫で夜勤 / Ιωάννα / אורית",
    "quotes \" and \\ backslashes and \u2028 line separators",
])
def test_stored_analysis_reads_back_the_same_report(tmp_path, consent, passphrase, text):
    # the analysis is stored as ASCII JSON (to keep the end of a large scan small): every character
    # a report can hold must come back as it was, encrypted or not
    report = {"findings": [{"value": text, "evidence": [{"excerpt": text[::-1]}]}], "score": 61.5}
    with Store(tmp_path / "fp.sqlite3", passphrase) as s:
        scan = s.start_scan(consent)
        s.save_analysis(scan, report)
    with Store(tmp_path / "fp.sqlite3", passphrase) as s:
        assert s.analysis(scan) == report
