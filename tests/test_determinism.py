"""The report must not depend on the order a crawl stored the items in.

Scrapy runs several requests at once, so two scans of one unchanged site
store their items in different orders (two scans of one generated site once
scored 84.7 and 82.7). Here the demo persona is crawled once, its items are
shuffled, and the whole report must come out byte for byte the same; the
stages that used to pick "the first one seen" (linking, DBSCAN, the
official/personal contact vote) are also checked on their own.
"""
from __future__ import annotations

import json
import random
from datetime import datetime

import pytest

from footprint.analysis import pipeline
from footprint.analysis.detect.detectors.contacts import resolve_contact_use
from footprint.analysis.findings import Detection, Evidence
from footprint.analysis.link.geo import GeoPoint, infer_home, infer_routine
from footprint.analysis.link.linking import link
from footprint.crawler.orgs import load_org
from footprint.analysis.score.plan import apply_steps, build_plan
from footprint.analysis.score.risk import band_for, risk_score
from footprint.crawler.consent import load_consent
from footprint.cli.demo import demo_site, load_persona, write_demo_consent
from footprint.crawler.runner import crawl
from footprint.crawler.store import Store

SEEDS = (1, 2, 3)
SCAN = {"started_at": "2026-01-01T00:00:00+00:00", "finished_at": "2026-01-01T00:01:00+00:00"}
CONSENT = {"sha256": "0" * 64, "purpose": "test", "given_on": "2026-01-01", "expires_on": "2026-02-01"}


