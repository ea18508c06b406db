"""The entity graph: who published what, what it mentions, what that reveals.

A grooming network reasons in a graph (this profile -> that photo -> that
suburb; this account is that account), so the report shows one. Nodes:
"subject", "profile:<url>", "item:<url>", "entity:<category>:<key>", each
with a `kind` and a `label`. Edges carry `kind`, `evidence` and `confidence`:
published (profile -> item), mentions (item -> entity), reveals (subject ->
entity), relation (subject -> person), same_as (profile <-> profile).
"""
from __future__ import annotations

import json
import math
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from footprint.crawler.items import ImageItem, PostItem, ProfileItem

from footprint.analysis.categories import CATEGORY_INFO
from footprint.analysis.findings import Finding
from footprint.analysis.link.linking import AccountLink

CATEGORY_KIND = {name: c.graph_kind for name, c in CATEGORY_INFO.items()}
NODE_KINDS = ("subject", "profile", "item", "employer", "place", "person", "routine", "contact", "topic",
              "system", "signal")
PERSON_RELATION = {"colleague": "colleague", "associate": "associate"}


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def profile_node(url: str) -> str:
    return f"profile:{url}"


def item_node(url: str) -> str:
    return f"item:{url}"


def entity_node(finding: Finding) -> str:
    return f"entity:{finding.category}:{finding.key}"


def _item_label(item: Any) -> str:
    if isinstance(item, PostItem):
        return _short(item.title or item.text or item.url, 60)
    if isinstance(item, ImageItem):
        return _short(f"image {item.url.rsplit('/', 1)[-1]}", 60)
    return _short(getattr(item, "url", ""), 60)


def build_graph(subject_name: str, profiles: Iterable[ProfileItem], items: Iterable[Any],
                findings: Iterable[Finding], account_links: Iterable[AccountLink] = ()) -> nx.MultiDiGraph:
    """The subject's graph from crawled profiles and items, linked findings and account links."""
    G = nx.MultiDiGraph()
    G.add_node("subject", kind="subject", label=_short(subject_name) or "subject")

    profile_urls: dict[str, str] = {}           # profile or canonical URL -> node id

    def ensure_profile(url: str, label: str = "", platform: str = "") -> str:
        node = profile_urls.get(url) or profile_node(url)
        if node not in G:
            G.add_node(node, kind="profile", label=_short(label or url), url=url, platform=platform)
        profile_urls.setdefault(url, node)
        return node

    for p in profiles or ():
        if not isinstance(p, ProfileItem):
            continue
        node = ensure_profile(p.profile or p.url, p.name or p.handle, p.platform)
        if p.url:
            profile_urls.setdefault(p.url, node)

    def ensure_item(url: str, profile: str, label: str = "", item_kind: str = "post", **extra: Any) -> str:
        node = item_node(url)
        if node not in G:
            G.add_node(node, kind="item", label=label or _short(url, 60), url=url, item_kind=item_kind,
                       **{k: v for k, v in extra.items() if v is not None})
            if profile:
                G.add_edge(ensure_profile(profile), node, kind="published", evidence=_short(url),
                           confidence=1.0)
        return node

    for item in items or ():
        if isinstance(item, PostItem):
            ensure_item(item.url, item.profile, _item_label(item), "post", platform=item.platform,
                        published=item.published)
        elif isinstance(item, ImageItem):
            ensure_item(item.url, item.profile, _item_label(item), "image", posted_at=item.posted_at,
                        post_url=item.post_url or None)
        elif isinstance(item, ProfileItem):
            node = ensure_profile(item.profile or item.url, item.name or item.handle, item.platform)
            profile_urls.setdefault(item.url, node)

    for f in findings or ():
        if not isinstance(f, Finding):
            continue
        ent = entity_node(f)
        if ent not in G:
            G.add_node(ent, kind=CATEGORY_KIND.get(f.category, "signal"), label=_short(f.value),
                       category=f.category, finding=f.id, severity=f.severity)
        conf = round(float(f.confidence), 3)
        G.add_edge("subject", ent, kind="reveals", finding=f.id, category=f.category, confidence=conf,
                   evidence=_short(f.explanation))
        relation = f.attrs.get("relation") if isinstance(f.attrs, dict) else None
        if G.nodes[ent]["kind"] == "person":
            relation = relation or PERSON_RELATION.get(f.category, f.category)
            # people as entities (analysis/link/people.py): every name form and the role the subject stated
            G.nodes[ent]["role"] = str(relation)
            names = f.attrs.get("names") if isinstance(f.attrs, dict) else None
            if isinstance(names, list) and names:
                G.nodes[ent]["names"] = [str(n) for n in names]
            G.add_edge("subject", ent, kind="relation", relation=str(relation), confidence=conf,
                       evidence=_short(f.value))
        seen: set[str] = set()
        for e in f.evidence:
            if e.url in profile_urls:                      # a profile field shows it
                source = profile_urls[e.url]
            else:
                source = ensure_item(e.url, e.profile, item_kind=e.kind)
            if source in seen:
                continue
            seen.add(source)
            G.add_edge(source, ent, kind="mentions", evidence=_short(e.excerpt), confidence=conf)

    for link in account_links or ():
        if not isinstance(link, AccountLink):
            continue
        a, b = ensure_profile(link.a_url), ensure_profile(link.b_url)
        for u, v in ((a, b), (b, a)):
            G.add_edge(u, v, kind="same_as", evidence=_short(link.reason), confidence=round(float(link.score), 3))
    return G


