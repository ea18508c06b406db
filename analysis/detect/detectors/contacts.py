"""Finding contact details in text: emails (also written as "x at y dot gov dot au") and AU phone numbers.

Shared by the official-contact, personal-contact and corporate-identifier
detectors so each text is scanned once per kind of contact.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

import phonenumbers as pn

_AT = r"(?:\s*@\s*|\s*[\[\(\{<]\s*at\s*[\]\)\}>]\s*|\s+at\s+)"
_DOT = r"(?:\s*\.\s*|\s*[\[\(\{<]\s*dot\s*[\]\)\}>]\s*|\s+dot\s+)"
PLAIN_EMAIL_RX = re.compile(r"(?<![\w.+-])([A-Za-z0-9][\w.+-]{0,63})@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6})", re.I)
# The local part may be spelt out too: "sam dot ryder at abf dot gov dot au".
EMAIL_RX = re.compile(rf"(?<![\w.+-])([A-Za-z0-9][\w.+-]{{0,63}}(?:\s+dot\s+[A-Za-z0-9][\w+-]{{0,40}}){{0,3}}){_AT}"
                      rf"([A-Za-z0-9-]{{1,63}}(?:{_DOT}[A-Za-z0-9-]{{1,63}}){{1,6}})", re.I)
_DOT_NORM = re.compile(_DOT, re.I)
TLDS = {"au", "com", "net", "org", "io", "me", "co", "nz", "uk", "gov", "edu", "info", "biz", "app", "dev", "email", "mail", "example"}
PHONE_TYPES = {pn.PhoneNumberType.FIXED_LINE, pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE,
               pn.PhoneNumberType.VOIP}


@dataclass(frozen=True)
class Found:
    value: str          # normal form: lower-case address, or "+61 491 570 156"
    key: str            # E.164 / address, for linking
    start: int
    end: int
    raw: str
    obfuscated: bool = False
    mobile: bool = False


_WORD_LABEL = re.compile(r"[A-Z][a-z]")


def trim_domain(domain: str) -> str:
    """Cut a domain at a known TLD followed by a Capitalised label: "example.com.Work" is
    "example.com" and the next sentence ("Work stuff...") whose space went missing."""
    labels = domain.split(".")
    for i in range(1, len(labels) - 1):
        if labels[i].lower() in TLDS and _WORD_LABEL.match(labels[i + 1]):
            return ".".join(labels[:i + 1])
    return domain


_OWNER_WORDS = frozenset({"my", "our", "your", "his", "her", "their", "the", "a", "an", "me", "old", "work", "new"})


def emails(text: str) -> list[Found]:
    """Email addresses in text, de-obfuscated; " at "/" dot " spellings only when they end in a known TLD."""
    out = []
    plain_spans = []
    for m in PLAIN_EMAIL_RX.finditer(text):
        raw_domain = trim_domain(m.group(2))
        end = m.start(2) + len(raw_domain)
        domain, local = raw_domain.lower().strip("."), m.group(1).rstrip(".").lower()
        plain_spans.append((m.start(), end))
        out.append(Found(f"{local}@{domain}", f"{local}@{domain}", m.start(), end, text[m.start():end]))
    pos = 0
    while (m := EMAIL_RX.search(text, pos)) is not None:
        # A rejected candidate ("me at sam dot ryder") may hide the real one starting inside it.
        pos = m.start() + 1
        if any(s < m.end() and m.start() < e for s, e in plain_spans):
            continue
        raw = m.group(0)
        domain = _DOT_NORM.sub(".", m.group(2)).lower().strip(".")
        local = _DOT_NORM.sub(".", m.group(1)).rstrip(".").lower()
        tld = domain.rsplit(".", 1)[-1]
        if tld not in TLDS or "." not in domain:
            continue
        if local in _OWNER_WORDS and re.match(r"\w+\s+@", raw):
            continue            # "my @homeaffairs.gov.au address": a domain named, not an address written out
        addr = f"{local}@{domain}"
        out.append(Found(addr, addr, m.start(), m.end(), raw, obfuscated=True))
        pos = m.end()
    return sorted(out, key=lambda f: f.start)


def phones(text: str, region: str = "AU") -> list[Found]:
    """Callable AU (or international) numbers: fixed lines and mobiles, not 13/1300/1800 or emergency numbers."""
    out = []
    try:
        matches = list(pn.PhoneNumberMatcher(text, region, leniency=pn.Leniency.VALID))
    except Exception:  # phonenumbers raises on pathological input; a text without numbers is the safe answer
        return []
    for m in matches:
        kind = pn.number_type(m.number)
        if kind not in PHONE_TYPES:
            continue
        e164 = pn.format_number(m.number, pn.PhoneNumberFormat.E164)
        value = pn.format_number(m.number, pn.PhoneNumberFormat.INTERNATIONAL)
        out.append(Found(value, e164, m.start, m.end, m.raw_string, mobile=kind == pn.PhoneNumberType.MOBILE))
    return out


def phone_value(raw: str, region: str = "AU") -> Found | None:
    """A single number from a profile field, or None when it is not a callable number."""
    found = phones(raw, region)
    return found[0] if found else None


CONTACT_CATEGORIES = ("official_contact", "personal_contact")


def resolve_contact_use(dets: list) -> list:
    """One category per contact: a number or address seen as official in one place and personal
    in another is given the side its sightings support more (sum of confidences; a tie goes to
    official, the graver exposure), and the other side's detections move to it with their evidence.
    """
    weights: dict[str, dict[str, list[float]]] = {}
    for d in dets:
        if d.category in CONTACT_CATEGORIES:
            weights.setdefault(d.key, {}).setdefault(d.category, []).append(d.confidence)
    # fsum: a plain running sum depends on the order of the sightings in its last bits, and a tie
    # between the two sides must come out the same whatever order the crawl stored them in.
    sides = {k: {c: round(math.fsum(v), 9) for c, v in by_cat.items()} for k, by_cat in weights.items()}
    winner = {k: max(CONTACT_CATEGORIES, key=lambda c: (v.get(c, 0.0), c == "official_contact"))
              for k, v in sides.items() if len(v) > 1}
    if not winner:
        return dets
    out = []
    for d in dets:
        w = winner.get(d.key) if d.category in CONTACT_CATEGORIES else None
        if w and d.category != w:
            d = replace(d, category=w, pattern=f"{d.pattern}>resolved_{w}", attrs={**d.attrs, "resolved_from": d.category})
        out.append(d)
    return out