def shuffled(items: list, seed: int) -> list:
    out = list(items)
    random.Random(seed).shuffle(out)
    return out


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo persona crawled once from LocalSite (no analysis), its items and persona."""
    root = tmp_path_factory.mktemp("determinism")
    persona = load_persona()
    with demo_site() as site:
        consent = load_consent(write_demo_consent(site.base, root, persona), allow_local=True)
        result = crawl(consent, root / "fp.sqlite3", allow_local=True, no_throttle=True)
        with Store(root / "fp.sqlite3") as store:
            items = store.items_for_scan(result.scan_id)
            profiles = store.profile_statuses(result.scan_id)
    assert len(items) > 40
    return {"items": items, "persona": persona, "profiles": profiles, "org": load_org(persona.organisation)}


def report_json(demo, items) -> str:
    p = demo["persona"]
    findings, risk, advice, graph = pipeline.analyse_items(
        items, org=demo["org"], subject=p.name, aliases=p.aliases,
        platforms={x["url"]: x["platform"] for x in demo["profiles"]})
    platforms = {x["url"]: x["platform"] for x in demo["profiles"]}
    report = pipeline.build_report(subject=p.name, organisation=p.organisation, consent=CONSENT, scan=SCAN,
                                   profiles=demo["profiles"], findings=findings, risk=risk, advice=advice,
                                   graph=graph, plan=build_plan(findings, advice, platforms))
    return json.dumps(report, sort_keys=True)


def test_demo_plan_steps_are_full_rescores_and_reach_low(demo):
    """On the real demo findings: every score_after is a full re-score with the earlier steps applied."""
    p = demo["persona"]
    platforms = {x["url"]: x["platform"] for x in demo["profiles"]}
    findings, risk, advice, _ = pipeline.analyse_items(demo["items"], org=demo["org"], subject=p.name,
                                                       aliases=p.aliases, platforms=platforms)
    plan = build_plan(findings, advice, platforms)
    assert plan.start == risk.score and band_for(plan.end) == "low" and len(plan.steps) <= 12
    previous = plan.start
    for k, step in enumerate(plan.steps):
        assert step.score_after == risk_score(apply_steps(findings, plan.steps[: k + 1])) <= previous
        previous = step.score_after


def detect_and_link_json(demo, items) -> str:
    """Below `analyse_items` (which sorts its input): detectors, geo and linking on items as given."""
    p = demo["persona"]
    findings = link(pipeline.detect(items, demo["org"], p.name, p.aliases))
    return json.dumps([f.to_report() | {"key": f.key, "attrs": f.attrs} for f in findings], sort_keys=True,
                      default=str)


def test_report_is_identical_for_any_item_order(demo):
    base = report_json(demo, demo["items"])
    assert json.loads(base)["findings"]
    for seed in SEEDS:
        assert report_json(demo, shuffled(demo["items"], seed)) == base, f"seed {seed}"


def test_detection_and_linking_do_not_need_the_canonical_order(demo):
    base = detect_and_link_json(demo, demo["items"])
    for seed in SEEDS[:2]:
        assert detect_and_link_json(demo, shuffled(demo["items"], seed)) == base, f"seed {seed}"


# --------------------------------------------------------------------------- stages on their own

def det(category: str, value: str, key: str, *, url: str, conf: float = 0.8, detector: str = "D",
        support: tuple = (), posted: str | None = "2026-03-01T10:00:00+00:00", **attrs) -> Detection:
    return Detection(category, value, key, conf, detector, "p",
                     Evidence(url=f"https://social.example/@alex/{url}", kind="text", excerpt=f"... {value} ...",
                              posted_at=posted, profile="https://social.example/@alex"),
                     support=list(support), attrs=attrs)


LINK_CASES = {
    # equal confidence, different spellings and explanations: which one names the finding?
    "tied values": [det("employer", "ABF", "org:abf", url="1", support=("work",)),
                    det("employer", "ABF", "org:abf", url="2", support=("team line",), detector="E"),
                    det("employer", "Australian Border Force", "org:abf", url="3", support=("uniform",))],
    # "Sarah" can join "Sarah Kelly" or "Sarah Jones", not both: the first union used to win
    "bridge name": [det("family", "Sarah (sister)", "fam:sarah", url="1", relation="sister", name="Sarah"),
                    det("family", "Sarah Kelly (sister)", "fam:sarah kelly", url="2", relation="sister",
                        name="Sarah Kelly"),
                    det("family", "Sarah Jones (sister)", "fam:sarah jones", url="3", relation="sister",
                        name="Sarah Jones")],
    # photos a few metres apart are one point: which coordinates name it?
    "geotags": [det("geotag", f"-33.95{i}, 151.0095", f"geotag:-33.95{i},151.0095", url=f"g{i}", conf=0.95,
                    lat=-33.9547 - i * 0.00005, lon=151.0095, posted=None) for i in range(4)],
}


@pytest.mark.parametrize("name", sorted(LINK_CASES))
def test_link_does_not_depend_on_detection_order(name):
    dets = LINK_CASES[name]
    base = [(f.to_report(), f.key, f.attrs) for f in link(dets)]
    for seed in range(12):
        assert [(f.to_report(), f.key, f.attrs) for f in link(shuffled(dets, seed))] == base, seed


def contact(category: str, conf: float, url: str) -> Detection:
    return det(category, "+61 2 5550 1234", "+61255501234", url=url, conf=conf)


def test_contact_vote_tie_does_not_depend_on_summation_order():
    # 0.1 + 0.2 + 0.3 is 0.6000000000000001 in one order and 0.6 in another: an exact tie goes to official
    dets = [contact("personal_contact", c, f"p{i}") for i, c in enumerate((0.1, 0.2, 0.3))]
    dets.append(contact("official_contact", 0.6, "o"))
    for seed in range(12):
        cats = {d.category for d in resolve_contact_use(shuffled(dets, seed))}
        assert cats == {"official_contact"}, seed


def _pt(lat: float, lon: float, day: int, hour: int, url: str, place: str = "") -> GeoPoint:
    return GeoPoint(lat, lon, datetime(2026, 3, day, hour, 10), url, "https://social.example/@alex", None, "",
                    place, "post" if place else "image")


# Two night clusters 178 m apart (DBSCAN eps 100 m, 4 samples) and a lone photo 89 m from the edge of
# each: it is a border point of both, and whichever cluster took it was the larger, i.e. the home. And a
# weekly routine at a place spelt two ways. Both answers used to follow the order of the points.
BASE_LAT, LON = -33.9547, 151.0095
POINTS = ([_pt(BASE_LAT - i * 0.0002, LON, 2 + i, 22, f"a{i}") for i in range(4)]
          + [_pt(BASE_LAT + 0.0016 + i * 0.0002, LON, 9 + i, 23, f"b{i}") for i in range(4)]
          + [_pt(BASE_LAT + 0.0008, LON, 20, 22, "edge")]
          + [_pt(-33.8000, 151.2000, 2 + 7 * w, 7, f"r{w}", "Bondi Beach" if w % 2 else "bondi beach")
             for w in range(4)])


@pytest.mark.parametrize("infer", [infer_home, infer_routine], ids=["home", "routine"])
def test_geo_inferences_do_not_depend_on_point_order(infer):
    base = [(d.value, d.key, d.attrs, d.evidence) for d in infer(POINTS)]
    for seed in range(12):
        assert [(d.value, d.key, d.attrs, d.evidence) for d in infer(shuffled(POINTS, seed))] == base, seed


_DRAW = """
import json, sys
from footprint.analysis.report.svg import graph_picture
report = json.loads(sys.stdin.read())
print(graph_picture(report["graph"], max_nodes=40).svg)
"""


def test_graph_drawing_does_not_depend_on_the_hash_seed():
    """A large graph is cut to its most important nodes before drawing: the cut and the layout must not follow
    Python's per-process string hashing, or one report.json renders a different picture every time."""
    import os
    import subprocess
    import sys
    nodes = [{"id": "subject", "kind": "subject", "label": "S"}] + \
            [{"id": f"n{i}", "kind": "item" if i % 3 else "place", "label": f"node {i}"} for i in range(120)]
    edges = [{"source": "subject", "target": f"n{i}", "kind": "mentions"} for i in range(120)] + \
            [{"source": f"n{i}", "target": f"n{(i * 7) % 120}", "kind": "near"} for i in range(0, 120, 2)]
    report = json.dumps({"graph": {"directed": True, "multigraph": True, "nodes": nodes, "edges": edges}})
    svgs = {subprocess.run([sys.executable, "-c", _DRAW], input=report, capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2", "3")}
    assert len(svgs) == 1 and "<circle" in next(iter(svgs))


def test_consuming_the_graph_gives_the_same_report(demo):
    """analyse_scan's memory saving (the graph emptied as its node-link copy is made, first) changes
    nothing in the report, key order included."""
    p = demo["persona"]
    platforms = {x["url"]: x["platform"] for x in demo["profiles"]}
    findings, risk, advice, graph = pipeline.analyse_items(
        demo["items"], org=demo["org"], subject=p.name, aliases=p.aliases, platforms=platforms)
    report = pipeline.build_report(subject=p.name, organisation=p.organisation, consent=CONSENT, scan=SCAN,
                                   profiles=demo["profiles"], findings=findings, risk=risk, advice=advice,
                                   graph=graph, plan=build_plan(findings, advice, platforms), consume_graph=True)
    assert graph.number_of_nodes() == 0
    assert list(report) == ["schema_version", "tool", "subject", "consent", "scan", "risk", "findings", "advice",
                            "graph", "plan"]
    assert json.dumps(report, sort_keys=True) == report_json(demo, demo["items"])
