"""Where someone lives, said loosely: a town as one item of a terse bio list, a home port come back to.

"Insomniac. Public servant. Ferns. Kaleen." names the suburb as one fragment among short ones, the
way people write bios; a fragment that is nothing but a town or suburb (after "-ish", "area",
"outskirts of") is where they live. A place named as the home port, home town or home base, or
"back in X" in a sentence that says home, is too. Towns come from analysis.detect.localities
(gazetteer, then GeoNames' Australian places).
"""
from __future__ import annotations

import re
from functools import lru_cache

from footprint.analysis.detect import localities
from footprint.analysis.detect.nlp import PATTERN_DIR
from footprint.analysis.detect.detectors.home_fragments import city_suburb, finer, word_town

# fragments of a bio: sentences, bars, bullets, slashes, emoji and other symbols
_SPLIT = re.compile(r"\s*(?:[.|·•/;\n]|\s[-–—]\s|[\u2600-\u27bf\U0001F000-\U0001FAFF])+\s*")
MAX_WORDS = 4            # a fragment of a terse bio is a few words
MIN_FRAGMENTS = 3
LOWER_MIN = 5            # a lower-case town name this long is rarely an ordinary word ("braddon", not "hope")


def terse_bio_place(text: str, not_words: set[str] = frozenset()) -> tuple[str, str, str] | None:
    """("Name STATE", kind, fragment) when a terse bio has exactly one fragment that is only a place.

    `not_words`: words of places that are the employer's work sites (a bio naming one names work)."""
    parts = [p for p in _SPLIT.split(text or "") if p and re.search(r"\w", p)]
    if len(parts) < MIN_FRAGMENTS:      # "bikes, bread, bad puns, belco.": a comma list of short items is one too
        # round 15: each fragment's own items ("Home baker, <Suburb>. Hydration nerd."): run together, the fragments'
        # ends were lost ("<Suburb> Hydration nerd" was one item)
        parts = [q for p in parts for q in re.split(r"\s*,\s*|\s+(?:&|and|\+)\s+", p) if q and re.search(r"\w", q)]
    if len(parts) < MIN_FRAGMENTS or any(len(p.split()) > MAX_WORDS for p in parts):
        return None
    hits = []
    for p in parts:
        bare = localities.strip_loose(p)
        if not bare:
            continue
        pair = city_suburb(p, not_words)      # round 13: "Canberra (Kaleen)", "Perth, Bassendean": the suburb
        if pair:
            hits.append(pair)
            continue
        if word_town(bare) and bare == p.strip(" .!"):
            continue                            # "Research.", "Prospect.": a word, unless marked ("Prospect local")
        if not bare[0].isupper():       # "dad of 2 | braddon | coffee": a lower-case fragment that is a town's whole name
            found = localities.exact(bare) if len(bare) >= LOWER_MIN and bare.lower() not in localities.COMMON_TOWN_WORDS else None
            if found and not set(bare.lower().split()) <= not_words:
                hits.append((*found, p))
            continue
        found = localities.lookup(bare)
        if found and kin_nickname(bare, p):
            continue                            # "Freo boy": who the writer is, the way a footy crowd says it
        if found and not set(bare.lower().split()) <= not_words:
            hits.append((*found, p))
    hits = finer(hits)                  # "Hobart | Sandy Bay": a city beside its suburb is the suburb's region
    return hits[0] if len(hits) == 1 else None


def paired_place(text: str, not_words: set[str] = frozenset()) -> tuple[str, str, str] | None:
    """("Suburb STATE", kind, fragment) when exactly one fragment of a bio of any length is a city with one of its
    suburbs ("EL1 in visa policy. Canberra (Kaleen).", "Perth, Bassendean to be exact"): see home_fragments.py."""
    frags = [p.strip() for p in _SPLIT.split(text or "") if p.strip()]
    hits = [h for p in frags for h in [city_suburb(p, not_words)] if h]
    if not hits:        # "shift worker, gardener, Adelaide (Norwood), bad at crosswords": a comma list's items
        frags = [q.strip() for p in frags for q in p.split(",") if q.strip()]
        hits = [h for p in frags for h in [city_suburb(p, not_words)] if h]
    if len({h[0] for h in hits}) != 1:
        parts = [p for p in frags if len(p.split()) <= MAX_WORDS]
        # "Hobart - Sandy Bay": a city fragment then its suburb's fragment, side by side
        for a, b in zip(parts, parts[1:]):
            h = city_suburb(f"{a}, {b}", not_words)
            if h:
                return h[0], h[1], f"{a} - {b}"
        return None
    return hits[0]


