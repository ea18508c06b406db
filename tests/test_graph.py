"""The entity graph: structure, node-link JSON round trip, GraphML and GEXF files."""
from __future__ import annotations

import json
import math

import networkx as nx
import pytest

from footprint.analysis.findings import Detection, Evidence
from footprint.analysis.link.geo import image_geotags
from footprint.analysis.link.graph import NODE_KINDS, build_graph, to_node_link, write_gexf, write_graphml
from footprint.analysis.link.linking import AccountLink, link
from footprint.crawler.items import ImageItem, PostItem, ProfileItem

SOCIAL = "https://social.example/@alex"
BLOG = "https://blog.example/"


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    profiles = [ProfileItem(SOCIAL, SOCIAL, "activitypub", name="Alex Citizen", handle="@alex@social.example"),
                ProfileItem(BLOG, BLOG, "html", name="Alex C")]
    post = PostItem(SOCIAL, f"{SOCIAL}/1", "activitypub", text="Date night with my wife Sarah",
                    published="2026-04-05T10:00:00Z", images=["https://media.example/a.jpg"])
    image = ImageItem(SOCIAL, "https://media.example/a.jpg", "0" * 64, post_url=post.url, lat=-33.815, lon=151.003,
                      taken_at="2026:04:05 21:14:00")
    blog_post = PostItem(BLOG, f"{BLOG}2026/shift", "feed", title="Night shift again", published=None)
    dets = [
        Detection("family", "Sarah (wife)", "family:sarah:wife", 0.8, "FamilyDetector", "relation_name",
                  Evidence(post.url, "text", "my wife Sarah", post.published, SOCIAL),
                  attrs={"relation": "wife", "name": "Sarah", "sources": {"x"}}),
        Detection("employer", "Australian Border Force", "employer:abf", 0.9, "EmployerDetector", "bio",
                  Evidence(SOCIAL, "profile_field", "ABF officer", None, SOCIAL), attrs={"score": float("nan")}),
        Detection("employer", "Australian Border Force", "employer:abf", 0.7, "EmployerDetector", "post",
                  Evidence(blog_post.url, "text", "back at ABF", None, BLOG)),
        Detection("colleague", "Dave", "colleague:dave", 0.6, "ColleagueDetector", "coworker",
                  Evidence(f"{BLOG}other", "text", "with Dave from work", None, BLOG)),
        *image_geotags([image]),
    ]
    links = [AccountLink(BLOG, SOCIAL, "rel=me/sameAs links both ways", 0.95)]
    return build_graph("Alex Citizen", profiles, [post, image, blog_post], link(dets), links)


def _edges(G, kind):
    return [(u, v, d) for u, v, d in G.edges(data=True) if d["kind"] == kind]


def test_nodes_have_known_kinds(graph):
    kinds = nx.get_node_attributes(graph, "kind")
    assert set(kinds) == set(graph.nodes) and set(kinds.values()) <= set(NODE_KINDS)
    assert graph.nodes["subject"] == {"kind": "subject", "label": "Alex Citizen"}
    assert graph.nodes[f"profile:{SOCIAL}"]["kind"] == "profile"
    assert graph.nodes["entity:family:family:sarah:wife"]["kind"] == "person"
    assert graph.nodes["entity:geotag:geotag:-33.8150,151.0030"]["kind"] == "place"


@pytest.mark.parametrize("kind, source, target", [
    ("published", f"profile:{SOCIAL}", f"item:{SOCIAL}/1"),
    ("published", f"profile:{BLOG}", f"item:{BLOG}other"),                 # evidence-only item still published
    ("mentions", f"item:{SOCIAL}/1", "entity:family:family:sarah:wife"),
    ("mentions", f"profile:{SOCIAL}", "entity:employer:employer:abf"),     # a profile field shows it
    ("mentions", "item:https://media.example/a.jpg", "entity:geotag:geotag:-33.8150,151.0030"),
    ("reveals", "subject", "entity:employer:employer:abf"),
    ("relation", "subject", "entity:family:family:sarah:wife"),
    ("relation", "subject", "entity:colleague:colleague:dave"),
    ("same_as", f"profile:{BLOG}", f"profile:{SOCIAL}"),
    ("same_as", f"profile:{SOCIAL}", f"profile:{BLOG}"),
])
def test_edges(graph, kind, source, target):
    found = [d for u, v, d in _edges(graph, kind) if (u, v) == (source, target)]
    assert len(found) == 1
    assert "evidence" in found[0] and 0 <= found[0]["confidence"] <= 1


