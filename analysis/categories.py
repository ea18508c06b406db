"""The 14 finding categories, read once from data/categories.toml.

Everything code needs to know about a category (title, policy clauses,
severity, advice wording, graph kind and colour, how it links, which removal
bundles it belongs to) lives in that one file; this module validates it on
load, so a malformed table fails at start-up, and exposes it.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass

from footprint.crawler.paths import DATA_DIR

SEVERITIES = ("low", "medium", "high", "critical")
LINKINGS = ("person", "place", "fuzzy", "coords", "exact")
GRAPH_KINDS = ("employer", "person", "place", "contact", "routine", "topic", "system", "signal")


class CategoryError(ValueError):
    """data/categories.toml is malformed."""


@dataclass(frozen=True)
class Category:
    name: str
    title: str
    policy: tuple[str, ...]
    severity: str
    reveals: str
    advice_order: int
    graph_kind: str
    linking: str
    identifying: bool
    locating: bool
    coordinates: bool
    colour: str = ""


def _category(name: str, t: dict) -> Category:
    where = f"categories.toml [{name}]"
    try:
        cat = Category(name=name, title=t["title"], policy=tuple(t["policy"]), severity=t["severity"],
                       reveals=t["reveals"], advice_order=t["advice_order"], graph_kind=t["graph_kind"],
                       linking=t["linking"], identifying=t["identifying"], locating=t["locating"],
                       coordinates=t["coordinates"], colour=t.get("colour", ""))
    except (KeyError, TypeError) as exc:
        raise CategoryError(f"{where}: missing or malformed {exc}") from None
    checks = [(cat.severity in SEVERITIES, "severity"), (cat.linking in LINKINGS, "linking"),
              (cat.graph_kind in GRAPH_KINDS, "graph_kind"), (isinstance(cat.advice_order, int), "advice_order"),
              (all(isinstance(p, str) and p for p in cat.policy) and cat.policy, "policy"),
              (all(isinstance(v, bool) for v in (cat.identifying, cat.locating, cat.coordinates)), "flags")]
    bad = [what for ok, what in checks if not ok]
    if bad:
        raise CategoryError(f"{where}: bad {', '.join(bad)}")
    return cat


def load_categories(path=DATA_DIR / "categories.toml") -> dict[str, Category]:
    """The categories in file order (the contract's order: reports and sums follow it)."""
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    return {name: _category(name, table) for name, table in data.items()}


CATEGORY_INFO: dict[str, Category] = load_categories()


def where(**flags) -> frozenset[str]:
    """The categories whose fields equal the given values, e.g. where(linking="person")."""
    return frozenset(c.name for c in CATEGORY_INFO.values() if all(getattr(c, k) == v for k, v in flags.items()))
