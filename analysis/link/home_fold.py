"""A home said coarsely beside the same home said finely: one home, the finer name (round 13).

A scan that finds the home in a suburb ("our street in Kambah", a georss point said home) often also finds it by the
city ("Canberra." alone in a bio) or by the district or town centre around it ("the 7:12 from Tuggeranong"). Reported
apart, the coarse one is a second home that is no second home. Each detection naming a city, or a district whose
suburbs include the finer home (data/patterns/districts_au.tsv), of the same state, is folded into the finer home:
same key and value, its evidence kept. Only when exactly one finer home of that state is found, at least as surely.
Round 14: a home inferred from photos counts as a finer home by the locality its point lies in ("Canberra." in a bio
beside night photos in Kambah is the Kambah home).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from footprint.analysis.detect import localities
from footprint.analysis.detect.nlp import PATTERN_DIR
from footprint.analysis.findings import Detection


@lru_cache(maxsize=1)
def districts() -> dict[str, frozenset[str]]:
    """"name state" (lower case) of each district -> its member suburbs' "name state" (lower case)."""
    out: dict[str, frozenset[str]] = {}
    try:
        lines = (PATTERN_DIR / "districts_au.tsv").read_text(encoding="utf-8").splitlines()
    except OSError:
        return out
    for line in lines:
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        name, members = line.split("\t", 1)
        state = name.rsplit(" ", 1)[-1]
        out[name.strip().lower()] = frozenset(f"{m.strip()} {state}".lower() for m in members.split(",") if m.strip())
    return out


def _attrs(d: Detection) -> dict:
    return d.attrs if isinstance(d.attrs, dict) else {}


def _place(d: Detection) -> str:
    return str(_attrs(d).get("place") or d.value or "")


_STATES = frozenset({"NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"})


def _state(name: str) -> str:
    """The state a home's name ends with; round 14: else the state of the one suburb of that name the tables know
    ("Kirwan" from "our place in Kirwan" is Kirwan QLD), so "Townsville." folds into it."""
    last = name.rsplit(" ", 1)[-1].upper() if " " in name else ""
    if last in _STATES:
        return last
    found = localities.lookup(name) or localities.named_suburb(name)
    return _state(found[0]) if found and found[0].lower() != name.lower() else ""


def _coarse(d: Detection, name: str) -> bool:
    return _attrs(d).get("place_kind") == "city" or localities.regional_city(name) or name.lower() in districts()


def coarse_home(d: Detection) -> bool:
    """Whether a home detection names a city or a district rather than a suburb ("Canberra ACT", "Tuggeranong ACT")."""
    return _coarse(d, _place(d))


def _inferred_place(d: Detection) -> str:
    """ "Name STATE" of the locality an inferred home's point lies in ("near Macarthur ACT (inferred ...)"), or ""."""
    a = _attrs(d)
    return str(a.get("locality") or "") if a.get("lat") is not None and a.get("locality") else ""


def _fine_name(d: Detection) -> str:
    """The finer home's place: a stated home's, or the locality of an inferred home's point."""
    return _place(d) if str(d.key).startswith("place:") else _inferred_place(d)


def fold_coarse(detections: list[Detection]) -> list[Detection]:
    """The detections with each coarse home (a city, a district) folded into the one finer home of its state."""
    homes = [d for d in detections if d.category == "home_location" and str(d.key).startswith("place:")]
    # round 14: a home inferred from photos is a finer home too, by the locality its point lies in
    inferred = [d for d in detections if d.category == "home_location" and not str(d.key).startswith("place:")
                and _inferred_place(d)]
    if len(homes) + len(inferred) < 2 or not homes:
        return detections
    fine: dict[str, dict[str, Detection]] = {}        # state -> {key: the surest detection of that finer home}
    coarse: set[int] = set()                           # id() of the coarse homes
    for d in inferred:
        name = _inferred_place(d)
        if (state := _state(name)) and not _coarse(d, name):
            best = fine.setdefault(state, {}).get(d.key)
            if best is None or d.confidence > best.confidence:
                fine[state][d.key] = d
    for d in homes:
        name = _place(d)
        if _coarse(d, name):
            coarse.add(id(d))
        elif state := _state(name):
            best = fine.setdefault(state, {}).get(d.key)
            if best is None or d.confidence > best.confidence:
                fine[state][d.key] = d
    if not fine or not coarse:
        return detections
    out = []
    for d in detections:
        if id(d) not in coarse:
            out.append(d)
            continue
        name = _place(d)
        within = districts().get(name.lower())
        cands = [f for f in fine.get(_state(name), {}).values() if within is None or _fine_name(f).lower() in within]
        if len(cands) != 1 or cands[0].confidence < d.confidence:
            out.append(d)
            continue
        f = cands[0]
        out.append(replace(d, key=f.key, value=f.value, attrs={**_attrs(d), "place": _fine_name(f), "folded_from": name},
                           support=[*list(d.support or []), f"{name} (coarse) = {_fine_name(f)}"]))
    return out
