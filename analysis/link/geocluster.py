"""Haversine DBSCAN labels without scikit-learn.

Importing `sklearn.cluster` cost a scan 2.8 s and 139 MB, even when no photo
had GPS. This gives the same labels as
`DBSCAN(eps=radius_m / R, min_samples=k, metric="haversine")`, with SciPy
(already loaded by the reverse geocoder): candidate pairs come from a k-d
tree over 3-D unit vectors (a chord radius slightly above the arc radius), and
each pair is then kept by the haversine distance itself, as DBSCAN decides.

DBSCAN semantics, exactly: a point is core when at least `min_samples`
points (itself included) lie within the radius (inclusive); core points
within the radius of each other share a cluster; a border point (not core,
near a core point) joins the cluster DBSCAN reaches it from first, which is
the cluster whose lowest-index core point comes first; clusters are numbered
in that order; everything else is noise (-1).
"""
from __future__ import annotations

from collections.abc import Iterator
import numpy as np

EARTH_RADIUS_M = 6_371_008.8
POINT_CHUNK = 256             # points whose neighbours are looked up at once


def haversine_rad(lat1, lon1, lat2, lon2):
    """Great-circle angle (radians) between points given in radians, as scikit-learn computes it."""
    s = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * np.arcsin(np.sqrt(s))


def _close_pairs(tree, xyz, lat, lon, chord: float, eps: float) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """The pairs (i < j) within `eps` (haversine, radians), a slice of points at a time.

    Photos taken at one place are millions of pairs: `query_pairs` and the haversine test over
    all of them at once took 250 MB at 5,000 photos, so no caller holds them all. The pairs come
    in another order than `query_pairs` gives; nothing here depends on their order."""
    from scipy.spatial import cKDTree

    for s in range(0, len(xyz), POINT_CHUNK):
        near = cKDTree(xyz[s:s + POINT_CHUNK]).sparse_distance_matrix(tree, chord, output_type="ndarray")
        a, b = near["i"].astype(np.int64) + s, near["j"].astype(np.int64)
        del near
        later = b > a
        a, b = a[later], b[later]
        keep = haversine_rad(lat[a], lon[a], lat[b], lon[b]) <= eps
        yield a[keep], b[keep]


def _components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    graph = coo_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(n, n))
    return connected_components(graph, directed=False)[1]


def _forest(n: int, comp: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Edges joining each point to the lowest point of its component: the same components
    with at most n edges, however many pairs made them."""
    low = np.full(comp.max() + 1, n, dtype=np.int64)
    np.minimum.at(low, comp, np.arange(n))
    root = low[comp]
    moved = np.flatnonzero(root != np.arange(n))
    return moved, root[moved]


def dbscan_labels(latlon_deg, radius_m: float, min_samples: int) -> np.ndarray:
    """DBSCAN cluster labels (-1 for noise) for an (n, 2) array of latitude, longitude in degrees."""
    from scipy.spatial import cKDTree

    pts = np.radians(np.asarray(latlon_deg, dtype=float).reshape(-1, 2))
    n = len(pts)
    labels = np.full(n, -1, dtype=np.int64)
    if n == 0:
        return labels
    eps = float(radius_m) / EARTH_RADIUS_M
    lat, lon = pts[:, 0], pts[:, 1]
    xyz = np.column_stack((np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)))
    chord = 2 * np.sin(min(eps, np.pi) / 2) * (1 + 1e-9) + 1e-12
    tree = cKDTree(xyz)
    counts = np.ones(n, dtype=np.int64)
    for a, b in _close_pairs(tree, xyz, lat, lon, chord, eps):
        counts += np.bincount(a, minlength=n) + np.bincount(b, minlength=n)
    core = counts >= min_samples
    if not core.any():
        return labels
    # Second pass: core-core pairs joined into components, held as a forest once they pile up;
    # pairs between a border point and a core point are few (a border point has fewer than
    # min_samples neighbours) and are kept.
    fa, fb = np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    pend_a: list[np.ndarray] = []
    pend_b: list[np.ndarray] = []
    pending = 0
    border_a: list[np.ndarray] = []
    border_b: list[np.ndarray] = []
    for a, b in _close_pairs(tree, xyz, lat, lon, chord, eps):
        both = core[a] & core[b]
        pend_a.append(a[both])
        pend_b.append(b[both])
        pending += int(both.sum())
        for x, y in ((a, b), (b, a)):
            sel = ~core[x] & core[y]
            border_a.append(x[sel])
            border_b.append(y[sel])
        if pending > max(n, 1 << 18):
            fa, fb = _forest(n, _components(n, np.concatenate([fa, *pend_a]), np.concatenate([fb, *pend_b])))
            pend_a, pend_b, pending = [], [], 0
    comp = _components(n, np.concatenate([fa, *pend_a]), np.concatenate([fb, *pend_b]))
    del fa, fb, pend_a, pend_b
    i, j = np.concatenate(border_a), np.concatenate(border_b)        # border point, its core neighbour
    # Number the core components by their lowest core index, as DBSCAN's scan over points does.
    core_idx = np.flatnonzero(core)
    first = np.full(comp.max() + 1, n, dtype=np.int64)
    np.minimum.at(first, comp[core_idx], core_idx)
    used = np.unique(comp[core_idx])
    rank = np.full(comp.max() + 1, -1, dtype=np.int64)
    rank[used[np.argsort(first[used], kind="stable")]] = np.arange(len(used))
    labels[core_idx] = rank[comp[core_idx]]
    # A border point joins the earliest-numbered cluster among its core neighbours.
    best = np.full(n, n, dtype=np.int64)
    np.minimum.at(best, i, rank[comp[j]])
    border = (~core) & (best < n)
    labels[border] = best[border]
    return labels
