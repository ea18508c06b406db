"""The SQLite store: scans, profile statuses, items and images, per subject.

Items are keyed by canonical URL plus content hash, so a re-crawl adds only
what is new or changed; `sightings` records which items each scan saw, so what
disappeared between two scans is a query (removal verification builds on it).
Writes are small transactions in WAL mode: a crash or Ctrl-C leaves the file
consistent, and running again simply continues. The file is created 0600 and
`purge` removes a subject's data for good (secure_delete, then VACUUM).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from footprint.crawler.items import Item, item_from_dict, item_to_dict
from footprint.crawler.json_pieces import json_pieces
from footprint.crawler.sealing import (PASSPHRASE_ENV, SCRYPT_LOG2_N, SCRYPT_P, SCRYPT_R, Sealer, SealError, derive_key, is_sealed,
                      new_salt)
from footprint.crawler.spec import ScanSpec

# Each entry migrates the schema from version i to i+1; never edit a shipped one.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE scans (
        id INTEGER PRIMARY KEY,
        subject TEXT NOT NULL,
        consent_sha256 TEXT NOT NULL,
        consent_path TEXT NOT NULL,
        organisation TEXT NOT NULL,
        purpose TEXT NOT NULL,
        given_on TEXT NOT NULL,
        expires_on TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL DEFAULT 'running'          -- running | complete | interrupted
    );
    CREATE INDEX scans_subject ON scans(subject);
    CREATE TABLE scan_profiles (
        scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        platform TEXT NOT NULL,
        status TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        pages INTEGER NOT NULL DEFAULT 0,
        items INTEGER NOT NULL DEFAULT 0,
        out_of_scope INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (scan_id, url)
    );
    CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        subject TEXT NOT NULL,
        profile TEXT NOT NULL,
        kind TEXT NOT NULL,                              -- profile | post | image
        url TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        data TEXT NOT NULL,
        first_seen_scan INTEGER NOT NULL,
        gone_since_scan INTEGER,                         -- set when a complete crawl no longer saw it
        UNIQUE (subject, url, content_hash)
    );
    CREATE INDEX items_profile ON items(subject, profile);
    CREATE TABLE sightings (
        scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        PRIMARY KEY (scan_id, item_id)
    );
    CREATE TABLE analyses (
        scan_id INTEGER PRIMARY KEY REFERENCES scans(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        report TEXT NOT NULL                             -- report.json as written
    );
    CREATE TABLE outputs (
        scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        PRIMARY KEY (scan_id, path)
    );
    """,
    """
    ALTER TABLE scans ADD COLUMN spec TEXT            -- crawler.spec.ScanSpec as JSON (NULL before version 2)
    """,
    """
    CREATE TABLE store_key (                          -- present once the store is encrypted (crawler.sealing)
        id INTEGER PRIMARY KEY CHECK (id = 1),
        salt BLOB NOT NULL,
        log2_n INTEGER NOT NULL,
        r INTEGER NOT NULL,
        p INTEGER NOT NULL,
        verifier TEXT NOT NULL                       -- a known text sealed under the key
    )
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


def _statements(script: str) -> list[str]:
    """The statements of a migration script (no statement in them holds a ';')."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def _compact_json(report: dict[str, Any]) -> str:
    """The stored analysis as ASCII JSON (non-ASCII as \\u escapes, which json.loads reads back
    to the same report): one byte per character. With ensure_ascii=False one emoji or "…" makes
    Python hold the whole text at 2 or 4 bytes per character, plus sqlite's UTF-8 copy: at
    50,000 posts that was the scan's memory peak."""
    return json.dumps(report)


class StoreError(RuntimeError):
    """The store file cannot be opened or is from a newer footprint."""


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


_VERIFIER = "footprint store key"


