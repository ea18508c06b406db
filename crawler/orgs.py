"""Organisation profiles: who the subject must not be identifiable as working for.

An organisation is one TOML file in data/orgs/ (format in docs/organisations.md).
It is validated on load so that a bad file fails at start-up, not mid-scan.
"""
from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from footprint.crawler.paths import DATA_DIR

ORG_DIR = DATA_DIR / "orgs"


class OrgError(ValueError):
    """An organisation profile is unknown or malformed."""


@dataclass(frozen=True)
class OrgName:
    canonical: str
    aliases: tuple[str, ...]
    ambiguous: tuple[str, ...] = ()


@dataclass(frozen=True)
class WorkSite:
    name: str
    aliases: tuple[str, ...]
    kind: str
    lat: float | None = None          # optional: lets geotag clusters be matched to the site
    lon: float | None = None


@dataclass(frozen=True)
class OrgProfile:
    id: str
    name: str
    names: tuple[OrgName, ...]
    units: tuple[str, ...]
    hashtags: tuple[str, ...]
    email_domains: tuple[str, ...]
    user_id_patterns: tuple[re.Pattern, ...]
    systems: tuple[str, ...]
    topics: tuple[str, ...]
    uniform: tuple[str, ...]
    roles: tuple[str, ...]
    sites: tuple[WorkSite, ...]
    policy: str = ""
    source: Path | None = field(default=None, compare=False)
    content: dict = field(default_factory=dict, compare=False, repr=False)   # the parsed TOML, stored with a scan
    sha256: str = field(default="", compare=False)                            # of the TOML file's bytes

    def canonical_name(self, alias: str) -> str:
        """The normal form of an organisation alias or unit ("ABF" -> "Australian Border Force")."""
        low = alias.strip().lower()
        for n in self.names:
            if low in (a.lower() for a in n.aliases + n.ambiguous):
                return n.canonical
        for u in self.units:
            if low == u.lower():
                return u
        return self.name

    def is_official_email(self, address: str) -> bool:
        domain = address.rsplit("@", 1)[-1].lower().strip(".")
        return any(domain == d or domain.endswith("." + d) for d in self.email_domains)


_STR_LISTS = ("units", "hashtags", "email_domains", "user_id_patterns", "systems", "topics", "uniform", "roles")


def _str_list(data: dict, key: str, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise OrgError(f"{where}: '{key}' must be a list of non-empty strings")
    return tuple(value)


def _site_coords(site: dict, where: str) -> tuple[float | None, float | None]:
    """Optional `lat`/`lon` of a site: both or neither, numbers in range."""
    lat, lon = site.get("lat"), site.get("lon")
    if lat is None and lon is None:
        return None, None
    ok = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon))
    if not ok or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise OrgError(f"{where}: 'lat' and 'lon' must both be numbers in range")
    return float(lat), float(lon)


def parse_org(data: dict, where: str = "organisation") -> OrgProfile:
    """Validate a parsed TOML organisation profile and build it."""
    for key in ("id", "name"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise OrgError(f"{where}: '{key}' is required and must be a string")
    lists = {k: _str_list(data, k, where) for k in _STR_LISTS}
    if not lists["email_domains"]:
        raise OrgError(f"{where}: 'email_domains' must list at least one domain")
    names = []
    for i, n in enumerate(data.get("names", [])):
        if not isinstance(n, dict) or not isinstance(n.get("canonical"), str):
            raise OrgError(f"{where}: names[{i}] needs a 'canonical' string")
        names.append(OrgName(n["canonical"], _str_list(n, "aliases", f"{where} names[{i}]"),
                             _str_list(n, "ambiguous", f"{where} names[{i}]")))
    if not names:
        raise OrgError(f"{where}: at least one [[names]] table is required")
    sites = []
    for i, s in enumerate(data.get("sites", [])):
        if not isinstance(s, dict) or not isinstance(s.get("name"), str) or not isinstance(s.get("kind"), str):
            raise OrgError(f"{where}: sites[{i}] needs 'name' and 'kind' strings")
        sites.append(WorkSite(s["name"], _str_list(s, "aliases", f"{where} sites[{i}]") or (s["name"],), s["kind"],
                              *_site_coords(s, f"{where} sites[{i}]")))
    patterns = []
    for p in lists.pop("user_id_patterns"):
        try:
            patterns.append(re.compile(p))
        except re.error as exc:
            raise OrgError(f"{where}: bad user_id_patterns regex {p!r}: {exc}") from None
    return OrgProfile(id=data["id"], name=data["name"], names=tuple(names), sites=tuple(sites),
                      user_id_patterns=tuple(patterns), policy=data.get("policy", ""), content=data, **lists)


def load_org(ref: str) -> OrgProfile:
    """Load an organisation by id (data/orgs/ID.toml) or by path to a TOML file."""
    path = Path(ref)
    if not (ref.endswith(".toml") or "/" in ref):
        path = ORG_DIR / f"{ref}.toml"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in ORG_DIR.glob("*.toml")))
        raise OrgError(f"unknown organisation profile {ref!r} (known: {known})")
    try:
        raw = path.read_bytes()
        data = tomllib.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise OrgError(f"organisation profile {path}: {exc}") from None
    org = parse_org(data, str(path.name))
    return OrgProfile(**{**org.__dict__, "source": path, "sha256": hashlib.sha256(raw).hexdigest()})
