"""Each reader gets their report: the person (plan first), the trainer (adversary's view, redacted by
default, anonymised cohort), the clearance reviewer (no third-party names, suburb precision)."""
from __future__ import annotations

import copy
import json
import re
import shutil
import tomllib

import pytest
from typer.testing import CliRunner

from footprint.analysis.report.cohort import MIN_CELL, load_reports, summarise
from footprint.analysis.report.narrative import STAGES, adversary_view
from footprint.analysis.score.plan_progress import check_plan
from footprint.analysis.report.review import build_review, policy_clauses, review_files
from footprint.analysis.report.schemas import validate_report
from footprint.cli.app import app
from footprint.cli.demo import SITE_DIR, write_demo_consent
from footprint.crawler.localsite import LocalSite
from tests.conftest import SHARED_DATA
from tests.report_samples import sample_report

runner = CliRunner()

# --- verify against the plan ------------------------------------------------------------------


@pytest.mark.parametrize("fixed,progress", [
    ([], "no step done yet: 82, critical"),
    (["f1"], "step 1 done: 82 -> 61, high"),
    (["f1", "f3"], "steps 1 to 2 done: 82 -> 44.1, moderate"),
    (["f3"], "no step done yet"),                       # step 2 done out of order does not count as progress
])
def test_verify_progress_follows_the_plan(fixed, progress):
    old = sample_report()
    old["risk"]["score"] = old["plan"]["start"]["score"] = 82.0
    new = copy.deepcopy(old)
    steps = {s["step"]: s for s in old["plan"]["steps"]}
    gone = {u for s in steps.values() if set(s["finding_ids"]) & set(fixed) for u in s["where"]}
    for f in new["findings"]:
        if f["id"] in fixed:
            f["evidence"] = [e for e in f["evidence"] if e["url"] not in gone]
    new["findings"] = [f for f in new["findings"] if f["evidence"]]
    result = check_plan(old, new)
    assert result["progress"].startswith(progress)
    assert result["done_in_order"] == len([s for s in result["steps"][:len(fixed)] if s["status"] == "done"]) \
        if fixed != ["f3"] else result["done_in_order"] == 0


# --- awareness demo: the adversary's view -------------------------------------------------------


def test_adversary_view_follows_the_groups_order_and_cites_evidence():
    report = sample_report()
    lines = adversary_view(report)
    stages = [line.stage for line in lines]
    assert stages == sorted(stages, key=STAGES.index) and stages[0] == "Identify as staff"
    assert {"Locate", "Find leverage", "Find a way in"} <= set(stages)
    urls = {e["url"] for f in report["findings"] for e in f["evidence"]}
    for line in lines:
        assert line.urls and set(line.urls) <= urls, line
    assert "Australian Border Force" in lines[0].text


def test_adversary_view_leads_the_awareness_demo_html_only():
    from footprint.analysis.report.html import render_html
    from footprint.analysis.report.text import render_markdown
    r = sample_report()
    r["consent"]["purpose"] = "awareness-demo"
    html = render_html(r)
    assert html.index('id="adversary"') < html.index('id="plan"') < html.index('id="risk"')
    assert render_markdown(r).index("## What a criminal group would see") < render_markdown(r).index("## Your plan")
    r["consent"]["purpose"] = "personal-report"
    assert 'id="adversary"' not in render_html(r)


# --- clearance review -----------------------------------------------------------------------------

DISTINCT = ["Zebulon Quackenbush", "Xanthippe Vandersloot", "Ignatius Wobblesworth"]


def _distinct_report() -> dict:
    """The sample report with distinctive third-party names spread through every string field."""
    r = sample_report()
    people = {"family": f"{DISTINCT[0]} (wife)", "associate": f"{DISTINCT[1]} (friend)",
              "colleague": f"{DISTINCT[2]} (colleague)"}
    for f in r["findings"]:
        if f["category"] in people:
            f["value"] = people[f["category"]]
            for e in f["evidence"]:
                e["excerpt"] += f" with {f['value'].split(' (')[0]} today"
                e["url"] = e["url"].rstrip("/") + "/" + f["value"].split()[0].lower()
    for s in r["plan"]["steps"]:
        s["action"] = f"Remove '{people['family']}' from the post about {DISTINCT[1].split()[0]}."
    r["graph"]["nodes"].append({"id": "person:z", "kind": "person", "label": people["family"]})
    return r


def _names_in(text: str, names: list[str]) -> list[str]:
    tokens = {t for n in names for t in n.split() if len(t) > 2}
    return [t for t in tokens if re.search(rf"(?<![^\W_]){re.escape(t)}(?![^\W_])", text, re.IGNORECASE)]


