"""Home in a username: a suburb glued to a word for who the writer is ("kogarahmum3", "werribee_dad", "localbraddon").

Forum and social handles are often the writer's suburb and what they are there ("<suburb>mumof3"): the suburb is where
the family lives. Only a suburb or town the tables know (analysis.detect.localities), of five letters or more, counts,
and only beside a person word (`handle_person` in data/lexicons/home_location.toml): "cronullasharks" or "bondi_surf"
name a team or a beach, not a home. Read once per profile (the detector's analyze_item).
"""
from __future__ import annotations

import re
from functools import lru_cache

from footprint.analysis.detect import localities

HANDLE = 0.6
MIN_LETTERS = 5


@lru_cache(maxsize=1)
def _squashed() -> dict[str, tuple[str, str]]:
    """Town and suburb names without spaces ("croydonpark") -> ("Croydon Park NSW", kind); cities left out (a city is
    a region, not a home)."""
    return {key.replace(" ", ""): found for key, found in localities._table().items()
            if found[1] == "suburb" and len(key.replace(" ", "")) >= MIN_LETTERS and key.replace(" ", "").isalpha()}


def handle_place(handle: str, person_words: tuple[str, ...]) -> tuple[str, str, str] | None:
    """("Name STATE", kind, the person word) when `handle` is a suburb and a person word, either way round."""
    letters = re.sub(r"[^a-z]", "", (handle or "").lower())
    if len(letters) < MIN_LETTERS + 2:
        return None
    table = _squashed()
    for word in person_words:
        w = word.lower()
        if letters.endswith(w) or w in letters[MIN_LETTERS:]:      # "<suburb><word>..." ("kogarahmum3")
            head = letters[:letters.rfind(w)]
            if head in table:
                return (*table[head], word)
        if letters.startswith(w) and letters[len(w):] in table:      # "<word><suburb>" ("localbraddon")
            return (*table[letters[len(w):]], word)
    return None


def handle_home(det, item, ctx) -> list:
    """A home_location detection for a profile whose handle is a suburb and a person word."""
    handle = getattr(item, "handle", "") or ""
    found = handle_place(handle, det.handle_person) if handle else None
    if found is None:
        return []
    name, kind, word = found
    d = det.detection(ctx, value=name, key=f"place:{name}", confidence=HANDLE, pattern="suburb_in_username",
                      excerpt_text=f"username: {handle}", support=[handle, word], attrs={"place": name, "place_kind": kind})
    return [d] if d else []
