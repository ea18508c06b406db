"""Per-platform steps for advice and the removal plan, from data/platforms.toml.

The wording of "how to do it on Mastodon / your blog / LinkedIn" is data,
not code: it changes with the platforms' menus, and a trainer or an
organisation may want to adjust it. It is loaded and validated once.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import urlsplit

from footprint.analysis.toml_config import read_toml
from footprint.crawler.paths import DATA_DIR

PLATFORMS_TOML = DATA_DIR / "platforms.toml"
ACTION_KINDS = ("post", "profile", "photo")
GENERAL_KEYS = ("camera", "strip", "post_location", "employer_fields", "work_through")
OTHER = "other"


class PlatformConfigError(ValueError):
    """data/platforms.toml is malformed."""


@dataclass(frozen=True)
class Platforms:
    """Validated platform steps: labels, steps per action kind, general steps, aliases."""

    labels: Mapping[str, str]
    steps: Mapping[str, Mapping[str, str]]      # platform -> action kind -> steps
    general: Mapping[str, str]
    aliases: Mapping[str, str]

    def normalise(self, name: str | None, url: str = "") -> str:
        """A platform key for a consent/scan platform name (and the URL, for LinkedIn-like hosts)."""
        p = (name or "").strip().lower()
        p = self.aliases.get(p, p)
        if "linkedin" in p or "linkedin" in urlsplit(url).netloc.lower():
            return "linkedin"
        return p

    def how(self, kind: str, platform: str) -> str:
        """The steps for one action kind (post, profile, photo) on one platform."""
        table = self.steps.get(platform) or self.steps[OTHER]
        return table[kind]

    def label(self, platform: str) -> str:
        return self.labels.get(platform) or self.labels[OTHER]


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise PlatformConfigError(f"{where}: expected non-empty text")
    return " ".join(value.split())


def parse_platforms(data: Mapping[str, Any], source: str = "<platforms>") -> Platforms:
    """Validate a parsed platforms.toml; raise PlatformConfigError naming the bad entry."""
    unknown = sorted(set(data) - {"aliases", "general", "platforms"})
    if unknown:
        raise PlatformConfigError(f"{source}: unknown table(s) {', '.join(unknown)}")
    platforms = data.get("platforms")
    if not isinstance(platforms, Mapping) or OTHER not in platforms:
        raise PlatformConfigError(f"{source}: needs [platforms.{OTHER}]")
    labels, steps = {}, {}
    for name, table in platforms.items():
        where = f"{source} [platforms.{name}]"
        if not isinstance(table, Mapping):
            raise PlatformConfigError(f"{where}: expected a table")
        extra = sorted(set(table) - {"label", *ACTION_KINDS})
        if extra:
            raise PlatformConfigError(f"{where}: unknown key(s) {', '.join(extra)}")
        labels[name] = _text(table.get("label"), f"{where} label")
        steps[name] = {k: _text(table.get(k), f"{where} {k}") for k in ACTION_KINDS}
    general = data.get("general")
    if not isinstance(general, Mapping):
        raise PlatformConfigError(f"{source}: needs [general]")
    missing = [k for k in GENERAL_KEYS if k not in general]
    if missing:
        raise PlatformConfigError(f"{source} [general]: missing {', '.join(missing)}")
    aliases = data.get("aliases", {})
    if not isinstance(aliases, Mapping) or any(v not in steps for v in aliases.values()):
        raise PlatformConfigError(f"{source} [aliases]: every alias must name a listed platform")
    return Platforms(labels, steps, {k: _text(general[k], f"{source} [general] {k}") for k in GENERAL_KEYS},
                     {str(k).lower(): str(v) for k, v in aliases.items()})


def load_platforms(path: Path | str | None = None) -> Platforms:
    """The platform steps (default data/platforms.toml, cached)."""
    return _default() if path is None else _load(Path(path))


def _load(path: Path) -> Platforms:
    return parse_platforms(read_toml(path, PlatformConfigError), str(path))


@lru_cache(maxsize=1)
def _default() -> Platforms:
    return _load(PLATFORMS_TOML)
