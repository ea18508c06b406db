"""LinkedIn data export: Profile.csv, Positions.csv, Education.csv, PhoneNumbers.csv, Email Addresses.csv.

The profile (headline, summary, location, current position) and positions
and education are public on LinkedIn; contact details (phones, emails,
address, birth date) are shown to connections only by default, so they are
`followers`. Connections.csv is counted, never read name by name: who the
person knows is not theirs to expose. Some CSVs open with a "Notes:" block
before the real header, which is skipped.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from footprint.crawler.items import Item, PostItem, ProfileItem
from footprint.crawler.exports import ExportContext, Reader, register
from footprint.crawler.exports.archive import Archive

_KNOWN = ("profile.csv", "positions.csv", "education.csv", "phonenumbers.csv", "connections.csv",
          "email addresses.csv", "skills.csv")


def _member(archive: Archive, file_name: str) -> str | None:
    found = [n for n in archive.names() if n.lower().rsplit("/", 1)[-1] == file_name.lower()]
    return found[0] if found else None


def _header_at(lines: list[str], expected: tuple[str, ...]) -> int:
    """The index of the line that is the CSV header (LinkedIn puts a 'Notes:' block above some)."""
    for i, line in enumerate(lines[:20]):
        if any(line.startswith(word) for word in expected):
            return i
    return 0


def read_rows(archive: Archive, name: str, expected: tuple[str, ...]) -> list[dict[str, str]]:
    text = archive.read_text(name)
    lines = text.splitlines(keepends=True)
    start = _header_at(lines, expected)
    reader = csv.DictReader(io.StringIO("".join(lines[start:])))
    return [{(k or "").strip(): (v or "").strip() for k, v in row.items() if k} for row in reader]


def count_rows(archive: Archive, name: str, expected: tuple[str, ...]) -> int:
    """Rows of a CSV, streamed: the connections list is counted, not kept."""
    with archive.open(name) as fh:
        text = io.TextIOWrapper(fh, encoding="utf-8-sig", errors="replace", newline="")
        header_seen, rows = False, 0
        for row in csv.reader(text):
            if not header_seen:
                header_seen = bool(row) and any(row[0].startswith(w) for w in expected)
                continue
            rows += bool(row and any(c.strip() for c in row))
        return rows


def _when(start: str, end: str) -> str:
    return f" ({start} – {end or 'present'})" if start else ""


@register
class LinkedInReader(Reader):
    platform = "linkedin"
    priority = 40

    def detect(self, archive: Archive) -> bool:
        base = {n.lower().rsplit("/", 1)[-1] for n in archive.names()}
        return "profile.csv" in base and len(base & set(_KNOWN)) >= 2 or "positions.csv" in base

    def read(self, archive: Archive, ctx: ExportContext) -> Iterator[Item]:
        prof_name = _member(archive, "Profile.csv")
        prof = (read_rows(archive, prof_name, ("First Name",)) or [{}])[0] if prof_name else {}
        positions_name = _member(archive, "Positions.csv")
        positions = read_rows(archive, positions_name, ("Company Name",)) if positions_name else []
        edu_name = _member(archive, "Education.csv")
        education = read_rows(archive, edu_name, ("School Name",)) if edu_name else []
        phones_name = _member(archive, "PhoneNumbers.csv")
        phones = [f"{r.get('Extension', '')} {r.get('Number', '')}".strip()
                  for r in (read_rows(archive, phones_name, ("Extension", "Number")) if phones_name else [])
                  if r.get("Number")]
        emails_name = _member(archive, "Email Addresses.csv")
        emails = [r["Email Address"] for r in (read_rows(archive, emails_name, ("Email Address",))
                                                if emails_name else []) if r.get("Email Address")]
        conn_name = _member(archive, "Connections.csv")
        connections = count_rows(archive, conn_name, ("First Name",)) if conn_name else 0

        name = " ".join(p for p in (prof.get("First Name"), prof.get("Last Name")) if p)
        current = next((p for p in positions if not p.get("Finished On")), positions[0] if positions else {})
        fields = {k: v for k, v in (
            ("Headline", prof.get("Headline")), ("Location", prof.get("Geo Location")),
            ("Industry", prof.get("Industry")), ("Works for", current.get("Company Name")),
            ("Job title", current.get("Title")), ("Work location", current.get("Location")),
            ("Education", "; ".join(e.get("School Name", "") for e in education if e.get("School Name"))),
        ) if v}
        if connections:
            fields["Connections"] = f"{connections} connections"
        links = [w for w in re.split(r"[,\s]+", (prof.get("Websites") or "").replace("[", " ").replace("]", " "))
                 if w.startswith(("http://", "https://"))]
        profile_url = ctx.url(prof_name or "Profile.csv", "profile")
        yield ProfileItem(profile=ctx.source, url=profile_url, platform="linkedin", name=name,
                          summary=prof.get("Summary", ""), fields=fields, links=links, visibility="public")
        # Contact details: connections only by default.
        contact = {k: v for k, v in (("Address", prof.get("Address")), ("Birth date", prof.get("Birth Date")),
                                     ("Zip code", prof.get("Zip Code")),
                                     ("Instant messengers", prof.get("Instant Messengers")),
                                     ("Twitter", prof.get("Twitter Handles"))) if v}
        if contact or phones or emails:
            yield ProfileItem(profile=ctx.source, url=ctx.url(prof_name or "Profile.csv", "contact-info"),
                              platform="linkedin", name=name, fields=contact, phones=phones, emails=emails,
                              visibility="followers")
        for i, p in enumerate(positions):
            if not p.get("Company Name"):
                continue
            text = (f"{p.get('Title') or 'Working'} at {p['Company Name']}"
                    f"{', ' + p['Location'] if p.get('Location') else ''}"
                    f"{_when(p.get('Started On', ''), p.get('Finished On', ''))}."
                    f"{' ' + p['Description'] if p.get('Description') else ''}")
            yield PostItem(profile=ctx.source, url=ctx.url(positions_name, i + 1), platform="linkedin",
                           title="Position", text=text, visibility="public")
        for i, e in enumerate(education):
            if not e.get("School Name"):
                continue
            text = (f"{e.get('Degree Name') or 'Studied'} at {e['School Name']}"
                    f"{_when(e.get('Start Date', ''), e.get('End Date', ''))}."
                    f"{' ' + e['Activities'] if e.get('Activities') else ''}")
            yield PostItem(profile=ctx.source, url=ctx.url(edu_name, i + 1), platform="linkedin",
                           title="Education", text=text, visibility="public")
