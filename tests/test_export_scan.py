"""`footprint scan` with a consent that lists only data downloads: read from disk, analysed, reported."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from footprint.analysis.report.schemas import validate_report
from footprint.cli.app import app
from footprint.crawler.store import Store

from . import export_archives as gen
from .conftest import consent_toml

runner = CliRunner()


def _consent(tmp_path, exports: list[tuple[str, str]]) -> str:
    text = consent_toml(profiles=[], name=gen.SUBJECT)
    for path, platform in exports:
        text += f'\n[[exports]]\npath = "{path}"\nplatform = "{platform}"\n'
    consent = tmp_path / "consent.toml"
    consent.write_text(text, encoding="utf-8")
    return str(consent)


def test_scan_with_only_exports(tmp_path):
    (tmp_path / "dl").mkdir()
    x = gen.build_x(tmp_path / "dl")
    fb = gen.build_facebook(tmp_path / "dl")
    consent = _consent(tmp_path, [("dl/" + x.path.name, "auto"), ("dl/" + fb.path.name, "facebook")])
    out = tmp_path / "out"
    result = runner.invoke(app, ["scan", consent, "--out", str(out), "--db", str(tmp_path / "db.sqlite3"),
                                 "--format", "json,html,md"])
    assert result.exit_code == 0, result.output + result.stderr
    report = json.loads((out / "report.json").read_text())
    validate_report(report)
    assert [(p["url"], p["platform"], p["status"]) for p in report["scan"]["profiles"]] == [
        ("export:twitter:twitter-archive.zip", "export", "ok"), ("export:facebook:facebook-robinhale.zip", "export", "ok")]
    evidence = [e for f in report["findings"] for e in f["evidence"]]
    assert evidence and all(e.get("visibility") in ("public", "followers", "private", "unknown") for e in evidence)
    assert any(e["url"].startswith("https://x.com/robinhale_/status/") for e in evidence)
    private = [f for f in report["findings"] if all(e["visibility"] == "private" for e in f["evidence"])]
    assert private and all(f["contribution"] == 0 for f in private)
    md = (out / "report.md").read_text()
    html = (out / "report.html").read_text()
    assert md.count("(private: would be exposed if shared)") == sum(
        1 for f in report["findings"] for e in f["evidence"] if e["visibility"] == "private")
    assert "followers only" in html and "would be exposed if shared" in html
    assert report["risk"]["band"] == "critical"


def test_rescan_same_exports_sees_same_items(tmp_path):
    (tmp_path / "dl").mkdir()
    x = gen.build_x(tmp_path / "dl")
    consent = _consent(tmp_path, [("dl/" + x.path.name, "twitter")])
    args = ["scan", consent, "--out", str(tmp_path / "out"), "--db", str(tmp_path / "db.sqlite3")]
    assert runner.invoke(app, args).exit_code == 0
    first = json.loads((tmp_path / "out" / "report.json").read_text())
    assert runner.invoke(app, args).exit_code == 0
    second = json.loads((tmp_path / "out" / "report.json").read_text())
    assert first["risk"]["score"] == second["risk"]["score"]
    with Store(tmp_path / "db.sqlite3") as store:
        scans = store.scans(gen.SUBJECT)
        assert [s["status"] for s in scans] == ["complete", "complete"]
        assert store.counts(scans[0]["id"]) == store.counts(scans[1]["id"])
        total = store.conn.execute("SELECT COUNT(*) FROM items").fetchone()[0]
    assert total == store_items(first)


def store_items(report: dict) -> int:
    """Items the report's status lines say were read: a rescan must not store them twice."""
    return sum(p["items"] for p in report["scan"]["profiles"])
