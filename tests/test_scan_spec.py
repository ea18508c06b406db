"""The scan specification is stored whole: later commands replay it, never re-derive it.

A consent naming its own organisation file (beside the consent, relative path) must be analysed
with that profile by `scan`, `analyse` and `report --reanalyse`; and `analyse` must reproduce the
scan's stored report byte for byte (aliases included).
"""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from footprint.cli.app import app
from footprint.crawler.localsite import LocalSite
from footprint.crawler.store import Store
from tests.conftest import consent_toml

runner = CliRunner()
NAME = "Jordan Vale"          # fictional

ORG = '''id = "hca"
name = "Harbour Customs Agency"
email_domains = ["hca.gov.example"]
roles = ["customs inspector"]

[[names]]
canonical = "Harbour Customs Agency"
aliases = ["Harbour Customs Agency", "Harbour Customs"]
'''

PAGE = """<!doctype html><html><head><title>Jordan Vale</title></head><body><main>
<article class="h-card"><h1 class="p-name">Jordan Vale</h1>
<p class="p-note">Customs inspector with the Harbour Customs Agency. Weekends: sailing.</p>
<p>Work email: <a class="u-email" href="mailto:j.vale@hca.gov.example">j.vale@hca.gov.example</a></p>
</article></main></body></html>"""


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    root = tmp_path_factory.mktemp("spec")
    site_dir = root / "site" / "people"
    site_dir.mkdir(parents=True)
    (site_dir / "jordan.html").write_text(PAGE, encoding="utf-8")
    (root / "site" / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    site = LocalSite(root / "site").start()
    consent_dir = root / "consent"
    consent_dir.mkdir()
    (consent_dir / "hca.toml").write_text(ORG, encoding="utf-8")
    consent = consent_dir / "consent.toml"
    consent.write_text(consent_toml([{"url": f"{site.base}/people/jordan.html", "platform": "html"}],
                                    name=NAME, organisation="./hca.toml"), encoding="utf-8")
    db, out = root / "fp.sqlite3", root / "out"
    result = runner.invoke(app, ["scan", str(consent), "--out", str(out), "--db", str(db), "--allow-local",
                                 "--no-throttle"])
    site.stop()
    assert result.exit_code == 0, result.output
    yield {"root": root, "db": db, "out": out, "report": json.loads((out / "report.json").read_text())}


def _stored(db) -> tuple[dict, str]:
    with Store(db) as store:
        scan = store.latest_scan(NAME)
        return store.scan_spec(scan["id"]).__dict__, json.dumps(store.analysis(scan["id"]), sort_keys=True)


def test_scan_uses_the_organisation_file_beside_the_consent(scanned):
    report = scanned["report"]
    assert report["subject"]["organisation"] == "hca"
    employer = [f for f in report["findings"] if f["category"] == "employer"]
    assert employer and "Harbour Customs" in employer[0]["value"]


def test_the_spec_holds_the_resolved_consent(scanned):
    spec, _ = _stored(scanned["db"])
    assert spec["organisation"] == "hca" and spec["org_profile"]["name"] == "Harbour Customs Agency"
    assert spec["aliases"] == ("caseym",) and len(spec["org_sha256"]) == 64
    assert [p["platform"] for p in spec["profiles"]] == ["html"]


@pytest.mark.parametrize("command", [["analyse", NAME], ["report", NAME, "--reanalyse", "--out", "again"]])
def test_later_commands_replay_the_spec_and_reproduce_the_report(scanned, command, monkeypatch):
    monkeypatch.chdir(scanned["root"])          # and not from the consent's folder: the file is not re-read
    _, before = _stored(scanned["db"])
    result = runner.invoke(app, command + ["--db", str(scanned["db"])])
    assert result.exit_code == 0, result.output
    _, after = _stored(scanned["db"])
    assert after == before