# --------------------------------------------------------------------------- serialisation

def _jsonable(value: Any) -> Any:
    """A value json.dumps accepts: sets and tuples become lists, NaN becomes None, others str."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((_jsonable(v) for v in value), key=str)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if hasattr(value, "item"):                       # numpy scalars
        return _jsonable(value.item())
    return str(value)


def to_node_link(G: nx.MultiDiGraph, *, consume: bool = False) -> dict[str, Any]:
    """`networkx.node_link_data(G)` (edges under "edges"), JSON-safe, every node with a `kind`.

    Built in one pass, element by element: `_jsonable(nx.node_link_data(G))` held two full copies
    of every node and edge dict at once (the graph itself being a third), which at 50,000 posts was
    a large share of the scan's peak memory. With `consume` the graph is emptied as it is copied
    (a node's out-edges go once written), so the graph and its copy are never both whole; the
    result is the same."""
    def node(n: Any, attrs: dict[str, Any]) -> dict[str, Any]:
        data = _jsonable({**attrs, "id": n})
        data.setdefault("kind", "item")
        return data

    out = {
        "directed": G.is_directed(),
        "multigraph": G.is_multigraph(),
        "graph": _jsonable(G.graph),
        "nodes": [node(n, d) for n, d in G.nodes(data=True)],
    }
    if not consume:
        out["edges"] = [_jsonable({**d, "source": u, "target": v, "key": k})
                        for u, v, k, d in G.edges(keys=True, data=True)]
        return out
    # G.edges' order: each node's out-edges in turn (G._succ), then by neighbour and key. The in-edge
    # dicts (G._pred) share the edge keydicts, so dropping them first frees only their own dicts.
    edges: list[dict[str, Any]] = []
    succ = G._succ
    G._pred.clear()
    for u in list(succ):
        for v, keydict in succ.pop(u).items():
            edges.extend(_jsonable({**d, "source": u, "target": v, "key": k}) for k, d in keydict.items())
    G.clear()
    out["edges"] = edges
    return out


def _flat(attrs: dict[str, Any]) -> dict[str, Any]:
    """Attributes GraphML and GEXF can store: scalars kept, lists/dicts as JSON, None dropped."""
    out = {}
    for k, v in attrs.items():
        v = _jsonable(v)
        if v is None:
            continue
        out[k] = json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
    return out


def _flat_copy(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    H = nx.MultiDiGraph()
    H.graph.update(_flat(G.graph))
    H.add_nodes_from((n, _flat(d)) for n, d in G.nodes(data=True))
    H.add_edges_from((u, v, k, _flat(d)) for u, v, k, d in G.edges(keys=True, data=True))
    return H


def from_node_link(data: dict[str, Any]) -> nx.MultiDiGraph:
    """The graph back from a report's `graph` (node-link) object."""
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


def graphml_text(G: nx.MultiDiGraph) -> str:
    """GraphML (for yEd, Gephi, Cytoscape, Maltego imports)."""
    return "\n".join(nx.generate_graphml(_flat_copy(G))) + "\n"


def gexf_text(G: nx.MultiDiGraph) -> str:
    """GEXF (for Gephi)."""
    return "\n".join(nx.generate_gexf(_flat_copy(G))) + "\n"


def write_graphml(G: nx.MultiDiGraph, path: str | Path) -> Path:
    path = Path(path)
    path.write_text(graphml_text(G), encoding="utf-8")
    return path


def write_gexf(G: nx.MultiDiGraph, path: str | Path) -> Path:
    path = Path(path)
    path.write_text(gexf_text(G), encoding="utf-8")
    return path
