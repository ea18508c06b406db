"""From one stored scan to findings, score, advice, graph and the report dict.

Each stage is its own module; this file only runs them in order:
extract (spaCy detectors) -> geotags and inferences (geo) -> link (one
finding per fact) -> score -> advice (re-scored) -> graph -> report.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import networkx as nx

from footprint.crawler.items import ImageItem, PostItem, ProfileItem
from footprint.crawler.version import VERSION as _VERSION
from footprint.crawler.store import Store

from footprint.analysis import heap
from footprint.analysis.link import geo, home_agree, home_bio, home_elsewhere, home_fold, home_near, home_spot, home_talk, location_truth, people, \
    roles, staff_gate, tracks, visibility
from footprint.analysis.score.advice import Advice, build_advice
from footprint.analysis.detect.extract import Extractor
from footprint.analysis.findings import Detection, Finding
from footprint.analysis.link.graph import build_graph, from_node_link, to_node_link
from footprint.analysis.link.linking import link, link_accounts
from footprint.analysis.report.assessment import NOT_ASSESSED_SUMMARY, read_anything
from footprint.crawler.orgs import OrgProfile, load_org, parse_org
from footprint.analysis.score.plan import Plan, build_plan
from footprint.analysis.score.risk import RiskResult, apply_contributions, score_findings

SCHEMA_VERSION = "1"


@dataclass
class Analysis:
    findings: list[Finding]
    risk: RiskResult
    advice: list[Advice]
    report: dict[str, Any]

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The report's graph as networkx, rebuilt from report["graph"]: a scan does not keep both
        (at 50,000 posts the networkx graph is about 100 MB beside its node-link copy)."""
        return from_node_link(self.report["graph"])


def detect(items: list, org: OrgProfile, subject: str, aliases: list[str], n_process: int = 1) -> list[Detection]:
    """Every detection in a scan's items: text detectors, geotags, and what the geotags imply."""
    texts = [i for i in items if isinstance(i, (ProfileItem, PostItem))]
    images = [i for i in items if isinstance(i, ImageItem)]
    posts = [i for i in items if isinstance(i, PostItem)]
    detections = Extractor(org, subject, list(aliases), n_process=n_process).extract(texts)
    heap.give_back()          # the Docs' memory, freed but kept by the C allocator (heap.py)
    # people as entities: each person one node across posts and profiles, every mention its evidence
    org_names = [a for n in org.names for a in (n.canonical, *n.aliases, *n.ambiguous)]
    detections = people.link_people(texts, detections, subject, list(aliases), org_names)
    # a role shown only across posts: everything the corpus says about each name nobody has a role for yet
    detections += roles.infer_roles(texts, detections, subject, list(aliases), org_names)
    detections = home_bio.drop_outranked(detections)      # "<Town> born and bred" is no home when another is stated
    detections = home_bio.name_post_homes(detections)     # a post's place said home, named by the home stated near it
    detections = home_agree.drop_school_at_work(detections)   # a child's school where the parent works is no home alone
    detections += geo.image_geotags(images)
    detections += geo.post_geotags(posts)
    # activity tracks (exports) have their own inference, from both endpoints at any hour
    points = geo.to_points(images + [p for p in posts if not tracks.is_track_post(p)])
    # night photos at a work site are a night shift only for staff: anyone else's are still their home
    staff = any(d.category in ("employer", "corporate_identifier") for d in detections)
    # a suburb the profile names near the photo home gives that home its name
    homes = geo.infer_home(points, org=org if staff else None)
    homes = home_elsewhere.drop_said_elsewhere(homes, images + posts)    # a client's job every weekend is no home
    # else one spot photographed on different days, at any hour, whose posts speak of home
    homes += home_spot.infer_home_spot(images + [p for p in posts if not tracks.is_track_post(p)], homes=homes,
                                       org=org if staff else None)
    homes = home_bio.name_from_stated(homes, detections)          # "our street in X" near the photos names them
    homes = home_bio.name_home(homes, [i for i in items if isinstance(i, ProfileItem)], org)
    detections += home_spot.with_posts(homes, images)
    detections += home_talk.infer_home_talk(texts, org)       # a bio's suburb, and posts about "our street"
    detections += home_agree.infer_home_agree(texts, detections)   # a child's school and a family outing, one place
    detections += home_near.infer_home_near(texts, detections)     # a question for a shop near the home found
    detections += geo.infer_work_site(points, org)
    detections += geo.infer_routine(points)
    detections += tracks.infer_from_tracks(posts, org=org)
    detections = home_fold.fold_coarse(detections)       # "Canberra." or "from Tuggeranong" beside "our street in Kambah"
    return staff_gate.apply(detections)      # staff-only categories need the scan to show the subject is staff


_KIND_RANK = {ProfileItem: 0, PostItem: 1, ImageItem: 2}


