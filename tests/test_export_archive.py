"""The export Archive and the consent gate for [[exports]]: unsafe downloads are refused before any read."""
from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from footprint.cli.app import app
from footprint.crawler.consent import ConsentError, load_consent
from footprint.crawler.exports import ArchiveError, open_archive

from .conftest import consent_toml

runner = CliRunner()


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)
    return path


def _bomb(tmp: Path) -> Path:
    return _zip(tmp / "bomb.zip", {"data/tweets.js": b"\0" * (8 * 1024 * 1024)})   # ~1000:1


def _traversal(name: str):
    return lambda tmp: _zip(tmp / "x.zip", {"data/account.js": b"[]", name: b"pwned"})


def _symlink_out(tmp: Path) -> Path:
    folder = tmp / "export"
    folder.mkdir()
    (folder / "account.js").write_text("[]")
    (tmp / "secret.txt").write_text("not yours")
    os.symlink(tmp / "secret.txt", folder / "leak.js")
    return folder


def _dir_symlink_out(tmp: Path) -> Path:
    folder = tmp / "export"
    folder.mkdir()
    os.symlink("/etc", folder / "etc")
    return folder


def _not_a_zip(tmp: Path) -> Path:
    p = tmp / "export.zip"
    p.write_bytes(b"PK\x03\x04 this is not really a zip")
    return p


def _fifo(tmp: Path) -> Path:
    os.mkfifo(tmp / "export.zip")
    return tmp / "export.zip"


BAD = [
    ("../evil.txt", _traversal("../evil.txt"), "path traversal"),
    ("nested ..", _traversal("data/../../evil.txt"), "path traversal"),
    ("backslash ..", _traversal("data\\..\\..\\evil.txt"), "path traversal"),
    ("absolute", _traversal("/etc/cron.d/evil"), "absolute path"),
    ("drive letter", _traversal("C:/Windows/evil.dll"), "absolute path"),
    ("zip bomb ratio", _bomb, "zip bomb"),
    ("symlink out", _symlink_out, "leaves the folder"),
    ("dir symlink out", _dir_symlink_out, "leaves the folder"),
    ("missing", lambda tmp: tmp / "nowhere.zip", "not found"),
    ("not a zip", _not_a_zip, "not a readable zip"),
    ("fifo", _fifo, "neither a file nor a folder"),
]