# round 15: "-ish" as its own suffix only ("Kaleen-ish"): "Fish." ends in the letters, not the word
_MARKED = re.compile(r"(?:\b(?:based|local|resident|way|area)\s*$|(?:-|\b)ish\s*$|^\s*(?:based\s+in|living\s+in|lives\s+in|out)\b)", re.I)
# round 10: a suburb then its region, the way a forum "about" line says it ("<Suburb>, south east Melb", "<Suburb>, <Town>
# way", "<Suburb>, northside"): the suburb before the comma is the place
_REGION_TAIL = re.compile(r",\s*(?:(?:(?:south|north)[\s-]?(?:east|west)|south|north|east|west|inner|outer|far|greater)(?:ern)?\s+"
                          r"[A-Za-z]+|northside|southside|eastside|westside|out\s+west|up\s+north|down\s+south|the\s+(?:hills|shire|"
                          r"peninsula|bayside|coast)|[A-Z][a-z]+\s+way|[A-Z][a-z]+\s+(?:area|region|district|side))\s*$", re.I)
# "<Suburb> girl", "Proud <Town> boy", "<Town> lass": who the writer is by where they are; only a place a gazetteer
# knows counts ("Bali girl", "country girl" are not homes). "<Town> born and bred" is not read: it names where they grew
# up, and the home is often a suburb of it or elsewhere.
_KIN_MARKED = re.compile(r"\b(?:girl|boy|lad|lass|gal|grrl)\s*$", re.I)
_TITLE_NAME = re.compile(r"^(?:[A-Z][a-z]+)(?:\s[A-Z][a-z]+){0,2}$")


# round 11: a fragment that opens on a place and a word that makes it the writer's ("Ulladulla based photographer",
# "Toowoomba born and bred", "Bankstown boy through and through", "Freo local, boats and beer"): the words before it
_LEADS = re.compile(r"^(?:(?:a\s+)?(?:proud|true|lifelong|dyed[\s-]in[\s-]the[\s-]wool)\s+)?(?P<place>[A-Za-z][A-Za-z'’ ]{2,30}?)[\s-]+(?:based|born\s+(?:and|&|n|n')\s+(?:bred|raised)|bred|raised|local|"
                    r"native|resident|boy|girl|lad|lass|gal|b\s*(?:&|n|and)\s*b(?!\w)|b\s*(?:&|n|and)\s*r(?!\w))(?!\w)"
                    # "<Town> local, Keith has been ...": an apposition to someone named, not the writer
                    r"(?!,?\s+(?-i:[A-Z][a-z]+)\s+(?:has|is|was|had|and|will|says|said|who)\b)", re.I)


def kin_nickname(place: str, fragment: str) -> bool:
    """A place by its local nickname with "boy"/"girl" ("Freo boy", "Brissie girl"): who the writer is, the way a
    footy crowd says it, not where they live (round 14); "<Suburb> girl" by the suburb's own name still counts."""
    return _KIN_ORIGIN.search(fragment or "") is not None and " ".join((place or "").split()).lower() in _nicknames()


def _nicknames() -> frozenset[str]:
    return frozenset(nick.lower() for nick, _ in localities.nickname_rows())


# round 14: "<Town> girl", "Proud <Suburb> boy": like "born and bred", who the writer is by where they come from; the
# home only when the scan states no other (analysis/link/home_bio.py drop_outranked)
_KIN_ORIGIN = re.compile(r"\b(?:girl|boy|lad|lass|gal|grrl)\b(?!\s*(?:'s|’s))", re.I)


def origin(fragment: str) -> bool:
    """The fragment says where the writer comes from: born and bred there, or "<Town> boy/girl"."""
    return born_and_bred(fragment) or _KIN_ORIGIN.search(fragment or "") is not None


BORN_AND_BRED = "born_and_bred_place"
_BORN = re.compile(r"\bborn\s*(?:,|and|&|n|n'|\+)?\s*(?:bred|raised)\b|\b(?:bred|raised)\s+in\b|\bb\s*(?:&|n|and)\s*[br](?!\w)", re.I)