def canonical_order(items: list) -> list:
    """Items sorted by kind, profile, URL and content: a crawl stores them in whatever order its
    concurrent requests finished, and the report (graph included) must not depend on that."""
    def key(item: Any) -> tuple:
        try:
            digest = item.content_hash()
        except Exception:          # an odd item from a bad page: still a stable place
            digest = ""
        return (_KIND_RANK.get(type(item), 3), str(getattr(item, "profile", "") or ""),
                str(getattr(item, "url", "") or ""), str(digest))
    return sorted(items or (), key=key)


def analyse_items(items: list, *, org: OrgProfile, subject: str, aliases: list[str] = (),
                  platforms: dict[str, str] | None = None, n_process: int = 1):
    """Findings (with contributions), risk, advice and graph for a list of items, in any order."""
    items = canonical_order(items)
    findings = visibility.assign(link(detect(items, org, subject, list(aliases), n_process)), items)
    risk = score_findings(findings)
    findings = apply_contributions(findings, risk)
    advice = build_advice(findings, platforms or {})
    profiles = [i for i in items if isinstance(i, ProfileItem)]
    avatars = {i.url: i.sha256 for i in items if isinstance(i, ImageItem)}
    avatar_hashes = {p.profile: avatars[p.avatar] for p in profiles if p.avatar in avatars}
    graph = build_graph(subject, profiles, items, findings, link_accounts(profiles, avatar_hashes))
    return findings, risk, advice, graph


def build_report(*, subject: str, organisation: str, consent: dict, scan: dict, profiles: list[dict],
                 findings: list[Finding], risk: RiskResult, advice: list[Advice], graph: nx.MultiDiGraph,
                 plan: Plan | None = None, consume_graph: bool = False) -> dict:
    """The report.json document (contract schema v1). `consume_graph`: `graph` is emptied as its
    node-link copy is made, first, so the graph is gone before the findings' and advice's dicts exist."""
    report = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "footprint", "version": _VERSION},
        "subject": {"name": subject, "organisation": organisation},
        "consent": consent,
        "scan": {
            "started_at": scan["started_at"],
            "finished_at": scan.get("finished_at") or dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
            "profiles": [{"url": p["url"], "platform": p["platform"], "status": p["status"],
                          **({"detail": p["detail"]} if p.get("detail") else {}),
                          "pages": p["pages"], "items": p["items"]} for p in profiles],
        },
        "risk": risk.to_report(),
        "findings": None,
        "advice": None,
        "graph": to_node_link(graph, consume=consume_graph),
    }
    report["findings"] = [f.to_report() for f in findings]
    report["advice"] = [a.to_report() for a in advice]
    if plan is not None:
        report["plan"] = plan.to_report()
    return report


def analyse_scan(store: Store, scan_id: int, *, n_process: int = 1, location_points=None) -> Analysis:
    """Analyse a stored scan as its stored specification says, and keep its report in the store.

    `location_points`: the subject's private location history, where the consent allows reading it
    (ground truth for explanations only, never the score; the caller reads it, never this layer)."""
    scan = store.scan(scan_id)
    spec = store.scan_spec(scan_id)
    if spec is not None:
        org, aliases = parse_org(spec.org_profile, f"organisation profile of scan {scan_id}"), list(spec.aliases)
    else:                                   # a scan stored before specs were kept: its org id is all there is
        org, aliases = load_org(scan["organisation"]), []
    profiles = store.profile_statuses(scan_id)
    items = store.items_for_scan(scan_id)
    platforms = {p["url"]: p["platform"] for p in profiles}
    has_items = bool(items)
    findings, risk, advice, graph = analyse_items(
        items, org=org, subject=scan["subject"], aliases=aliases, platforms=platforms, n_process=n_process)
    del items                   # the graph has what the report needs of them; at 50,000 posts they are 100 MB
    heap.give_back()
    # private location history (only where the consent allows it): explanations only, never the score
    location_truth.apply(findings, location_points, risk)
    plan = build_plan(findings, advice, platforms)
    consent = {"sha256": scan["consent_sha256"], "purpose": scan["purpose"], "given_on": scan["given_on"],
               "expires_on": scan["expires_on"]}
    fetched = [p for p in profiles if p["status"] in ("ok", "partial")]
    assessed = has_items and read_anything(profiles)
    if not assessed:
        risk.summary = NOT_ASSESSED_SUMMARY
    elif len(fetched) < len(profiles):
        missing = len(profiles) - len(fetched)
        note = (f"{missing} of {len(profiles)} profiles could not be scanned (see their status), "
                "so this score covers only the rest." if fetched else
                "No profile could be scanned (see their status): this score says nothing about your exposure.")
        risk.summary = f"{note} {risk.summary}" if fetched else note
    report = build_report(subject=scan["subject"], organisation=scan["organisation"], consent=consent, scan=scan,
                          profiles=profiles, findings=findings, risk=risk, advice=advice, graph=graph,
                          plan=plan, consume_graph=True)
    del graph                   # the report holds it (node-link), emptied as it was copied; see Analysis.graph
    heap.give_back()
    report["scan"]["assessed"] = assessed
    store.save_analysis(scan_id, report)
    return Analysis(findings, risk, advice, report)