class Store:
    """A footprint database. One connection per process; safe to share the file between processes.

    Encrypted at rest once opened with a passphrase: from then on item payloads, reports and scan
    specifications are sealed (crawler.sealing) and opening it to read them needs the passphrase
    (or the derived `key`, which the crawl child receives on stdin). Without it the store still
    opens, for purge and listings; reading sealed data then raises StoreError.
    """

    def __init__(self, path: str | Path, passphrase: str | None = None, key: bytes | None = None):
        self.path = Path(path)
        self.sealer: Sealer | None = None
        self.encrypted = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self.path.exists():
                os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
            self.conn = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            for pragma in ("busy_timeout=60000", "synchronous=NORMAL", "foreign_keys=ON", "secure_delete=ON"):
                self.conn.execute(f"PRAGMA {pragma}")
            self._enable_wal()
            self._migrate()
            self._unlock(passphrase, key)
        except (sqlite3.DatabaseError, OSError, StoreError) as exc:
            conn = getattr(self, "conn", None)
            if conn is not None:  # never leave a half-open transaction holding the write lock
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                conn.close()
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"cannot open store {self.path}: {exc}") from None

    # -- encryption at rest ---------------------------------------------------
    def _unlock(self, passphrase: str | None, key: bytes | None) -> None:
        """Load the store key (a passphrase on an unencrypted store encrypts it from now on)."""
        row = self.conn.execute("SELECT salt, log2_n, r, p, verifier FROM store_key WHERE id=1").fetchone()
        if row is None and (passphrase or key):
            if key is not None:
                raise StoreError(f"store {self.path} is not encrypted, but a store key was given")
            with self.transaction() as c:
                if c.execute("SELECT 1 FROM store_key").fetchone() is None:   # another process may have won
                    salt = new_salt()
                    sealer = Sealer(derive_key(passphrase, salt))
                    c.execute("INSERT INTO store_key(id, salt, log2_n, r, p, verifier) VALUES (1,?,?,?,?,?)",
                              (salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, sealer.seal(_VERIFIER, b"store_key")))
            row = self.conn.execute("SELECT salt, log2_n, r, p, verifier FROM store_key WHERE id=1").fetchone()
        if row is None:
            return
        self.encrypted = True
        if key is None and not passphrase:
            return                                  # locked: metadata and purge only
        sealer = Sealer(key if key is not None else derive_key(passphrase, row[0], row[1], row[2], row[3]))
        try:
            ok = sealer.open(row[4], b"store_key") == _VERIFIER
        except SealError:
            ok = False
        if not ok:
            raise StoreError(f"wrong passphrase for the encrypted store {self.path}")
        self.sealer = sealer

    @property
    def key(self) -> bytes | None:
        """The derived store key (handed to the crawl child on stdin, never in argv or the environment)."""
        return self.sealer.key if self.sealer else None

    def _seal(self, text: str, where: bytes) -> str:
        if not self.encrypted:
            return text
        if self.sealer is None:
            raise StoreError(f"store {self.path} is encrypted: set {PASSPHRASE_ENV} or enter the passphrase")
        return self.sealer.seal(text, where)

    def _open(self, value: str, where: bytes) -> str:
        if not is_sealed(value):
            return value                            # written before the store was encrypted
        if self.sealer is None:
            raise StoreError(f"store {self.path} is encrypted: set {PASSPHRASE_ENV} or enter the passphrase")
        try:
            return self.sealer.open(value, where)
        except SealError as exc:
            raise StoreError(f"store {self.path}: {exc}") from None

    def _hash(self, content_hash: str) -> str:
        return self.sealer.digest(content_hash) if self.sealer else content_hash

    def _enable_wal(self, patience: float = 60.0) -> None:
        """Switch the file to WAL, waiting out other openers.

        SQLite does not call the busy handler while it changes the journal
        mode, so two processes opening a new file at once can see "database
        is locked" at once; retry with backoff until `patience` runs out.
        """
        deadline, pause = time.monotonic() + patience, 0.005
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                    raise
            time.sleep(pause)
            pause = min(pause * 2, 0.25)

    # -- schema -----------------------------------------------------------
    def _migrate(self) -> None:
        """Bring the schema up to date, whole or not at all.

        The version is read again once the write lock is held, so two
        processes opening a new file at once migrate it exactly once.
        """
        if self._version() == SCHEMA_VERSION:
            return
        with self.transaction() as c:
            version = self._version()
            for i in range(version, SCHEMA_VERSION):
                for statement in _statements(MIGRATIONS[i]):
                    c.execute(statement)
                c.execute(f"PRAGMA user_version={i + 1}")

    def _version(self) -> int:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"store {self.path} has schema v{version}; this footprint knows v{SCHEMA_VERSION}")
        return version

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- scans ------------------------------------------------------------
    def start_scan(self, consent: Any) -> int:
        """Record a new scan of `consent` (a crawler.consent.Consent); earlier unfinished ones become 'interrupted'."""
        with self.transaction() as c:
            c.execute("UPDATE scans SET status='interrupted' WHERE subject=? AND status='running'", (consent.subject,))
            cur = c.execute(
                "INSERT INTO scans(subject, consent_sha256, consent_path, organisation, purpose, given_on, expires_on,"
                " started_at, spec) VALUES (?,?,?,?,?,?,?,?,?)",
                (consent.subject, consent.sha256, str(consent.path), consent.organisation, consent.purpose,
                 consent.given_on.isoformat(), consent.expires_on.isoformat(), now_iso(),
                 self._seal(consent.spec().to_json(), b"scans.spec")))
            return int(cur.lastrowid)

    def scan_spec(self, scan_id: int) -> ScanSpec | None:
        """What the scan was asked to do (None for a scan stored before specs were kept)."""
        spec = self.scan(scan_id).get("spec")
        return ScanSpec.from_json(self._open(spec, b"scans.spec")) if spec else None

    def finish_scan(self, scan_id: int) -> None:
        with self.transaction() as c:
            c.execute("UPDATE scans SET status='complete', finished_at=? WHERE id=?", (now_iso(), scan_id))

    def interrupt_scan(self, scan_id: int) -> None:
        """Mark a scan whose crawl was stopped (a signal, Ctrl-C); its stored items are kept."""
        with self.transaction() as c:
            c.execute("UPDATE scans SET status='interrupted', finished_at=? WHERE id=? AND status='running'",
                      (now_iso(), scan_id))

    def scan(self, scan_id: int) -> dict[str, Any]:
        row = self.conn.execute("SELECT * FROM scans WHERE id=?", (scan_id,)).fetchone()
        if row is None:
            raise StoreError(f"no scan {scan_id} in {self.path}")
        return dict(row)

    def scans(self, subject: str | None = None) -> list[dict[str, Any]]:
        sql, args = "SELECT * FROM scans", ()
        if subject is not None:
            sql, args = sql + " WHERE subject=?", (subject,)
        return [dict(r) for r in self.conn.execute(sql + " ORDER BY id", args)]

    def latest_scan(self, subject: str, complete: bool = True) -> dict[str, Any] | None:
        sql = "SELECT * FROM scans WHERE subject=?" + (" AND status='complete'" if complete else "")
        row = self.conn.execute(sql + " ORDER BY id DESC LIMIT 1", (subject,)).fetchone()
        return dict(row) if row else None

    def set_profile_status(self, scan_id: int, url: str, platform: str, status: str, detail: str = "",
                           pages: int = 0, items: int = 0, out_of_scope: int = 0) -> None:
        """Record a profile's crawl outcome; a complete ('ok') crawl also records what disappeared."""
        with self.transaction() as c:
            c.execute(
                "INSERT INTO scan_profiles(scan_id, url, platform, status, detail, pages, items, out_of_scope)"
                " VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(scan_id, url) DO UPDATE SET platform=excluded.platform,"
                " status=excluded.status, detail=excluded.detail, pages=excluded.pages, items=excluded.items,"
                " out_of_scope=excluded.out_of_scope",
                (scan_id, url, platform, status, detail, pages, items, out_of_scope))
            if status == "ok":
                subject = c.execute("SELECT subject FROM scans WHERE id=?", (scan_id,)).fetchone()[0]
                c.execute(
                    "UPDATE items SET gone_since_scan=? WHERE subject=? AND profile=? AND gone_since_scan IS NULL"
                    " AND id NOT IN (SELECT item_id FROM sightings WHERE scan_id=?)",
                    (scan_id, subject, url, scan_id))

    def profile_statuses(self, scan_id: int) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(
            "SELECT url, platform, status, detail, pages, items, out_of_scope FROM scan_profiles"
            " WHERE scan_id=? ORDER BY rowid", (scan_id,))]

    # -- items ------------------------------------------------------------
    def add_items(self, scan_id: int, subject: str, items: Iterable[Item]) -> int:
        """Upsert items seen by `scan_id` in one transaction; returns how many were new or changed."""
        new = 0
        if self.encrypted and self.sealer is None:
            self._seal("", b"")                     # raises: no plaintext into an encrypted store
        with self.transaction() as c:
            for item in items:
                h = self._hash(item.content_hash())
                row = c.execute("SELECT id FROM items WHERE subject=? AND url=? AND content_hash=?",
                                (subject, item.url, h)).fetchone()
                if row is None:
                    cur = c.execute(
                        "INSERT INTO items(subject, profile, kind, url, content_hash, data, first_seen_scan)"
                        " VALUES (?,?,?,?,?,?,?)",
                        (subject, item.profile, item.kind, item.url, h,
                         self._seal(json.dumps(item_to_dict(item), ensure_ascii=False), b"items.data"), scan_id))
                    item_id, new = cur.lastrowid, new + 1
                else:
                    item_id = row[0]
                    c.execute("UPDATE items SET gone_since_scan=NULL WHERE id=?", (item_id,))
                c.execute("INSERT OR IGNORE INTO sightings(scan_id, item_id) VALUES (?,?)", (scan_id, item_id))
        return new

    def fill_post_fields(self, scan_id: int, subject: str, url: str, fields: dict[str, Any]) -> bool:
        """Fill the empty fields of a post this scan stored from another copy of the same post.

        A blog post's own page is the copy kept, but its feed entry may carry what the page does not
        show (a GeoRSS point). The page is the same page whichever scan saw it, so the stored copy is
        rewritten in place (an interrupted scan that stored it and its re-run then agree); if the filled
        copy is already stored (an earlier scan filled it), this scan's sighting moves there. One
        transaction: the post is never stored twice or lost. True if anything changed."""
        with self.transaction() as c:
            row = c.execute(
                "SELECT i.id, i.data FROM items i JOIN sightings s ON s.item_id=i.id"
                " WHERE s.scan_id=? AND i.subject=? AND i.url=? AND i.kind='post'", (scan_id, subject, url)).fetchone()
            if row is None:
                return False
            data = json.loads(self._open(row[1], b"items.data"))
            missing = {k: v for k, v in fields.items() if v and not data.get(k)}
            if not missing:
                return False
            item = item_from_dict({**data, **missing})
            h = self._hash(item.content_hash())
            filled = c.execute("SELECT id FROM items WHERE subject=? AND url=? AND content_hash=?",
                               (subject, url, h)).fetchone()
            if filled is None:
                c.execute("UPDATE items SET content_hash=?, data=? WHERE id=?",
                          (h, self._seal(json.dumps(item_to_dict(item), ensure_ascii=False), b"items.data"), row[0]))
                return True
            c.execute("DELETE FROM sightings WHERE scan_id=? AND item_id=?", (scan_id, row[0]))
            c.execute("INSERT OR IGNORE INTO sightings(scan_id, item_id) VALUES (?,?)", (scan_id, filled[0]))
            c.execute("UPDATE items SET gone_since_scan=NULL WHERE id=?", (filled[0],))
            if c.execute("SELECT 1 FROM sightings WHERE item_id=?", (row[0],)).fetchone() is None:
                c.execute("DELETE FROM items WHERE id=?", (row[0],))
        return True

    def items_for_scan(self, scan_id: int, kind: str | None = None) -> list[Item]:
        """The items a scan saw, oldest first."""
        sql = ("SELECT i.data FROM items i JOIN sightings s ON s.item_id=i.id WHERE s.scan_id=?"
               + (" AND i.kind=?" if kind else "") + " ORDER BY i.id")
        args = (scan_id, kind) if kind else (scan_id,)
        return [item_from_dict(json.loads(self._open(r[0], b"items.data"))) for r in self.conn.execute(sql, args)]

    def first_coordinates(self, scan_id: int, after_id: int = 0) -> tuple[bool, int]:
        """Does the scan hold an image or post with coordinates among items stored after `after_id`?
        Also the last item id looked at, so a caller polling during the crawl reads each item once."""
        last = self.conn.execute("SELECT max(item_id) FROM sightings WHERE scan_id=?", (scan_id,)).fetchone()[0]
        if last is None or last <= after_id:
            return False, after_id
        row = self.conn.execute(
            "SELECT 1 FROM items i JOIN sightings s ON s.item_id=i.id WHERE s.scan_id=? AND i.id>? AND i.id<=?"
            " AND ((i.kind='image' AND json_extract(i.data, '$.lat') IS NOT NULL)"
            " OR (i.kind='post' AND json_extract(i.data, '$.location.lat') IS NOT NULL)) LIMIT 1",
            (scan_id, after_id, last)).fetchone()
        return row is not None, last

    def seen_urls(self, scan_id: int) -> dict[str, str]:
        """url -> content hash of everything a scan saw."""
        return {r[0]: r[1] for r in self.conn.execute(
            "SELECT i.url, i.content_hash FROM items i JOIN sightings s ON s.item_id=i.id WHERE s.scan_id=?",
            (scan_id,))}

    def counts(self, scan_id: int) -> dict[str, int]:
        rows = self.conn.execute(
            "SELECT i.kind, count(*) FROM items i JOIN sightings s ON s.item_id=i.id WHERE s.scan_id=? GROUP BY i.kind",
            (scan_id,)).fetchall()
        return {"profile": 0, "post": 0, "image": 0} | {r[0]: r[1] for r in rows}

    # -- analyses and outputs -------------------------------------------------
    def save_analysis(self, scan_id: int, report: dict[str, Any]) -> None:
        """Keep the report; in a plain store it is streamed into the row (see crawler/json_pieces.py),
        so neither its whole text nor sqlite's copy of it is ever held (an encrypted store seals the
        whole text at once)."""
        upsert = ("INSERT INTO analyses(scan_id, created_at, report) VALUES (?,?,{}) ON CONFLICT(scan_id)"
                  " DO UPDATE SET created_at=excluded.created_at, report=excluded.report")
        if self.encrypted:
            with self.transaction() as c:
                c.execute(upsert.format("?"), (scan_id, now_iso(), self._seal(_compact_json(report), b"analyses.report")))
            return
        size = sum(map(len, json_pieces(report)))          # ASCII: characters are bytes
        with self.transaction() as c:
            c.execute(upsert.format("zeroblob(?)"), (scan_id, now_iso(), size))
            with c.blobopen("analyses", "report", scan_id) as blob:     # scan_id is the rowid
                buf: list[str] = []
                held = 0
                for piece in json_pieces(report):
                    buf.append(piece)
                    held += len(piece)
                    if held >= 1 << 20:
                        blob.write("".join(buf).encode("ascii"))
                        buf, held = [], 0
                blob.write("".join(buf).encode("ascii"))

    def analysis(self, scan_id: int) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT report FROM analyses WHERE scan_id=?", (scan_id,)).fetchone()
        if not row:
            return None
        text = row[0].decode("ascii") if isinstance(row[0], bytes) else row[0]   # streamed: ASCII bytes
        return json.loads(self._open(text, b"analyses.report"))

    def record_output(self, scan_id: int, path: str | Path) -> None:
        with self.transaction() as c:
            c.execute("INSERT OR IGNORE INTO outputs(scan_id, path) VALUES (?,?)", (scan_id, str(Path(path).resolve())))

    def outputs(self, subject: str) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT o.path FROM outputs o JOIN scans s ON s.id=o.scan_id WHERE s.subject=?", (subject,))]

    # -- data protection --------------------------------------------------
    def subjects(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT subject FROM scans ORDER BY subject")]

    def expired_subjects(self, today: dt.date | None = None) -> list[str]:
        """Subjects whose newest consent has passed its expiry date."""
        today = (today or dt.date.today()).isoformat()
        return [r[0] for r in self.conn.execute(
            "SELECT subject FROM scans s WHERE id=(SELECT max(id) FROM scans WHERE subject=s.subject)"
            " AND expires_on < ? ORDER BY subject", (today,))]

    def purge(self, subject: str) -> dict[str, int]:
        """Delete every scan, item and analysis of `subject`; returns what was removed."""
        with self.transaction() as c:
            n_items = c.execute("DELETE FROM items WHERE subject=?", (subject,)).rowcount
            n_scans = c.execute("DELETE FROM scans WHERE subject=?", (subject,)).rowcount
        self.conn.execute("VACUUM")
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return {"scans": n_scans, "items": n_items}
