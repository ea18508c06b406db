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

import numpy as np

EARTH_RADIUS_M = 6_371_008.8
POINT_CHUNK = 256             # points whose neighbours are looked up at once


def haversine_rad(lat1, lon1, lat2, lon2):
    """Great-circle angle (radians) between points given in radians, as scikit-learn computes it."""
    s = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * np.arcsin(np.sqrt(s))


def _close_pairs(xyz, lat, lon, chord: float, eps: float) -> tuple[np.ndarray, np.ndarray]:
    """Every pair (i < j) within `eps` (haversine, radians), as two index arrays.

    Neighbours are looked up a slice of points at a time and only the kept pairs are held
    (int32): photos taken at one place are millions of pairs, and `query_pairs` with the
    haversine test over all of them at once took 250 MB at 5,000 photos. The pairs come in
    another order than `query_pairs` gives; nothing below depends on their order."""
    from itertools import chain

    from scipy.spatial import cKDTree

    tree = cKDTree(xyz)
    keep_i: list[np.ndarray] = []
    keep_j: list[np.ndarray] = []
    for s in range(0, len(xyz), POINT_CHUNK):
        near = tree.query_ball_point(xyz[s:s + POINT_CHUNK], chord, return_sorted=False)
        lens = np.fromiter(map(len, near), dtype=np.int64, count=len(near))
        a = np.repeat(np.arange(s, s + len(near), dtype=np.int64), lens)
        b = np.fromiter(chain.from_iterable(near), dtype=np.int64, count=int(lens.sum()))
        del near
        later = b > a
        a, b = a[later], b[later]
        keep = haversine_rad(lat[a], lon[a], lat[b], lon[b]) <= eps
        keep_i.append(a[keep].astype(np.int32))
        keep_j.append(b[keep].astype(np.int32))
    if not keep_i:
        return np.empty(0, dtype=np.int32), np.empty(0, dtype=np.int32)
    return np.concatenate(keep_i), np.concatenate(keep_j)


def dbscan_labels(latlon_deg, radius_m: float, min_samples: int) -> np.ndarray:
    """DBSCAN cluster labels (-1 for noise) for an (n, 2) array of latitude, longitude in degrees."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    pts = np.radians(np.asarray(latlon_deg, dtype=float).reshape(-1, 2))
    n = len(pts)
    labels = np.full(n, -1, dtype=np.int64)
    if n == 0:
        return labels
    eps = float(radius_m) / EARTH_RADIUS_M
    lat, lon = pts[:, 0], pts[:, 1]
    xyz = np.column_stack((np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)))
    chord = 2 * np.sin(min(eps, np.pi) / 2) * (1 + 1e-9) + 1e-12
    i, j = _close_pairs(xyz, lat, lon, chord, eps)
    counts = 1 + np.bincount(i, minlength=n) + np.bincount(j, minlength=n)
    core = counts >= min_samples
    if not core.any():
        return labels
    both = core[i] & core[j]
    graph = coo_matrix((np.ones(int(both.sum()), dtype=np.int8), (i[both], j[both])), shape=(n, n))
    _, comp = connected_components(graph, directed=False)
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
    for a, b in ((i, j), (j, i)):
        sel = ~core[a] & core[b]
        np.minimum.at(best, a[sel], rank[comp[b[sel]]])
    border = (~core) & (best < n)
    labels[border] = best[border]
    return labels
