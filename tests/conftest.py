"""Shared test helpers: consent records written as real TOML files."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
# Permissively licensed copies of shared/data files (see fixtures/SOURCES.md): tests use these, so they run
# on a fresh clone; GPL/AGPL samples are read from SHARED_DATA only, and their tests skip without it.
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TODAY = dt.date.today()


def consent_toml(profiles: list[dict] | None = None, *, name: str = "Casey Morgan", given_by: str | None = None,
                 organisation: str = "dibp", given_on: dt.date | None = None, expires_on: dt.date | None = None,
                 purpose: str = "personal-report", reviewer: str = "") -> str:
    """A consent record as the subject would write it."""
    profiles = [{"url": "https://social.example/@caseym", "platform": "activitypub"}] if profiles is None else profiles
    given_on = given_on or TODAY - dt.timedelta(days=1)
    expires_on = expires_on or TODAY + dt.timedelta(days=90)
    lines = [
        "[subject]", f'name = "{name}"', 'aliases = ["caseym"]', f'organisation = "{organisation}"', "",
        "[consent]", f'given_by = "{given_by or name}"', f"given_on = {given_on.isoformat()}",
        f"expires_on = {expires_on.isoformat()}", f'purpose = "{purpose}"',
        'statement = "I ask for a scan of my public profiles."', f'reviewer = "{reviewer}"', "",
    ]
    for p in profiles:
        lines += ["[[profiles]]", f'url = "{p["url"]}"']
        if p.get("platform"):
            lines.append(f'platform = "{p["platform"]}"')
        lines.append("")
    return "\n".join(lines)


@pytest.fixture
def write_consent(tmp_path):
    def write(text: str | None = None, **kwargs) -> Path:
        path = tmp_path / "consent.toml"
        path.write_text(text if text is not None else consent_toml(**kwargs), encoding="utf-8")
        return path
    return write


def sample(relpath: str) -> Path:
    """A third-party sample file: the copy in tests/fixtures/, else shared/data's (GPL/AGPL), else skip."""
    for base in (FIXTURES, SHARED_DATA):
        if (base / relpath).is_file():
            return base / relpath
    pytest.skip(f"{relpath} is only in ../shared/data (not copied: GPL/AGPL), which is not present")
