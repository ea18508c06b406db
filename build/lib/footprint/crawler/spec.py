"""What a scan was asked to do, stored whole with the scan.

The consent gate resolves a consent record once (subject, aliases, the
organisation profile's content, purpose, reviewer, profiles); that resolution
is kept with the scan as JSON, so `analyse`, `report --reanalyse` and `verify`
replay exactly what the scan was given instead of re-deriving a guess (an
organisation file beside the consent, or the aliases, would otherwise be lost).
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class ScanSpec:
    subject: str
    aliases: tuple[str, ...]
    organisation: str                   # the profile's id
    org_profile: dict[str, Any]         # the organisation profile's content, as parsed from its TOML
    org_sha256: str                     # of the profile file's bytes
    purpose: str
    given_by: str
    given_on: str                       # ISO dates
    expires_on: str
    consent_sha256: str
    consent_path: str
    reviewer: str = ""
    profiles: tuple[dict[str, Any], ...] = field(default_factory=tuple)     # {"url", "platform"}
    exports: tuple[dict[str, Any], ...] = field(default_factory=tuple)      # {"path", "platform", "private_location"}

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "ScanSpec":
        data = json.loads(text)
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**{**known, "aliases": tuple(known.get("aliases", ())),
                      "profiles": tuple(known.get("profiles", ())), "exports": tuple(known.get("exports", ()))})
