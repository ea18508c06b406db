"""Redaction of a report for demos and training, before any renderer sees it.

A redacted report keeps its shape, categories and scores, so it still
teaches what was exposed, but it no longer identifies anyone:
- person names (the subject's, and those of family / associate / colleague
  findings) become initials ("Sarah (wife)" -> "S. (wife)") everywhere they
  occur: values, excerpts, explanations, advice, graph labels, URLs;
- emails keep their first letter and domain ("c***@abf.gov.au");
- phone numbers keep their last 3 digits ("***156");
- coordinates are rounded to 2 decimals (about 1 km), in text and numbers;
- street addresses ("12 Tallowwood Close", "Tallowwood Cl") become "[street]",
  leaving the suburb.
`redact_report` returns a deep copy and never changes its argument.
"""
from __future__ import annotations

import copy
import re
from typing import Any, Callable

from footprint.analysis.categories import where

PERSON_CATEGORIES = where(linking="person")

# Fields whose strings are structure, not content: left exactly as they are.
_KEEP_KEYS = frozenset({
    "schema_version", "sha256", "purpose", "given_on", "expires_on", "started_at",
    "finished_at", "posted_at", "category", "severity", "kind", "band", "status",
    "platform", "effort", "policy", "tool", "organisation", "key", "visibility",
})
_COORD_KEYS = frozenset({"lat", "lon", "lng", "latitude", "longitude"})

# Words in a person finding's value that are relations or titles, not names.
_NOT_NAMES = frozenset("""
a an the and or of my our his her their to at in on with for from by
mr mrs ms miss mx dr prof sir madam
wife husband partner spouse fiance fiancee girlfriend boyfriend ex
son daughter child children kid kids baby mother father mum mom dad parent parents
brother sister sibling grandmother grandfather grandma grandpa nan nana pop
aunt uncle cousin niece nephew inlaw in-law step stepson stepdaughter family
friend friends mate mates buddy neighbour neighbor associate colleague colleagues
coworker co-worker workmate team teammate boss manager supervisor officer officers
inspector sergeant constable superintendent commander director agent
unknown unnamed someone person people
school primary public high college grammar preschool kindergarten montessori christian anglican catholic
""".split())

EMAIL_RE = re.compile(r"(?<![\w.+-])([A-Za-z0-9][A-Za-z0-9._%+-]*)@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)")
# A run of 8 to 15 digits with the separators phone numbers use, not part of
# a longer number, an ISO date or a decimal.
PHONE_RE = re.compile(r"(?<![\w.+\-/])(\+?\(?\d[\d \-.()]{6,22}\d)(?![\w.]\d|\d|\w)")
_DATEISH_RE = re.compile(r"^\d{4}-\d{2}-\d{2}|^\d{1,2}[./]\d{1,2}[./]\d{2,4}$|^\d{2}:\d{2}")
DECIMAL_COORD_RE = re.compile(r"(?<![\w.])([-+]?\d{1,3})\.(\d{3,})(?![\w.]|\.\d)")
DMS_RE = re.compile(
    r"(\d{1,3})\s*(?:°|deg)\s*(\d{1,2})\s*['′]\s*(\d{1,2}(?:\.\d+)?)\s*(?:\"|″|'')?\s*([NSEWnsew])"
)


STREET_TYPES = ("Street|St|Road|Rd|Avenue|Ave|Close|Cl|Drive|Dr|Court|Ct|Place|Pl|Lane|Ln|Crescent|Cres|"
                "Parade|Pde|Way|Terrace|Tce|Boulevard|Blvd|Highway|Hwy|Circuit|Cct|Grove|Gr|Square|Sq")
STREET_RE = re.compile(rf"\b(?:(?:[Uu]nit\s+)?\d+[A-Za-z]?(?:/\d+)?\s+)?(?:[A-Z][a-z'’-]+\s+){{1,3}}(?:{STREET_TYPES})\b\.?")


def initials(name: str) -> str:
    """"Sarah Jane Citizen" -> "S. J. C."."""
    parts = [p for p in re.split(r"[\s]+", name.strip()) if p and p[0].isalnum()]
    return " ".join(p[0].upper() + "." for p in parts) or "?."


def mask_email(match: re.Match) -> str:
    return f"{match.group(1)[0]}***@{match.group(2)}"


def mask_phone(match: re.Match) -> str:
    text = match.group(1)
    digits = re.sub(r"\D", "", text)
    if not 8 <= len(digits) <= 15 or _DATEISH_RE.search(text.strip("+(")):
        return text
    if re.fullmatch(r"[-+]?\d{1,3}\.\d+", text):  # a plain decimal, not a phone
        return text
    return "***" + digits[-3:]