def born_and_bred(fragment: str) -> bool:
    """The fragment says where the writer was born or grew up ("Geelong born n bred"): often the city whose suburb
    they live in, so the home only when nothing else in the scan says where they live."""
    return _BORN.search(fragment or "") is not None


def marked_bio_place(text: str, not_words: set[str] = frozenset()) -> tuple[str, str, str] | None:
    """("Name STATE" or the name, kind, fragment) when one bio fragment is a place with a word that makes it where the
    writer is ("Ocean Grove based", "out Armadale way", "Kambah local", "based in Bendigo"), in a bio of any length."""
    hits = []
    for frag in _SPLIT.split(text or ""):
        frag = frag.strip()
        lead = _LEADS.match(frag) if frag else None
        found = localities.exact(lead.group("place").strip(), wide=True) if lead else None
        # "Geelong born n bred": a city one grew up in is a region (the home is one of its suburbs); a suburb is home
        if found and born_and_bred(frag) and localities.regional_city(found[0]):
            continue
        if found and kin_nickname(lead.group("place"), frag):
            continue
        if found and found[1] == "suburb" and not set(lead.group("place").lower().split()) <= not_words:
            hits.append((*found, frag))
            continue
        kin = _KIN_MARKED.search(frag) if frag else None
        region = _REGION_TAIL.search(frag) if frag else None
        if not frag or len(frag.split()) > 6 or not (_MARKED.search(frag) or kin or region):
            continue
        bare = localities.strip_loose(frag[:region.start()] if region else frag)
        if not bare or set(bare.lower().split()) <= not_words:
            continue
        found = localities.lookup(bare)
        if found and kin_nickname(bare, frag):
            continue
        if found:
            hits.append((*found, frag))
        elif _TITLE_NAME.match(bare) and not kin and not not_place(bare):
            hits.append((bare, "unknown", frag))
    return hits[0] if len(hits) == 1 else None


def not_place(name: str) -> bool:
    """A star, planet or fictional land ("Orion", "Narnia"), never a home (data/patterns/not_places.tsv, round 15)."""
    return " ".join((name or "").lower().split()) in _not_places()


@lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    try:
        lines = (PATTERN_DIR / "not_places.tsv").read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(x.strip().lower() for x in lines if x.strip() and not x.startswith("#"))


def named_after(rx_list, text: str) -> list[tuple[str, str, str, int]]:
    """(Name STATE, kind, phrase, start) for each capitalised name a home phrase (`rx_list`, group 1 the name)
    points at, when the name is a known town or suburb."""
    out = []
    for rx in rx_list:
        for m in rx.finditer(text):
            name = m.group(1)
            for n in range(len(name.split()), 0, -1):        # "Eden after four days" -> "Eden"
                cand = " ".join(name.split()[:n])
                found = localities.lookup(cand)
                if found:
                    out.append((*found, " ".join(m.group(0).split()), m.start(1)))
                    break
    return out


_ANSWER_PLACE = re.compile(r"\s*(?:(?:i\x27m|im|i\s+am|we\x27re|we\s+are|i|we)\s+(?:live\s+|living\s+)?(?:in|at|out\s+at|up\s+in|down\s+in)\s+)?"
                           r"([A-Za-z][a-z]+(?:\s[A-Za-z][a-z]+){0,2})")


def answered(question_rx, text: str) -> list[tuple[str, str, str, int]]:
    """(Name STATE, kind, phrase, start) for the known town that opens the answer to "where do you live?" ("Q: where
    do u live? A: Macgregor, near the shops"): the asker's question names no place, the answer's first words do."""
    out = []
    for rx in question_rx:
        for m in rx.finditer(text):
            a = _ANSWER_PLACE.match(text, m.end())
            if a is not None and not any(localities.lookup(" ".join(a.group(1).split()[:n])) for n in (3, 2, 1)):
                comma = text.find(",", m.end(), m.end() + 40)      # "Southern suburbs, Morphett Vale to be exact"
                a = _ANSWER_PLACE.match(text, comma + 1) if comma >= 0 else a
            if a is None:
                continue
            words = a.group(1).split()
            for n in range(len(words), 0, -1):
                found = localities.lookup(" ".join(words[:n]))
                if found and found[1] != "city":
                    out.append((*found, " ".join(text[m.start():a.end(1)].split())[:80], a.start(1)))
                    break
    return out