def test_review_shows_third_parties_by_relation_only():
    r = _distinct_report()
    files = review_files(r, reviewer="R. Examiner", given_by=r["subject"]["name"])
    for name, data in files.items():
        text = data.decode()
        assert _names_in(text, DISTINCT) == [], name
        assert "R. Examiner" in text and r["consent"]["sha256"] in text
        assert "full report" in text
    review = json.loads(files["review.json"])
    relations = {f["value"] for f in review["findings"] if f["category"] in ("family", "associate", "colleague")}
    assert {"wife", "friend", "colleague"} <= relations
    assert "[wife]" not in review["plan"]["steps"][0]["action"] and "wife" in review["plan"]["steps"][0]["action"]


def test_review_rounds_places_to_the_suburb():
    review = build_review(sample_report(), reviewer="R. Examiner", given_by="Morgan Ellery")
    text = json.dumps(review)
    assert not re.search(r"-?\d{1,3}\.\d{3,}", text)               # no coordinate finer than 2 decimals
    geo = [f["value"] for f in review["findings"] if f["category"] == "geotag"]
    assert "Parramatta NSW" in geo and not [v for v in geo if re.search(r"\d", v)]
    assert "Example Street" not in text


def test_review_policy_table_covers_sections_2_3_5_and_the_introduction():
    review = build_review(sample_report(), reviewer="R. Examiner", given_by="Morgan Ellery")
    sections = {c["section"].split()[0] for c in review["policy"]}
    assert sections == {"Introduction", "§2", "§3", "§5"}
    exposed = {c["id"]: c for c in review["policy"]}
    assert exposed["s2-identify-self"]["exposed"] and exposed["s2-identify-self"]["places"] == 3
    assert not exposed["s2-corporate-identifiers"]["exposed"] and exposed["s2-corporate-identifiers"]["places"] == 0


def test_policy_clauses_quote_the_policy():
    policy = SHARED_DATA.parent / "seed" / "social-media-policy-2015.txt"
    if not policy.is_file():
        pytest.skip("../shared/seed is not present")
    words = " ".join(policy.read_text(encoding="utf-8").split())
    for c in policy_clauses():
        assert " ".join(c["text"].split()) in words, c["id"]


@pytest.fixture(scope="module")
def review_scan(tmp_path_factory):
    """The demo persona scanned under a clearance-review consent."""
    root = tmp_path_factory.mktemp("review")
    shutil.copytree(SITE_DIR, root / "site")
    site = LocalSite(root / "site").start()
    consent = write_demo_consent(site.base, root)
    text = consent.read_text().replace('purpose = "awareness-demo"',
                                       'purpose = "clearance-review"\nreviewer = "Pat Assessor"')
    consent.write_text(text)
    out = root / "out"
    result = runner.invoke(app, ["scan", str(consent), "--out", str(out), "--db", str(root / "fp.sqlite3"),
                                 "--allow-local", "--no-throttle", "--format", "md"])
    site.stop()
    assert result.exit_code == 0, result.output + result.stderr
    return out


def test_clearance_review_writes_full_report_and_review(review_scan):
    names = sorted(p.name for p in review_scan.iterdir())
    assert {"report.json", "report.html", "report.md", "review.json", "review.html"} <= set(names)
    report = json.loads((review_scan / "report.json").read_text())
    validate_report(report)
    third = [f["value"].split(" (")[0].removesuffix(" School") for f in report["findings"]   # "school" is the
             if f["category"] in ("family", "associate", "colleague")]                          # relation shown
    assert third and _names_in((review_scan / "report.html").read_text(), third)    # the subject's report has them
    for name in ("review.json", "review.html"):
        text = (review_scan / name).read_text()
        assert _names_in(text, third) == [], (name, _names_in(text, third))
        assert "Pat Assessor" in text and report["consent"]["sha256"] in text


# --- awareness demo and personal report end to end ----------------------------------------------


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo") / "out"
    result = runner.invoke(app, ["demo", "--out", str(out), "--format", "md"])
    assert result.exit_code == 0, result.output + result.stderr
    return out, result.output


def test_awareness_demo_is_redacted_by_default_and_leads_with_the_adversary(demo_run):
    out, output = demo_run
    report = json.loads((out / "report.json").read_text())
    validate_report(report)
    assert report["consent"]["purpose"] == "awareness-demo"
    html = (out / "report.html").read_text()
    assert "REDACTED" in html and "Casey Morgan" not in html and "Casey Morgan" not in output
    assert html.index('id="adversary"') < html.index('id="plan"')