def round_coords(text: str) -> str:
    """Decimals with 3+ places that can be degrees -> 2 places; DMS -> decimal."""
    def dec(m: re.Match) -> str:
        value = float(f"{m.group(1)}.{m.group(2)}")
        if abs(value) > 180:
            return m.group(0)
        return f"{value:.2f}"

    def dms(m: re.Match) -> str:
        deg = int(m.group(1)) + int(m.group(2)) / 60 + float(m.group(3)) / 3600
        sign = -1 if m.group(4).upper() in "SW" else 1
        return f"{sign * deg:.2f}"

    return DECIMAL_COORD_RE.sub(dec, DMS_RE.sub(dms, text))


def person_names(report: dict) -> list[str]:
    """Names to mask: the subject's and those in person findings' values."""
    names: set[str] = set()
    subject = (report.get("subject") or {}).get("name")
    if isinstance(subject, str) and subject.strip():
        names.add(subject.strip())
        names.update(t for t in re.findall(r"[^\W\d_][\w'’-]*", subject) if len(t) > 1)
    for f in report.get("findings") or []:
        if not isinstance(f, dict) or f.get("category") not in PERSON_CATEGORIES:
            continue
        value = re.sub(r"\([^)]*\)", " ", str(f.get("value", "")))  # "(wife)" is a relation
        tokens = [t for t in re.findall(r"[^\W\d_][\w'’-]*", value)
                  if len(t) > 1 and t.lower() not in _NOT_NAMES]
        names.update(tokens)
        if len(tokens) > 1:
            names.add(" ".join(tokens))
    return sorted(names, key=lambda n: (-len(n), n))


def make_redactor(names: list[str]) -> Callable[[str], str]:
    """A function masking emails, phones, coordinates and `names` in a string."""
    name_re = None
    if names:
        alts = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
        name_re = re.compile(rf"(?<![^\W_])(?:{alts})(?![^\W_])", re.IGNORECASE)

    def redact(text: str) -> str:
        text = EMAIL_RE.sub(mask_email, text)
        text = round_coords(text)
        text = PHONE_RE.sub(mask_phone, text)
        text = STREET_RE.sub("[street]", text)
        if name_re is not None:
            text = name_re.sub(lambda m: initials(m.group(0)), text)
        return text

    return redact


def redact_report(report: dict) -> dict:
    """A deep copy of `report` with names, emails, phones and coordinates masked."""
    out = copy.deepcopy(report)
    if not isinstance(out, dict):
        return out
    redact = make_redactor(person_names(out))

    id_map = _remap_ids([f.get("id") for f in out.get("findings") or [] if isinstance(f, dict)], redact)
    for f in out.get("findings") or []:
        if isinstance(f, dict) and isinstance(f.get("id"), str):
            f["id"] = id_map[f["id"]]
    for a in out.get("advice") or []:
        if isinstance(a, dict) and isinstance(a.get("finding_ids"), list):
            a["finding_ids"] = [id_map.get(i, redact(i)) if isinstance(i, str) else i for i in a["finding_ids"]]

    graph = out.get("graph")
    if isinstance(graph, dict):
        nodes = [n for n in graph.get("nodes") or [] if isinstance(n, dict)]
        node_map = _remap_ids([n.get("id") for n in nodes], redact)
        for n in nodes:
            if isinstance(n.get("id"), str):
                n["id"] = node_map[n["id"]]
        for e in graph.get(_edges_key(graph)) or []:
            if isinstance(e, dict):
                for end in ("source", "target"):
                    if isinstance(e.get(end), str):
                        e[end] = node_map.get(e[end], redact(e[end]))

    return _walk(out, redact, skip=frozenset({"id", "finding_ids", "source", "target"}))


def _edges_key(graph: dict) -> str:
    return "edges" if "edges" in graph or "links" not in graph else "links"


def _remap_ids(ids: list[Any], redact: Callable[[str], str]) -> dict[str, str]:
    """Redacted ids, kept distinct: "person:Sarah", "person:Sam" -> "person:S.", "person:S.#2"."""
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for i in ids:
        if not isinstance(i, str) or i in mapping:
            continue
        new = candidate = redact(i)
        n = 2
        while candidate in used:
            candidate = f"{new}#{n}"
            n += 1
        mapping[i] = candidate
        used.add(candidate)
    return mapping


def _walk(node: Any, redact: Callable[[str], str], skip: frozenset[str], key: str | None = None) -> Any:
    if isinstance(node, dict):
        return {k: _walk(v, redact, skip, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_walk(v, redact, skip, key) for v in node]
    if key in _KEEP_KEYS or key in skip:
        return node
    if isinstance(node, str):
        return redact(node)
    if key in _COORD_KEYS and isinstance(node, float):
        return round(node, 2)
    return node
