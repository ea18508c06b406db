"""The adversary's view, for awareness training: the same findings told as a
criminal group would use them, in the order the policy's Introduction
describes (identify staff, locate them, find leverage, find a way in, judge
who is susceptible). Every sentence carries the evidence URLs that make it
possible, so a trainer can show where each step comes from.

Built only from report.json, so it works on a redacted report: the values
it quotes are then the redacted ones.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

STAGES = ("Identify as staff", "Locate", "Find leverage", "Find a way in", "Judge susceptibility")
MAX_URLS = 4


@dataclass
class Line:
    stage: str
    text: str
    urls: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"stage": self.stage, "text": self.text, "evidence": list(self.urls)}


def _by_cat(report: dict) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for f in report.get("findings") or []:
        out.setdefault(f.get("category", ""), []).append(f)
    for items in out.values():
        items.sort(key=lambda f: -float(f.get("contribution") or 0))
    return out


def _urls(findings: Iterable[dict]) -> list[str]:
    return list(dict.fromkeys(e["url"] for f in findings for e in f.get("evidence") or []))[:MAX_URLS]


def _kinds(findings: Iterable[dict]) -> set[str]:
    return {e.get("kind") for f in findings for e in f.get("evidence") or []}


def _values(findings: list[dict], n: int = 3) -> str:
    vals = list(dict.fromkeys(str(f.get("value", "")) for f in findings))
    text = ", ".join(f"'{v}'" for v in vals[:n])
    return text + (f" and {len(vals) - n} more" if len(vals) > n else "")


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def adversary_view(report: dict) -> list[Line]:
    """Up to five sentences, one per stage that the findings make possible."""
    c = _by_cat(report)
    out: list[Line] = []

    employer = c.get("employer", [])
    if employer:
        top = employer[0]
        how = "your profile" if "profile_field" in _kinds([top]) else _count(len(_urls([top])), "post")
        text = f"Anyone reading {how} learns you work for '{top['value']}'"
        if c.get("work_location"):
            text += f", at '{c['work_location'][0]['value']}'"
        extra = [f for cat in ("colleague", "official_information", "systems_information") for f in c.get(cat, [])]
        if c.get("official_information") or c.get("systems_information"):
            n = len(c.get("official_information", [])) + len(c.get("systems_information", []))
            text += f"; {_count(n, 'thing')} you say about the work show you are on the inside"
        out.append(Line(STAGES[0], text + ".", _urls([top, *c.get("work_location", [])[:1], *extra[:1]])))

    home, geotags, routine = c.get("home_location", []), c.get("geotag", []), c.get("routine", [])
    if home or geotags or routine:
        parts, cited = [], []
        if home:
            photos = "image_metadata" in _kinds(home[:1]) or "inferred" in _kinds(home[:1])
            n = len(geotags)
            lead = (f"{n} geotagged photo{'s' * (n != 1)} or post{'s' * (n != 1)} point" if photos and geotags
                    else "what you share points")
            parts.append(f"{lead} to your home: '{home[0]['value']}'")
            cited += home[:1]
        elif geotags:
            n = len(geotags)
            parts.append(f"{n} photo{'s' * (n != 1)} or post{'s' * (n != 1)} carry the exact place they were made")
            cited += geotags[:2]
        if routine:
            parts.append(f"your routine ('{routine[0]['value']}') tells them when you come and go")
            cited += routine[:1]
        text = "; ".join(parts)
        out.append(Line(STAGES[1], text[0].upper() + text[1:] + ".", _urls(cited)))

    family, friends, colleagues = c.get("family", []), c.get("associate", []), c.get("colleague", [])
    if family or friends or colleagues:
        parts = []
        if family:
            parts.append(f"your family can be found: {_values(family)}")
        if friends:
            parts.append(f"{_count(len(friends), 'friend')} named")
        if colleagues:
            parts.append(f"{_count(len(colleagues), 'colleague')} identified as staff")
        text = "; ".join(parts)
        out.append(Line(STAGES[2], text[0].upper() + text[1:] + ".", _urls(family[:2] + friends[:1] + colleagues[:1])))

    contact, official = c.get("personal_contact", []), c.get("official_contact", []) + c.get("corporate_identifier", [])
    if contact or official:
        parts = []
        if contact:
            parts.append(f"they can approach you directly: {_values(contact, 2)}")
        if official:
            parts.append(f"or at work: {_values(official, 2)}")
        text = ", ".join(parts) if contact else parts[0].replace("or at work", "they can reach you at work")
        out.append(Line(STAGES[3], text[0].upper() + text[1:] + ".", _urls(contact[:2] + official[:1])))

    vulnerable = c.get("vulnerability", [])
    if vulnerable:
        out.append(Line(STAGES[4], f"Posts about {_values(vulnerable)} suggest pressures a group could offer to "
                                   "relieve, which is how grooming starts.", _urls(vulnerable[:3])))
    return out
