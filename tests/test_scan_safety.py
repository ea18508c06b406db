"""A scan never gives a wrong all-clear (issue 10): relative paths are resolved once, in the
parent, so the crawl and the analysis read the same store; a scan that read nothing says so in
its first line and exits 3; an encrypted scan leaves nothing readable on disk."""
from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

import pytest
from typer.testing import CliRunner

from footprint.cli.app import app
from footprint.crawler.localsite import LocalSite
from footprint.crawler.store import Store
from tests.conftest import consent_toml
from tests.hardening_site import NEEDLE, SUBJECT, blog_routes

ROOT = Path(__file__).resolve().parents[1]
ORG_DIR = ROOT / "data" / "orgs"
runner = CliRunner()


@pytest.fixture(scope="module")
def blog(tmp_path_factory):
    with LocalSite(tmp_path_factory.mktemp("blog"), routes=blog_routes()) as site:
        yield site


def _write_consent(folder: Path, profiles: list[str], organisation: str = "dibp") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "consent.toml"
    path.write_text(consent_toml([{"url": u} for u in profiles], name=SUBJECT, organisation=organisation),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("organisation", ["dibp", "orgs/mine.toml", "orgs/../orgs/mine.toml"])
def test_relative_db_out_and_organisation_are_resolved_in_the_parent(blog, tmp_path, monkeypatch, organisation):
    """`--db db/x.sqlite` from another folder: the crawl child must write the store the parent then
    analyses (it wrote one under the project root, and the parent reported 0/100 LOW)."""
    consent_dir = tmp_path / "consents"
    (consent_dir / "orgs").mkdir(parents=True)
    org = (ORG_DIR / "dibp.toml").read_text(encoding="utf-8").replace('id = "dibp"', 'id = "mine"', 1)
    (consent_dir / "orgs" / "mine.toml").write_text(org, encoding="utf-8")   # an organisation given by path
    _write_consent(consent_dir, [blog.base + "/blog/"], organisation=organisation)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    name = f"db-{uuid.uuid4().hex[:8]}"
    stray = ROOT / name
    try:
        result = runner.invoke(app, ["scan", "../consents/consent.toml", "--out", "out", "--db", f"{name}/x.sqlite",
                                     "--allow-local", "--no-throttle"])
        assert result.exit_code == 0, result.output + result.stderr
        assert not stray.exists(), "the crawl child wrote the store relative to its own working directory"
    finally:
        shutil.rmtree(stray, ignore_errors=True)
    with Store(work / name / "x.sqlite") as store:
        scan = store.latest_scan(SUBJECT)
        assert store.counts(scan["id"])["post"] >= 3
    report = json.loads((work / "out" / "report.json").read_text())
    assert report["risk"]["score"] > 25 and report["findings"]
    assert report["subject"]["organisation"] == organisation.rsplit("/", 1)[-1].removesuffix(".toml")


# -- no silent false all-clear ------------------------------------------------------------
def _closed_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


NOTHING_READ = [
    ("profile-404", lambda base: [base + "/missing/"]),
    ("connection-refused", lambda base: [f"http://127.0.0.1:{_closed_port()}/@gone"]),
    ("robots-disallows", lambda base: [base.replace("127.0.0.1", "localhost") + "/blog/"]),
    ("every-profile-fails", lambda base: [base + "/missing/", base + "/also-missing/"]),
]


@pytest.mark.parametrize("case,profiles", NOTHING_READ, ids=[c[0] for c in NOTHING_READ])
def test_scan_that_read_nothing_says_so_first_and_exits_3(blog, tmp_path, case, profiles):
    from tests.fault_scenarios import static
    if case == "robots-disallows":
        blog.routes["/robots.txt"] = lambda h: static("text/plain", b"User-agent: *\nDisallow: /\n")(h) \
            if h.headers.get("Host", "").startswith("localhost") else static("text/plain", b"User-agent: *\nAllow: /\n")(h)
    consent = _write_consent(tmp_path / "c", profiles(blog.base))
    out = tmp_path / "out"
    try:
        result = runner.invoke(app, ["scan", str(consent), "--out", str(out), "--db", str(tmp_path / "fp.sqlite3"),
                                     "--allow-local", "--no-throttle", "--format", "md"])
    finally:
        blog.routes.update({"/robots.txt": blog_routes()["/robots.txt"]})
    assert result.exit_code == 3, result.output + result.stderr
    assert "not an assessment" in result.stderr.lower()
    first_line = next(line for line in result.stdout.splitlines() if line.strip())
    assert "NOT AN ASSESSMENT" in first_line, result.stdout
    report = json.loads((out / "report.json").read_text())
    assert report["scan"]["assessed"] is False
    assert report["risk"]["summary"].startswith("Not an assessment")
    assert (out / "report.md").read_text().splitlines()[0].startswith("**NOT AN ASSESSMENT")
    from lxml import html as lxml_html
    body = lxml_html.fromstring((out / "report.html").read_bytes()).body
    assert body.text_content().strip().startswith("NOT AN ASSESSMENT")
    for again in (["report", SUBJECT, "--out", str(tmp_path / "again")], ["analyse", SUBJECT]):
        shown = runner.invoke(app, again + ["--db", str(tmp_path / "fp.sqlite3")])
        assert shown.exit_code == 0, shown.output + shown.stderr
        assert "NOT AN ASSESSMENT" in next(line for line in shown.stdout.splitlines() if line.strip())


def test_a_scan_that_read_something_is_an_assessment(blog, tmp_path):
    consent = _write_consent(tmp_path / "c", [blog.base + "/blog/", blog.base + "/missing/"])
    out = tmp_path / "out"
    result = runner.invoke(app, ["scan", str(consent), "--out", str(out), "--db", str(tmp_path / "fp.sqlite3"),
                                 "--allow-local", "--no-throttle"])
    assert result.exit_code == 0, result.output + result.stderr
    report = json.loads((out / "report.json").read_text())
    assert report["scan"]["assessed"] is True
    assert "NOT AN ASSESSMENT" not in result.stdout and "not an assessment" not in report["risk"]["summary"].lower()


# -- encryption at rest (issue 10, row 5) -------------------------------------------------------
PASS = "plum-kettle-orbit-42"


def _raw_bytes(*folders_or_files: Path) -> bytes:
    out = b""
    for f in folders_or_files:
        for p in ([f] if f.is_file() else sorted(x for x in f.rglob("*") if x.is_file())):
            out += p.read_bytes()
    return out


@pytest.fixture(scope="module")
def encrypted(blog, tmp_path_factory):
    root = tmp_path_factory.mktemp("enc")
    consent = _write_consent(root / "c", [blog.base + "/blog/"])
    store_dir, out = root / "store", root / "out"
    result = runner.invoke(app, ["scan", str(consent), "--out", str(out), "--db", str(store_dir / "fp.sqlite3"),
                                 "--allow-local", "--no-throttle", "--encrypt", "--format", "md,csv"],
                           env={"FOOTPRINT_PASSPHRASE": PASS})
    assert result.exit_code == 0, result.output + result.stderr
    return {"root": root, "db": store_dir / "fp.sqlite3", "store_dir": store_dir, "out": out}


def test_encrypted_scan_leaves_nothing_readable_on_disk(encrypted):
    from footprint.analysis.report.outputs import decrypt_file
    names = sorted(p.name for p in encrypted["out"].iterdir())
    assert names and all(n.endswith(".enc") for n in names), names
    raw = _raw_bytes(encrypted["store_dir"], encrypted["out"])
    for needle in (NEEDLE.encode(), b"Sydney Airport", b"Sarah", b"caseym"):
        assert needle not in raw, needle
    report = json.loads(decrypt_file(encrypted["out"] / "report.json.enc", PASS))
    assert report["findings"] and report["risk"]["score"] > 25


@pytest.mark.parametrize("command", [["report", SUBJECT, "--out", "{root}/again"], ["analyse", SUBJECT]],
                         ids=["report", "analyse"])
def test_encrypted_store_asks_for_the_passphrase(encrypted, command):
    args = [a.format(root=encrypted["root"]) for a in command] + ["--db", str(encrypted["db"])]
    missing = runner.invoke(app, args, env={"FOOTPRINT_PASSPHRASE": ""})
    assert missing.exit_code == 2 and "FOOTPRINT_PASSPHRASE" in missing.stderr, missing.output + missing.stderr
    wrong = runner.invoke(app, args, env={"FOOTPRINT_PASSPHRASE": "not-it"})
    assert wrong.exit_code == 2 and "wrong passphrase" in wrong.stderr, wrong.output + wrong.stderr
    right = runner.invoke(app, args, env={"FOOTPRINT_PASSPHRASE": PASS})
    assert right.exit_code == 0, right.output + right.stderr
    if command[0] == "report":
        again = encrypted["root"] / "again"
        assert sorted(p.name for p in again.iterdir()) == ["report.html.enc", "report.json.enc"]


def test_verify_of_an_encrypted_report_writes_only_encrypted_files(encrypted):
    result = runner.invoke(app, ["verify", str(encrypted["out"]), "--db", str(encrypted["db"]), "--allow-local",
                                 "--no-throttle"], env={"FOOTPRINT_PASSPHRASE": PASS})
    assert result.exit_code == 0, result.output + result.stderr
    assert (encrypted["out"] / "verify.json.enc").is_file() and not (encrypted["out"] / "verify.json").exists()
    assert NEEDLE.encode() not in _raw_bytes(encrypted["store_dir"], encrypted["out"])


def test_passphrase_is_never_an_argument(encrypted, tmp_path):
    result = runner.invoke(app, ["report", SUBJECT, "--out", str(tmp_path / "x"), "--db", str(encrypted["db"]),
                                 "--passphrase", PASS])
    assert result.exit_code == 2 and "No such option" in result.output + result.stderr


def test_crawl_child_gets_neither_passphrase_nor_key_in_argv_or_environment(blog, tmp_path, monkeypatch):
    from footprint.crawler.consent import load_consent
    from footprint.crawler.runner import crawl
    monkeypatch.setenv("FOOTPRINT_PASSPHRASE", PASS)
    consent = load_consent(_write_consent(tmp_path / "c", [blog.base + "/blog/"]), allow_local=True)
    seen: dict[str, bytes] = {}

    def peek(pid: int) -> None:
        seen["cmdline"] = Path(f"/proc/{pid}/cmdline").read_bytes()
        seen["environ"] = Path(f"/proc/{pid}/environ").read_bytes()

    crawl(consent, tmp_path / "fp.sqlite3", allow_local=True, no_throttle=True, passphrase=PASS, on_start=peek)
    with Store(tmp_path / "fp.sqlite3", PASS) as store:
        key = store.key
    assert key
    for where in ("cmdline", "environ"):
        assert PASS.encode() not in seen[where] and key.hex().encode() not in seen[where], where


def test_purge_of_an_encrypted_store_needs_no_passphrase(encrypted):
    result = runner.invoke(app, ["purge", SUBJECT, "--db", str(encrypted["db"])], env={"FOOTPRINT_PASSPHRASE": ""})
    assert result.exit_code == 0, result.output + result.stderr
    with Store(encrypted["db"]) as store:
        assert store.subjects() == []
