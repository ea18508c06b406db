"""A home said coarsely beside the same home said finely: one home, the finer name (round 13).

A scan that finds the home in a suburb ("our street in Kambah", a georss point said home) often also finds it by the
city ("Canberra." alone in a bio) or by the district or town centre around it ("the 7:12 from Tuggeranong"). Reported
apart, the coarse one is a second home that is no second home. Each detection naming a city, or a district whose
suburbs include the finer home (data/patterns/districts_au.tsv), of the same state, is folded into the finer home:
same key and value, its evidence kept. Only when exactly one finer home of that state is found, at least as surely.
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


def fold_coarse(detections: list[Detection]) -> list[Detection]:
    """The detections with each coarse home (a city, a district) folded into the one finer home of its state."""
    homes = [d for d in detections if d.category == "home_location" and str(d.key).startswith("place:")]
    if len(homes) < 2:
        return detections
    fine: dict[str, dict[str, Detection]] = {}        # state -> {key: the surest detection of that finer home}
    coarse: set[int] = set()                           # id() of the coarse homes
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
        cands = [f for f in fine.get(_state(name), {}).values()
                 if within is None or _place(f).lower() in within]
        if len(cands) != 1 or cands[0].confidence < d.confidence:
            out.append(d)
            continue
        f = cands[0]
        out.append(replace(d, key=f.key, value=f.value, attrs={**_attrs(d), "place": _place(f), "folded_from": name},
                           support=[*list(d.support or []), f"{name} (coarse) = {_place(f)}"]))
    return out
