"""What one photo or one post with a place says of where it was taken: at home, or somewhere else.

A geotag is a point; the words beside it say whose point. "our backyard" says the writer's own home in so many
words ("strong"); "Home." or "home week" (FIFO talk for the week off) says it in one word ("terse"); "the balcony",
"out the front", "the kitchen bench" name a part of a house only a home has ("house"); "mowed", "the dog", "cuppa"
are domestic but happen anywhere ("cue": enough only where the same spot recurs on other days). A post that names
somewhere else (a gym, a mate's place, a holiday: `home_spot_not`), or home as where the writer is going or a team's
ground ("heading home", "home game": `home_spot_going`), says nothing of the point. Shared by the detector (a post's
own place) and analysis/link/home_spot.py (photos). The words are data in data/lexicons/home_location.toml.
"""
from __future__ import annotations

import re

from footprint.analysis.detect.detectors.first_match import first_match
from footprint.analysis.detect.detectors.lexicon import load_lexicon

# strongest first: the kind a point's words give it
KINDS = ("strong", "terse", "house", "cue")
# the kinds one point alone may be read by (a cue alone is a dog walk, a barbecue anywhere)
SINGLE = frozenset({"strong", "terse", "house"})


def _lists():
    return _built(load_lexicon("home_location"))


_BUILT: list = [None, None]          # (lexicon, its lists): the tuples built once, so first_match remembers them


def _built(lex):
    if _BUILT[0] is not lex:
        _BUILT[:] = [lex, _make(lex)]
    return _BUILT[1]


def _make(lex):
    rx = lex.regex
    kinds = (("strong", rx.get("home_spot_strong", ()) + rx.get("post_home", ())),
             ("terse", rx.get("home_spot_terse", ())), ("house", rx.get("home_spot_house", ())),
             ("cue", rx.get("home_spot_cue", ())))
    return kinds, rx.get("home_spot_not", ()) + rx.get("home_spot_going", ())


def elsewhere(text: str) -> bool:
    """The words name somewhere other than the writer's home: a gym, a mate's place, heading home, a home game."""
    _, deny = _lists()
    return bool(text) and first_match(deny, text) is not None


def home_words(text: str) -> bool:
    """Whether the words name a part or a habit of a home at all, whatever else they name (round 14)."""
    kinds, _ = _lists()
    return bool(text) and any(first_match(rxs, text) is not None for _, rxs in kinds)


def scene(text: str) -> tuple[str, str]:
    """(kind, the words) for the words beside one geotag: kind one of KINDS, or "" when they say nothing of home
    (or name somewhere else)."""
    if not text or not text.strip():
        return "", ""
    kinds, deny = _lists()
    long = len(text) > LONG_POST
    if not long and first_match(deny, text) is not None:
        return "", ""
    for kind, rxs in kinds:
        m = first_match(rxs, text)
        if m is not None:
            # round 12: a long post (a blog entry) may name a hospital or a church paragraphs away from "our
            # backyard": only somewhere else named near the home words says the point is not home
            if long and first_match(deny, text[max(0, m.start() - NEAR_CHARS):m.end() + NEAR_CHARS]) is not None:
                return "", ""
            return kind, " ".join(m.group(0).split()).lower() or "home"
    return "", ""


LONG_POST = 600          # characters: a blog entry rather than a caption
NEAR_CHARS = 200         # how far from the home words another place still speaks of the same point


def near_words(text: str, said: str) -> str:
    """The text a deny list reads beside the home words `said`: all of a short post; of a long one, the stretch
    around them (a blog entry's funeral or hospital paragraphs away says nothing of the point)."""
    if len(text) <= LONG_POST:
        return text
    at = " ".join(text.split()).lower().find(said) if said else -1
    flat = " ".join(text.split())
    return flat if at < 0 else flat[max(0, at - NEAR_CHARS):at + len(said) + NEAR_CHARS]


# round 13: a place tag that is itself the writer's home ("Home", "our place", "🏠"): an ActivityPub location, a check-in
_HOME_NAME = re.compile(r"^\W*(?:(?:my|our|the)\s+)?(?:home(?:\s+sweet\s+home)?|ours|(?:my|our)\s+(?:place|house|flat|unit|"
                        r"backyard|back\s*yard)|home\s*base|casa\s+\w+|chez\s+\w+)\W*$|^\W*[\U0001F3E0\U0001F3E1]\W*$"
                        # round 15: "Home, 12 Such St", "Home - Kambah", "🏠 Moonah": home labelled, then where it is
                        r"|^\W*(?:(?:my|our)\s+)?home\s*[,:\u2013\u2014-]\s*\w|^\W*[\U0001F3E0\U0001F3E1]\s*\w", re.I)


def home_name(name: str) -> bool:
    """Whether a post's place is named as the writer's home ("Home", "our place", "🏠"), not a place others could share."""
    return bool(name) and _HOME_NAME.match(name.strip()) is not None


_TAG = re.compile(r"#([A-Za-z]{5,30})\b")
TAG_NEAR_M = 4_000.0        # a suburb hashtag this near the photo's point names the suburb it was taken in


def place_tag(text: str, lat: float, lon: float) -> str:
    """'#tag' when a hashtag of the words is a suburb (its name squashed: "#sandybay") near the point: the writer tags
    their own suburb on photos taken there, a home cue among other photos of the same spot; "" otherwise."""
    if not text or "#" not in text:
        return ""
    from footprint.analysis.detect.detectors.home_handle import _squashed
    from footprint.analysis.link import geo
    table = _squashed()
    here = geo.reverse_geocode(lat, lon)
    for m in _TAG.finditer(text):
        found = table.get(m.group(1).lower())
        if found is None:
            continue
        if here and here.lower().replace(" ", "").startswith(found[0].rsplit(" ", 1)[0].lower().replace(" ", "")):
            return m.group(0).lower()
        where = _coords(found[0])
        if where and geo.haversine_m(lat, lon, *where) <= TAG_NEAR_M:
            return m.group(0).lower()
    return ""


def _coords(name_state: str):
    """(lat, lon) of a GeoNames locality "Name STATE" (None when the offline table has no such place)."""
    from footprint.analysis.link.home_bio import _geonames_au
    name, _, state = name_state.rpartition(" ")
    for n, st, la, lo in _geonames_au():
        if n == name and (not state or st == state):
            return la, lo
    from footprint.analysis.detect import au_localities      # round 18: a suburb GeoNames lacks
    return next(iter(au_localities.coords(name, state)), None)
