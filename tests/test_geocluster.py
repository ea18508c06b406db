"""footprint.analysis.link.geocluster gives exactly scikit-learn's haversine DBSCAN labels: checked against a
textbook O(n^2) DBSCAN on random point sets (and against scikit-learn itself where installed)."""
from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.analysis.link.geo import GeoPoint, cluster_points
from footprint.analysis.link.geocluster import EARTH_RADIUS_M, dbscan_labels


def reference_dbscan(latlon: list[tuple[float, float]], radius_m: float, min_samples: int) -> list[int]:
    """DBSCAN as scikit-learn runs it: points in index order, depth-first growth from each new core point."""
    eps = radius_m / EARTH_RADIUS_M
    rad = [(math.radians(a), math.radians(b)) for a, b in latlon]

    def dist(p, q):
        s = (math.sin((q[0] - p[0]) / 2) ** 2
             + math.cos(p[0]) * math.cos(q[0]) * math.sin((q[1] - p[1]) / 2) ** 2)
        return 2 * math.asin(math.sqrt(s))

    n = len(rad)
    neighbours = [[j for j in range(n) if dist(rad[i], rad[j]) <= eps] for i in range(n)]
    core = [len(nb) >= min_samples for nb in neighbours]
    labels, label = [-1] * n, 0
    for start in range(n):
        if labels[start] != -1 or not core[start]:
            continue
        stack = [start]
        while stack:
            i = stack.pop()
            if labels[i] != -1:
                continue
            labels[i] = label
            if core[i]:
                stack.extend(j for j in neighbours[i] if labels[j] == -1)
        label += 1
    return labels


# Points scattered around a few centres (a city, the antimeridian, near a pole) at tens to thousands of
# metres, so clusters, border points shared by two clusters, duplicates and noise all occur.
CENTRES = [(-33.87, 151.21), (-16.5, 179.9995), (-16.5, -179.9995), (89.9995, 10.0), (0.0, 0.0005)]


@st.composite
def point_sets(draw):
    centre = draw(st.sampled_from(CENTRES))
    spread = draw(st.sampled_from([0.0005, 0.002, 0.01]))      # degrees
    offset = st.floats(-spread, spread, allow_nan=False)
    n = draw(st.integers(0, 40))
    pts = []
    for _ in range(n):
        if pts and draw(st.integers(0, 9)) == 0:
            pts.append(draw(st.sampled_from(pts)))                 # an exact duplicate
        else:
            lat = max(-90.0, min(90.0, centre[0] + draw(offset)))
            lon = (centre[1] + draw(offset) + 180) % 360 - 180
            pts.append((lat, lon))
    return pts


@settings(max_examples=300, deadline=None)
@given(point_sets(), st.sampled_from([30.0, 100.0, 150.0, 200.0, 1000.0]), st.integers(1, 5))
def test_same_labels_as_reference_dbscan(pts, radius_m, min_samples):
    assert dbscan_labels(pts, radius_m, min_samples).tolist() == reference_dbscan(pts, radius_m, min_samples)


@settings(max_examples=100, deadline=None)
@given(point_sets(), st.sampled_from([50.0, 150.0, 500.0]), st.integers(1, 5))
def test_same_labels_as_scikit_learn(pts, radius_m, min_samples):
    cluster = pytest.importorskip("sklearn.cluster")
    if not pts:
        return
    expected = cluster.DBSCAN(eps=radius_m / EARTH_RADIUS_M, min_samples=min_samples, metric="haversine",
                              algorithm="ball_tree").fit_predict(np.radians(np.array(pts)))
    assert dbscan_labels(pts, radius_m, min_samples).tolist() == expected.tolist()


@pytest.mark.parametrize("pts, radius_m, min_samples, expected", [
    ([], 100.0, 2, []),
    ([(-33.87, 151.21)], 100.0, 1, [0]),                                  # one point is its own cluster
    ([(-33.87, 151.21)], 100.0, 2, [-1]),
    # three in a row 80 m apart, radius 100 m, 3 samples: only the middle one is core, all join it
    ([(-33.87, 151.21), (-33.87 + 80 / 111_195, 151.21), (-33.87 + 160 / 111_195, 151.21)], 100.0, 3, [0, 0, 0]),
    # either side of the antimeridian, 22 m apart
    ([(-16.5, 179.9999), (-16.5, -179.9999)], 50.0, 2, [0, 0]),
])
def test_cases(pts, radius_m, min_samples, expected):
    assert dbscan_labels(pts, radius_m, min_samples).tolist() == expected
    assert reference_dbscan(pts, radius_m, min_samples) == expected


def test_border_point_goes_to_the_cluster_reached_first():
    """A point 90 m from two clusters' cores belongs to the one whose first core point comes first."""
    m = 1 / 111_195          # degrees of latitude per metre
    west = [(0.001, 10.0), (0.001 + 10 * m, 10.0), (0.001 + 20 * m, 10.0)]
    east = [(0.001 + 200 * m, 10.0), (0.001 + 210 * m, 10.0), (0.001 + 220 * m, 10.0)]
    border = [(0.001 + 110 * m, 10.0)]
    for pts in (west + border + east, east + border + west):
        labels = dbscan_labels(pts, 100.0, 3).tolist()
        assert labels == reference_dbscan(pts, 100.0, 3)
        assert labels[len(west)] == 0


def test_cluster_points_uses_it():
    pts = [GeoPoint(-33.87 + k * 1e-5, 151.21, None, f"https://example.org/{k}.jpg") for k in range(5)]
    pts.append(GeoPoint(-33.0, 151.0, None, "https://example.org/far.jpg"))
    clusters = cluster_points(pts, 100.0, 3)
    assert [c.n for c in clusters] == [5]
    assert cluster_points(pts, 100.0, 1)[1].points[0].url == "https://example.org/far.jpg"
