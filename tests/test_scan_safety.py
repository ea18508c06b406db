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