def test_demo_plan_reaches_low_in_a_handful_of_real_steps(demo_run):
    out, _ = demo_run
    plan = json.loads((out / "report.json").read_text())["plan"]
    assert plan["start"]["band"] in ("high", "critical")
    assert plan["end"]["band"] == "low" and len(plan["steps"]) <= 12
    after = [s["score_after"] for s in plan["steps"]]
    assert after == sorted(after, reverse=True)
    md = (out / "report.md").read_text()
    assert not re.search(r"&(gt|lt|amp);", md) and "Settings > Privacy" in md


# --- cohort ---------------------------------------------------------------------------------------

SECRET_MARKERS = ["Quinzel Farthingale", "quinzel.f@zz-unique.example", "https://zz-unique.example/@qf",
                  "Wobblesworth Lane", "-12.345678", "0491 570 999"]


def _cohort_reports(n: int) -> list[dict]:
    reports = []
    for i in range(n):
        r = _distinct_report()
        r["subject"]["name"] = f"{SECRET_MARKERS[0]} {i}"
        r["findings"][0]["value"] = SECRET_MARKERS[1]
        r["findings"][0]["evidence"][0]["url"] = SECRET_MARKERS[2] + f"/{i}"
        r["findings"][1]["value"] = SECRET_MARKERS[3]
        r["findings"][2]["evidence"][0]["excerpt"] = f"GPS {SECRET_MARKERS[4]}, 130.1 {SECRET_MARKERS[5]}"
        r["risk"]["band"] = "critical" if i < 6 else "low"
        r["risk"]["score"] = 80.0 if i < 6 else 10.0
        if i % 2:
            r["findings"] = [f for f in r["findings"] if f["category"] != "vulnerability"]
        r["scan"]["finished_at"] = f"2026-11-{10 + i:02d}T00:00:00Z"
        reports.append(r)
    return reports


def test_cohort_output_holds_no_name_url_or_value(tmp_path):
    paths = []
    for i, r in enumerate(_cohort_reports(9)):
        p = tmp_path / f"r{i}.json"
        p.write_text(json.dumps(r))
        paths.append(str(p))
    out = tmp_path / "cohort"
    result = runner.invoke(app, ["cohort", *paths, "--out", str(out)])
    assert result.exit_code == 0, result.output + result.stderr
    texts = {p.name: p.read_text() for p in out.iterdir()}
    assert set(texts) == {"cohort.json", "cohort.csv", "cohort.html"}
    markers = SECRET_MARKERS + DISTINCT + ["Morgan", "Ellery", "social.example", "morgan-writes", "Parramatta",
                                           "Australian Border Force", "Sydney Airport"]
    for name, text in texts.items():
        for m in markers:
            assert m.lower() not in text.lower(), (name, m)
    summary = json.loads(texts["cohort.json"])
    assert summary["people"] == 9
    assert summary["bands"]["critical"] == 6
    assert summary["bands"]["low"] is None          # 3 people: suppressed, not "3"
    assert summary["categories"]["employer"] == 9
    assert summary["categories"]["vulnerability"] == 5


@pytest.mark.parametrize("n,people", [(4, None), (5, 5)])
def test_cohort_small_groups_are_suppressed(n, people):
    c = summarise(_cohort_reports(n))
    assert c.people == people
    assert all(v is None or v >= MIN_CELL for v in [*c.categories.values(), *c.bands.values()])
    assert all(k for k, v in c.first_steps if v >= MIN_CELL)


def test_cohort_hides_a_second_band_when_one_alone_could_be_worked_out():
    reports = _cohort_reports(9)                    # 6 critical, 3 low
    c = summarise(reports)
    shown = [b for b, v in c.bands.items() if v is not None]
    assert c.bands["low"] is None and shown == ["critical"] or len([v for v in c.bands.values() if v is None]) != 1


@pytest.mark.parametrize("content,message", [
    (None, "no such file"),
    ("not json at all", "not a report"),
    ('{"hello": 1}', "not a footprint report"),
    ('{"findings": [], "risk": {"score": 200}}', "does not match the report schema"),
])
def test_cohort_bad_input_is_one_line_and_exit_2(tmp_path, content, message):
    p = tmp_path / "r.json"
    if content is not None:
        p.write_text(content)
    result = runner.invoke(app, ["cohort", str(p), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    err = result.stderr.strip()
    assert message in err and len(err.splitlines()) == 1 and "Traceback" not in err
    with pytest.raises(Exception):
        load_reports([p])
