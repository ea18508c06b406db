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

from cli.app import app
from crawler.localsite import LocalSite
from crawler.store import Store
from tests.conftest import consent_toml
from tests.hardening_site import SUBJECT, blog_routes

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


def test_a_scan_that_read_something_is_an_assessment(blog, tmp_path):
    consent = _write_consent(tmp_path / "c", [blog.base + "/blog/", blog.base + "/missing/"])
    out = tmp_path / "out"
    result = runner.invoke(app, ["scan", str(consent), "--out", str(out), "--db", str(tmp_path / "fp.sqlite3"),
                                 "--allow-local", "--no-throttle"])
    assert result.exit_code == 0, result.output + result.stderr
    report = json.loads((out / "report.json").read_text())
    assert report["scan"]["assessed"] is True
    assert "NOT AN ASSESSMENT" not in result.stdout and "not an assessment" not in report["risk"]["summary"].lower()
