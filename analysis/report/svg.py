"""The entity graph of a report drawn as a standalone inline SVG.

Reads report["graph"] (networkx node-link data, edges under "edges" or the
older "links"), keeps at most `max_nodes` nodes (the subject and the best
connected first), lays them out with a seeded spring layout so the picture
is the same on every run, and returns SVG markup with every label escaped.
No scripts, no external references: it must be safe inside a strict-CSP page.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from html import escape
from typing import Any, Iterator

import networkx as nx

from footprint.analysis.categories import CATEGORY_INFO
from footprint.analysis.report.common import one_line

MAX_NODES = 150
WIDTH, HEIGHT, MARGIN = 1000, 720, 70

# Colour per node kind, then per category (data/categories.toml); unknown kinds get a stable colour from PALETTE.
KIND_COLOURS = {
    "subject": "#1f3a93",
    "employer": "#c62828",
    "organisation": "#c62828",
    "person": "#6d4c41",
    "place": "#9e9d24",
    "location": "#2e7d32",
    "contact": "#0277bd",
    "profile": "#455a64",
    "account": "#455a64",
    "post": "#78909c",
    "image": "#78909c",
    "routine": "#f9a825",
    "signal": "#ad1457",
    "topic": "#6a1b9a",
    "system": "#37474f",
    "item": "#90a4ae",
    **{name: c.colour for name, c in CATEGORY_INFO.items() if c.colour},
}
# Which nodes survive the cap first: the subject, then what is exposed, then
# the profiles, and the (many) individual posts and images last.
KIND_PRIORITY = {"subject": 0, "profile": 2, "account": 2, "item": 3, "post": 3, "image": 3}
PALETTE = ("#5c6bc0", "#26a69a", "#d4e157", "#ff7043", "#8d6e63", "#ab47bc", "#29b6f6", "#9ccc65")


@dataclass
class GraphPicture:
    svg: str
    shown: int
    omitted: int
    kinds: list[tuple[str, str]]  # (kind, colour) for the legend


def kind_colour(kind: str) -> str:
    if kind in KIND_COLOURS:
        return KIND_COLOURS[kind]
    return PALETTE[sum(kind.encode("utf-8")) % len(PALETTE)]


def _key(node_id: Any) -> str:
    """A hashable key for any JSON node id (ids may be numbers, lists, objects)."""
    try:
        return json.dumps(node_id, sort_keys=True, default=str)
    except (TypeError, ValueError):
        return repr(node_id)


def _edges(attrs: dict[str, dict], edges_raw: list) -> Iterator[tuple[str, str, Any]]:
    for e in edges_raw:
        if not isinstance(e, dict):
            continue
        s, t = _key(e.get("source")), _key(e.get("target"))
        if s in attrs and t in attrs and s != t:
            yield s, t, e


def _drawn_graph(attrs: dict[str, dict], edges_raw: list, max_nodes: int) -> nx.Graph:
    """The graph to draw: all of it, or its `max_nodes` best connected nodes (by kind, degree, id)
    and the edges between them, in the node and edge order the whole graph would give.

    A 50,000-post report has 64,000 nodes: the whole networkx graph was about 100 MB at the end
    of the scan (its peak), so for a large one only the degrees are counted, and only the drawn
    nodes' edges are built (as `nx.Graph.add_edge` does: first-seen order, the last kind wins).
    Not `G.subgraph(keep)`: a subgraph view iterates its node *set*, whose order follows the
    string hash seed, and the spring layout then drew the same report differently in every process."""
    if len(attrs) <= max_nodes:
        G = nx.Graph()
        G.add_nodes_from(attrs)
        for s, t, e in _edges(attrs, edges_raw):
            G.add_edge(s, t, kind=one_line(e.get("kind", ""), 40))
        return G
    pairs = {(s, t) if s < t else (t, s) for s, t, _ in _edges(attrs, edges_raw)}
    degree: dict[str, int] = dict.fromkeys(attrs, 0)
    for s, t in pairs:
        degree[s] += 1
        degree[t] += 1
    del pairs
    ranked = sorted(attrs, key=lambda k: (KIND_PRIORITY.get(str(attrs[k].get("kind")), 1), -degree[k], k))
    keep = set(ranked[:max_nodes])
    adj: dict[str, dict[str, dict]] = {k: {} for k in attrs if k in keep}
    for s, t, e in _edges(attrs, edges_raw):
        if s in keep and t in keep:
            d = adj[s].get(t)
            if d is None:
                d = adj[s][t] = adj[t][s] = {}
            d["kind"] = one_line(e.get("kind", ""), 40)
    H = nx.Graph()
    H.add_nodes_from(adj)
    seen: set[str] = set()
    for s, nbrs in adj.items():          # nx.Graph.edges order: by node, then neighbour, each edge once
        H.add_edges_from((s, t, d) for t, d in nbrs.items() if t not in seen)
        seen.add(s)
    return H


def graph_picture(graph: Any, max_nodes: int = MAX_NODES) -> GraphPicture:
    """Lay out and draw `graph`; an empty or malformed graph draws nothing."""
    nodes = [n for n in (graph or {}).get("nodes") or [] if isinstance(n, dict)] if isinstance(graph, dict) else []
    edges_raw = []
    if isinstance(graph, dict):
        edges_raw = graph.get("edges") if isinstance(graph.get("edges"), list) else graph.get("links") or []
    attrs: dict[str, dict] = {}
    for n in nodes:
        k = _key(n.get("id"))
        if k not in attrs:
            attrs[k] = n
    total = len(attrs)
    if total == 0:
        return GraphPicture("", 0, 0, [])
    G = _drawn_graph(attrs, edges_raw, max_nodes)

    pos = _layout(G, {k for k in G if attrs[k].get("kind") == "subject"})
    kinds: dict[str, str] = {}
    parts = [
        f'<svg class="graph" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-label="Entity graph: {G.number_of_nodes()} nodes">'
    ]
    parts.append('<g class="edges" stroke="#9aa5b1" stroke-width="1.4" stroke-opacity="0.8">')
    for s, t, data in sorted(G.edges(data=True), key=lambda e: (e[0], e[1])):
        (x1, y1), (x2, y2) = pos[s], pos[t]
        title = f"<title>{escape(data.get('kind', ''), quote=True)}</title>" if data.get("kind") else ""
        parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}">{title}</line>')
    parts.append("</g><g class=\"nodes\">")
    for k in sorted(G.nodes, key=lambda k: attrs[k].get("kind") == "subject"):
        n = attrs[k]
        kind = one_line(n.get("kind", ""), 40) or "entity"
        colour = kind_colour(kind)
        kinds.setdefault(kind, colour)
        label_full = one_line(n.get("label") or n.get("name") or n.get("value") or _id_text(n.get("id")), 200)
        label = one_line(label_full, 28)
        x, y = pos[k]
        r = 14 if kind == "subject" else 8
        anchor = "end" if x > WIDTH - 160 else "start"
        dx = -(r + 4) if anchor == "end" else r + 4
        parts.append(
            f'<g><title>{escape(kind, quote=True)}: {escape(label_full, quote=True)}</title>'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="{colour}" stroke="#fff" stroke-width="2"/>'
            f'<text x="{x + dx:.1f}" y="{y + 4:.1f}" text-anchor="{anchor}" font-size="13" '
            f'fill="#1b1f24" paint-order="stroke" stroke="#fff" stroke-width="3">{escape(label, quote=True)}</text></g>'
        )
    parts.append("</g></svg>")
    return GraphPicture("".join(parts), G.number_of_nodes(), total - G.number_of_nodes(), sorted(kinds.items()))


def _id_text(node_id: Any) -> str:
    return node_id if isinstance(node_id, str) else _key(node_id)


def _layout(G: nx.Graph, centre: set[str] = frozenset()) -> dict[str, tuple[float, float]]:
    """Seeded spring layout scaled into the drawing area."""
    n = G.number_of_nodes()
    if n == 1:
        return {next(iter(G.nodes)): (WIDTH / 2, HEIGHT / 2)}
    # Start from a shell layout (subject in the middle) so the seeded spring
    # layout settles evenly instead of stretching along one long chain.
    shells = [[v for v in G if v in centre], [v for v in G if v not in centre]]
    start = nx.shell_layout(G, [s for s in shells if s]) if shells[0] else None
    layout = nx.spring_layout(G, pos=start, seed=1, k=2.0 / math.sqrt(n), iterations=150)
    raw = {node: (float(p[0]), float(p[1])) for node, p in layout.items()}
    xs = [p[0] for p in raw.values()]
    ys = [p[1] for p in raw.values()]
    min_x, min_y = min(xs), min(ys)
    span_x = (max(xs) - min_x) or 1.0
    span_y = (max(ys) - min_y) or 1.0
    return {node: (MARGIN + (x - min_x) / span_x * (WIDTH - 2 * MARGIN),
                   MARGIN / 2 + (y - min_y) / span_y * (HEIGHT - MARGIN))
            for node, (x, y) in raw.items()}
