"""A large report graph is drawn from its best connected nodes (analysis/report/svg.py `_drawn_graph`),
without building the whole networkx graph: the drawn graph must be the one the whole graph gave
(same nodes, edges, kinds, and the same order, which the layout follows)."""
from __future__ import annotations

import random

import networkx as nx
import pytest

from footprint.analysis.report.common import one_line
from footprint.analysis.report.svg import KIND_PRIORITY, _drawn_graph, _key

KINDS = ["subject", "profile", "item", "person", "place", "employer", "contact"]


def _whole_then_top(attrs, edges_raw, max_nodes):
    """The construction it replaces: the whole graph, then its top nodes."""
    G = nx.Graph()
    G.add_nodes_from(attrs)
    for e in edges_raw:
        s, t = _key(e.get("source")), _key(e.get("target"))
        if s in attrs and t in attrs and s != t:
            G.add_edge(s, t, kind=one_line(e.get("kind", ""), 40))
    if len(attrs) <= max_nodes:
        return G
    ranked = sorted(G.nodes, key=lambda k: (KIND_PRIORITY.get(str(attrs[k].get("kind")), 1), -G.degree(k), k))
    keep = set(ranked[:max_nodes])
    H = nx.Graph()
    H.add_nodes_from(k for k in G if k in keep)
    H.add_edges_from((s, t, d) for s, t, d in G.edges(data=True) if s in keep and t in keep)
    return H


@pytest.mark.parametrize("seed,n_nodes,n_edges,max_nodes", [
    (1, 40, 120, 150), (2, 400, 1500, 150), (3, 1000, 600, 50), (4, 300, 5000, 20), (5, 200, 400, 199),
])
def test_drawn_graph_equals_the_top_of_the_whole_graph(seed, n_nodes, n_edges, max_nodes):
    rng = random.Random(seed)
    nodes = [{"id": f"item:https://social.example/@robinh/{i}", "kind": rng.choice(KINDS)} for i in range(n_nodes)]
    attrs = {_key(n["id"]): n for n in nodes}
    ids = [n["id"] for n in nodes] + ["not-a-node"]
    edges = [{"source": rng.choice(ids), "target": rng.choice(ids), "kind": rng.choice(["mentions", "published", "reveals"])}
             for _ in range(n_edges)]
    edges += edges[: n_edges // 5]                               # repeated edges: the last kind wins
    got, want = _drawn_graph(attrs, edges, max_nodes), _whole_then_top(attrs, edges, max_nodes)
    assert list(got.nodes) == list(want.nodes)
    assert list(got.edges(data=True)) == list(want.edges(data=True))
    assert [list(got.adj[n]) for n in got] == [list(want.adj[n]) for n in want]
