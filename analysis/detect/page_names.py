"""The subject's name forms a scan's own pages add: a club page about "Gary 'Grub' Linke" says "Grub works for ...".

The consent record gives the subject's name and aliases; a page in that name often gives more: a nickname in quotes
or brackets inside the page's name ("Alex 'Moggy' Morgan", "Alex (Moggy) Morgan") or inside the subject's full name
in a page's text ("Jarrod 'Mif' Mifsud has been a Rover since ..."), a schema.org `alternateName` or `additionalName`,
the account's handle. A page whose name, without its nickname, is the subject's is about the subject,
so those forms are the subject's too: "Moggy" in a later sentence is the subject, not a mate of theirs (subject_voice.py
then reads "Moggy works for ..." as the subject's own job). Forms of a page in another person's name are never added.
"""
from __future__ import annotations

import re
from typing import Iterable

from footprint.crawler.items import ProfileItem

from footprint.analysis.detect.detectors.context import SubjectNames

# a nickname inside a name: 'Moggy', "Moggy", “Moggy”, (Moggy)
_QUOTED = re.compile(r"[\"'“‘(]\s*([A-Za-z][\w.-]{1,24}(?:\s[A-Za-z][\w.-]{1,24})?)\s*[\"'”’)]")
_NAME_FIELDS = ("alternatename", "additionalname", "nickname", "alias", "aka", "alsoknownas")
_SPLIT = re.compile(r"\s*[;,/|]\s*")


def _field_forms(item: ProfileItem) -> list[str]:
    out = []
    for key, value in (item.fields or {}).items():
        if isinstance(value, str) and re.sub(r"[^a-z]", "", key.lower()) in _NAME_FIELDS:
            out += [v for v in _SPLIT.split(value) if 1 < len(v) <= 40]
    return out


def page_name_forms(subject: SubjectNames, items: Iterable) -> list[str]:
    """Name forms the scan's pages in the subject's name add (nicknames, alternate names, handles), not yet known."""
    forms: list[str] = []
    for item in items:
        if not isinstance(item, ProfileItem) or not (item.name or "").strip():
            continue
        name = item.name.strip()
        quoted = _QUOTED.findall(name)
        bare = " ".join(_QUOTED.sub(" ", name).split())
        if not (subject.matches(name) or bare and subject.matches(bare)):
            continue
        handle = (item.handle or "").strip().lstrip("@").split("@", 1)[0]
        forms += [name, *quoted, *_field_forms(item), *([handle] if handle else [])]
    forms += _said_nicknames(subject, (getattr(it, "text", "") or getattr(it, "summary", "") or "" for it in items))
    return [f for f in dict.fromkeys(forms) if f.strip().lower() not in subject.full]


def with_page_names(subject: SubjectNames, items: Iterable) -> SubjectNames:
    """The subject's names with the forms their own pages add (the same object when a page adds none)."""
    extra = page_name_forms(subject, items)
    return subject.with_forms(extra) if extra else subject


def _said_nicknames(subject: SubjectNames, texts: Iterable[str]) -> list[str]:
    """Nicknames written inside the subject's full name in running text: "Jarrod 'Mif' Mifsud has been a Rover ..."."""
    pairs = [n.split() for n in subject.full if len(n.split()) >= 2]
    if not pairs:
        return []
    rx = re.compile(r"(?i:\b(?:" + "|".join(rf"{re.escape(p[0])}\s+[\"'“‘(]\s*([A-Z][\w.-]{{1,24}})\s*[\"'”’)]\s+{re.escape(p[-1])}"
                                             for p in pairs) + r")\b)")
    out = []
    for text in texts:
        for m in rx.finditer(text or ""):
            out += [g for g in m.groups() if g]
    return out