@pytest.mark.parametrize("make,expected", [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_unsafe_download_refused(tmp_path, make, expected):
    path = make(tmp_path)
    with pytest.raises(ArchiveError, match=expected) as info:
        open_archive(path)
    assert "\n" not in str(info.value)


def test_total_size_cap(tmp_path):
    path = _zip(tmp_path / "x.zip", {"a.json": b"1" * 3000, "b.json": b"2" * 3000})
    with pytest.raises(ArchiveError, match="zip bomb"):
        open_archive(path, max_total=5000)
    assert open_archive(path, max_total=6000).names() == ["a.json", "b.json"]


def test_folder_with_inner_symlink_is_fine(tmp_path):
    folder = tmp_path / "export"
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "account.js").write_text("window.YTD.account.part0 = []")
    os.symlink(folder / "data" / "account.js", folder / "alias.js")
    with open_archive(folder) as a:
        assert "data/account.js" in a.names()
        assert a.read_text("alias.js").startswith("window.YTD")


def test_members_stream_without_extracting(tmp_path):
    body = b"".join(b"line %d\n" % i for i in range(200_000))
    path = _zip(tmp_path / "x.zip", {"top/data/tweets.js": body})
    with open_archive(path) as a:
        assert a.find("data/tweets.js") == ["top/data/tweets.js"]
        with a.open("top/data/tweets.js") as fh:
            first = fh.read(7)
            rest = sum(len(chunk) for chunk in iter(lambda: fh.read(65536), b""))
        assert first == b"line 0\n" and 7 + rest == len(body)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.zip"]


def _consent_with_export(tmp_path: Path, export_path: str, profiles: list | None = None) -> Path:
    text = consent_toml(profiles=profiles or [], name="Robin Hale")
    text += f'\n[[exports]]\npath = "{export_path}"\nplatform = "auto"\nprivate_location = false\n'
    path = tmp_path / "consent.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_consent_with_only_exports(tmp_path):
    _zip(tmp_path / "x.zip", {"data/account.js": b"window.YTD.account.part0 = []"})
    consent = load_consent(_consent_with_export(tmp_path, "x.zip"))
    assert consent.profiles == ()
    assert [(e.path, e.platform, e.private_location) for e in consent.exports] == \
        [((tmp_path / "x.zip").resolve(), "auto", False)]


@pytest.mark.parametrize("make,expected", [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_consent_gate_refuses_unsafe_export(tmp_path, make, expected):
    path = make(tmp_path)
    consent = _consent_with_export(tmp_path, os.path.relpath(path, tmp_path))
    with pytest.raises(ConsentError, match=rf"exports\[0\].*{expected}"):
        load_consent(consent)


@pytest.mark.parametrize("make,expected", [BAD[0][1:], BAD[5][1:], BAD[6][1:]], ids=["traversal", "bomb", "symlink"])
def test_cli_scan_refuses_unsafe_export_exit_2(tmp_path, make, expected):
    path = make(tmp_path)
    consent = _consent_with_export(tmp_path, os.path.relpath(path, tmp_path))
    result = runner.invoke(app, ["scan", str(consent), "--out", str(tmp_path / "out"),
                                 "--db", str(tmp_path / "db.sqlite3")])
    assert result.exit_code == 2
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output + result.stderr
    assert not (tmp_path / "out").exists() and not (tmp_path / "db.sqlite3").exists()


def test_consent_export_platform_must_be_known(tmp_path):
    _zip(tmp_path / "x.zip", {"a.json": b"{}"})
    consent = _consent_with_export(tmp_path, "x.zip")
    consent.write_text(consent.read_text().replace('platform = "auto"', 'platform = "myspace"'))
    with pytest.raises(ConsentError, match="exports.0.platform"):
        load_consent(consent)


def test_damaged_member_is_an_archive_error(tmp_path):
    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data/tweets.js", b"window.YTD.tweets.part0 = [" + b"{}," * 5000 + b"{}]")
    raw = bytearray(path.read_bytes())
    start = raw.index(b"data/tweets.js") + len("data/tweets.js")
    raw[start + 20:start + 60] = b"\xff" * 40          # corrupt the compressed bytes
    path.write_bytes(bytes(raw))
    with open_archive(path) as a, pytest.raises(ArchiveError, match="damaged|cannot be read"):
        a.read_bytes("data/tweets.js")


def test_damaged_download_fails_alone_in_a_scan(tmp_path):
    from footprint.crawler.consent import ConsentExport
    from footprint.crawler.exports.ingest import ingest_exports
    from footprint.crawler.store import Store
    good = tmp_path / "good.zip"
    with zipfile.ZipFile(good, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("data/tweets.js", b'window.YTD.tweets.part0 = [{"tweet": {"id_str": "1", "full_text": "hello", '
                                      b'"created_at": "Mon Mar 02 09:00:00 +0000 2026"}}]')
    bad = tmp_path / "bad.zip"
    bad.write_bytes(good.read_bytes().replace(b"hello", b"hellp"))     # stored bytes changed: CRC mismatch
    consent = load_consent(_consent_with_export(tmp_path, "good.zip"))
    with Store(tmp_path / "db.sqlite3") as store:
        scan_id = store.start_scan(consent)
    statuses = ingest_exports([ConsentExport(bad, "twitter"), ConsentExport(good, "twitter")],
                              tmp_path / "db.sqlite3", scan_id, consent.subject)
    assert [(s["status"], s["items"]) for s in statuses] == [("partial", 0), ("ok", 1)]
    assert "damaged" in statuses[0]["detail"] or "CRC" in statuses[0]["detail"]