def test_edge_details(graph):
    [(_, _, rel)] = [e for e in _edges(graph, "relation") if e[1].endswith("sarah:wife")]
    assert rel["relation"] == "wife"
    [(_, _, rev)] = [e for e in _edges(graph, "reveals") if e[1] == "entity:employer:employer:abf"]
    assert rev["category"] == "employer" and rev["finding"].startswith("f") and rev["confidence"] == 0.9
    assert len([e for e in _edges(graph, "mentions") if e[1] == "entity:employer:employer:abf"]) == 2


def test_node_link_round_trip(graph):
    data = to_node_link(graph)
    text = json.dumps(data, allow_nan=False)                  # JSON-serialisable, no NaN
    again = json.loads(text)
    assert set(again) >= {"directed", "multigraph", "nodes", "edges"} and again["directed"] and again["multigraph"]
    assert all("kind" in n and "id" in n for n in again["nodes"])
    H = nx.node_link_graph(again, edges="edges")
    assert isinstance(H, nx.MultiDiGraph)
    assert set(H.nodes) == set(graph.nodes) and H.number_of_edges() == graph.number_of_edges()
    assert sorted(d["kind"] for *_, d in H.edges(data=True)) == sorted(d["kind"] for *_, d in graph.edges(data=True))


def test_node_link_is_node_link_data(graph):
    plain = nx.node_link_data(graph, edges="edges")
    data = to_node_link(graph)
    assert [n["id"] for n in data["nodes"]] == [n["id"] for n in plain["nodes"]]
    assert [(e["source"], e["target"], e["key"]) for e in data["edges"]] == \
        [(e["source"], e["target"], e["key"]) for e in plain["edges"]]


def test_node_link_sanitises_values():
    G = nx.MultiDiGraph()
    G.add_node("x", kind="place", tags={"b", "a"}, score=math.inf, where=(1.0, 2.0))
    G.add_node("y")
    data = to_node_link(G)
    x, y = data["nodes"]
    assert x["tags"] == ["a", "b"] and x["score"] is None and x["where"] == [1.0, 2.0] and y["kind"]
    json.dumps(data, allow_nan=False)


@pytest.mark.parametrize("writer, reader, suffix", [(write_graphml, nx.read_graphml, "graphml"),
                                                    (write_gexf, nx.read_gexf, "gexf")])
def test_graph_files_reread(graph, tmp_path, writer, reader, suffix):
    path = writer(graph, tmp_path / f"g.{suffix}")
    H = reader(path)
    assert H.number_of_nodes() == graph.number_of_nodes()
    assert H.number_of_edges() == graph.number_of_edges()
    assert H.nodes["subject"]["kind"] == "subject"
    assert {d["kind"] for *_, d in H.edges(data=True)} == {"published", "mentions", "reveals", "relation", "same_as"}


def test_empty_inputs():
    G = build_graph("", [], [], [], [])
    assert list(G.nodes) == ["subject"] and json.dumps(to_node_link(G))


def _multi_edge_graph() -> nx.MultiDiGraph:
    """Parallel edges, edges both ways, a self-loop and an isolated node: every case of G.edges' order."""
    G = nx.MultiDiGraph()
    G.add_node("subject", kind="subject", label="Alex")
    for u, v, kind in [("subject", "b", "reveals"), ("a", "b", "mentions"), ("a", "b", "mentions"),
                       ("b", "a", "same_as"), ("c", "c", "loop"), ("subject", "a", "relation"), ("a", "subject", "back")]:
        G.add_edge(u, v, kind=kind, evidence=f"{u}->{v}", confidence=0.5)
    G.add_node("lonely", kind="place", tags={"y", "x"})
    return G


@pytest.mark.parametrize("which", ["multi", "built", "empty"])
def test_node_link_consuming_is_the_same(which, graph):
    make = {"multi": _multi_edge_graph, "built": graph.copy, "empty": lambda: build_graph("", [], [], [], [])}[which]
    expected = to_node_link(make())
    G = make()
    got = to_node_link(G, consume=True)
    assert json.dumps(got) == json.dumps(expected)               # same content, same order
    assert G.number_of_nodes() == 0 and G.number_of_edges() == 0     # emptied as copied
