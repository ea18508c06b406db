"""`footprint scan` end to end on the demo persona, then verify, report, analyse and purge."""
from __future__ import annotations

import json
import os
import re
import shutil
import stat

import jsonschema
import pytest
from lxml import html as lxml_html
from typer.testing import CliRunner

from footprint.analysis.evaluation import load_truth, score_report
from footprint.analysis.report.schemas import validate_report
from footprint.cli.app import app
from footprint.cli.demo import DEMO_DIR, SITE_DIR, write_demo_consent
from footprint.crawler.localsite import LocalSite
from footprint.crawler.store import Store
from tests.conftest import SHARED_DATA

runner = CliRunner()
SUBJECT = "Casey Morgan"


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    """The demo site copied (so tests can change it), served for the module, scanned once."""
    root = tmp_path_factory.mktemp("scan")
    shutil.copytree(SITE_DIR, root / "site")
    site = LocalSite(root / "site").start()
    consent = write_demo_consent(site.base, root)
    db, out = root / "fp.sqlite3", root / "out"
    result = runner.invoke(app, ["scan", str(consent), "--out", str(out), "--db", str(db), "--allow-local",
                                 "--no-throttle", "--format", "md,csv"])
    assert result.exit_code == 0, result.output + result.stderr
    yield {"root": root, "site": site, "db": db, "out": out, "consent": consent,
           "report": json.loads((out / "report.json").read_text())}
    site.stop()


def test_report_valid_against_contract_schema(scanned):
    report = scanned["report"]
    validate_report(report)
    contract = SHARED_DATA.parent / "contract" / "report.schema.json"
    if contract.is_file():
        jsonschema.Draft202012Validator(json.loads(contract.read_text())).validate(report)


def test_band_matches_the_persona(scanned):
    truth = load_truth(DEMO_DIR / "persona.toml")
    score = score_report(scanned["report"], truth, scanned["site"].base)
    assert score.band == score.intended_band
    assert scanned["report"]["risk"]["score"] >= truth["subject"].get("min_score", 0)


def test_no_decoy_is_flagged_and_every_category_found(scanned):
    truth = load_truth(DEMO_DIR / "persona.toml")
    score = score_report(scanned["report"], truth, scanned["site"].base)
    assert score.decoy_hits == []
    assert {f["category"] for f in scanned["report"]["findings"]} == set(score.found)


def test_contributions_add_up_and_rank1_addresses_largest(scanned):
    report = scanned["report"]
    total = sum(f["contribution"] for f in report["findings"])
    assert abs(total - report["risk"]["score"]) <= 0.5
    largest = max(report["findings"], key=lambda f: f["contribution"])
    advice = sorted(report["advice"], key=lambda a: a["rank"])
    assert largest["id"] in advice[0]["finding_ids"]
    reductions = [a["risk_reduction"] for a in advice]
    assert reductions == sorted(reductions, reverse=True)


def test_evidence_points_at_items_not_listings(scanned):
    base = scanned["site"].base
    listings = {f"{base}/social/@caseym/outbox", f"{base}/blog/page/2/", f"{base}/blog/page/3/"}
    for f in scanned["report"]["findings"]:
        for e in f["evidence"]:
            assert e["url"] not in listings and "outbox?page" not in e["url"], (f["id"], e["url"])


def test_outputs_private_and_html_offline(scanned):
    out = scanned["out"]
    names = sorted(p.name for p in out.iterdir())
    assert names == ["findings.csv", "report.html", "report.json", "report.md"]
    for p in out.iterdir():
        assert stat.S_IMODE(os.stat(p).st_mode) == 0o600
    doc = lxml_html.fromstring((out / "report.html").read_bytes())
    assert not doc.xpath("//script")
    assert doc.xpath("//meta[@http-equiv='Content-Security-Policy']")
    for el in doc.iter():
        for attr in ("src", "data"):
            value = el.get(attr)
            assert value is None or value.startswith("data:"), (el.tag, value)
        if el.tag == "link":
            assert not el.get("href", "").startswith(("http", "//"))


def test_report_and_analyse_rerender_from_store(scanned, tmp_path):
    again = tmp_path / "again"
    result = runner.invoke(app, ["report", SUBJECT, "--out", str(again), "--db", str(scanned["db"]), "--redact"])
    assert result.exit_code == 0, result.output + result.stderr
    redacted = (again / "report.json").read_text()
    assert "Sarah" not in redacted and "casey.morgan@abf.gov.au" not in redacted
    result = runner.invoke(app, ["analyse", SUBJECT, "--db", str(scanned["db"])])
    assert result.exit_code == 0
    assert "employer" in result.output


def test_graph_exports_open_in_networkx(scanned, tmp_path):
    import networkx as nx
    result = runner.invoke(app, ["report", SUBJECT, "--out", str(tmp_path), "--db", str(scanned["db"]),
                                 "--format", "graphml,gexf"])
    assert result.exit_code == 0, result.output + result.stderr
    nodes = len(scanned["report"]["graph"]["nodes"])
    assert nx.read_graphml(tmp_path / "graph.graphml").number_of_nodes() == nodes
    assert nx.read_gexf(tmp_path / "graph.gexf").number_of_nodes() == nodes


def test_unknown_subject_is_a_clear_error(scanned, tmp_path):
    result = runner.invoke(app, ["report", "Nobody", "--out", str(tmp_path / "x"), "--db", str(scanned["db"])])
    assert result.exit_code == 2
    assert "no complete scan" in result.stderr


def test_verify_recognises_a_removed_post(scanned):
    report = scanned["report"]
    base = scanned["site"].base
    target = next(a for a in report["advice"] if len(a["where"]) == 1 and "/social/@caseym/" in a["where"][0]
                  and not a["where"][0].endswith((".jpg", "@caseym")))
    status_id = target["where"][0].rsplit("/", 1)[1]
    site = scanned["root"] / "site" / "social" / "@caseym"
    removed = 0
    for page in sorted(site.glob("outbox_page=*.json")):
        data = json.loads(page.read_text())
        keep = [a for a in data["orderedItems"]
                if not (isinstance(a.get("object"), dict) and a["object"].get("url", "").endswith("/" + status_id))]
        removed += len(data["orderedItems"]) - len(keep)
        data["orderedItems"] = keep
        page.write_text(json.dumps(data))
    assert removed == 1
    result = runner.invoke(app, ["verify", str(scanned["out"]), "--db", str(scanned["db"]), "--allow-local",
                                 "--no-throttle"])
    assert result.exit_code == 0, result.output + result.stderr
    checks = json.loads((scanned["out"] / "verify.json").read_text())
    by_rank = {c["rank"]: c for c in checks["advice"]}
    assert by_rank[target["rank"]]["status"] == "done"
    assert base + f"/social/@caseym/{status_id}" in by_rank[target["rank"]]["removed"]
    assert checks["after"] <= checks["before"]
    assert any(c["status"] == "not done" for c in checks["advice"])
    progress = checks["plan"]["progress"]                       # against the plan, in the plan's own numbers
    assert re.match(r"^(no step done yet: [\d.]+, \w+|step 1 done: .+|steps 1 to \d+ done: [\d.]+ -> [\d.]+, \w+)$",
                    progress), progress
    assert f"Plan: {progress}." in result.output


def test_purge_leaves_nothing_behind(scanned):
    # Runs last in this module (pytest keeps file order).
    result = runner.invoke(app, ["purge", SUBJECT, "--db", str(scanned["db"])])
    assert result.exit_code == 0, result.output + result.stderr
    assert not scanned["out"].exists() or not any(scanned["out"].iterdir())
    with Store(scanned["db"]) as store:
        assert store.subjects() == []
    raw = b"".join(p.read_bytes() for p in scanned["db"].parent.glob("fp.sqlite3*"))
    for needle in (b"Casey Morgan", b"Revesby", b"casey.morgan@abf.gov.au", b"Priya"):
        assert needle not in raw
    again = runner.invoke(app, ["purge", SUBJECT, "--db", str(scanned["db"])])
    assert again.exit_code == 2
