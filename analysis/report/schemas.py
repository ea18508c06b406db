"""The contract's JSON Schemas, vendored in data/schema/, and a validator.

Every renderer and `write_outputs` validates the report dict first, so a
report that breaks the contract fails loudly with one readable line instead
of producing a half-right HTML page.
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from footprint.crawler.paths import DATA_DIR

SCHEMA_NAMES = ("report", "consent")


class ReportInvalid(ValueError):
    """The report dict does not validate against report.schema.json."""


@lru_cache(maxsize=None)
def _schema_text(name: str) -> str:
    if name not in SCHEMA_NAMES:
        raise KeyError(f"unknown schema {name!r}; expected one of {SCHEMA_NAMES}")
    return (DATA_DIR / "schema" / f"{name}.schema.json").read_text("utf-8")


def load_schema(name: str) -> dict[str, Any]:
    """The schema `name` ("report" or "consent", ".schema.json" optional) as a fresh dict."""
    name = name.removesuffix(".json").removesuffix(".schema")
    return json.loads(_schema_text(name))


@lru_cache(maxsize=None)
def _validator(name: str) -> Draft202012Validator:
    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _path(error) -> str:
    parts = ["$"]
    for p in error.absolute_path:
        parts.append(f"[{p}]" if isinstance(p, int) else f".{p}")
    return "".join(parts)


def validate_report(report: dict) -> None:
    """Raise ReportInvalid("path: reason") unless `report` matches the contract."""
    if not isinstance(report, dict):
        raise ReportInvalid(f"$: report must be an object, not {type(report).__name__}")
    error = best_match(_validator("report").iter_errors(report))
    if error is not None:
        reason = " ".join(str(error.message).split())
        if len(reason) > 200:
            reason = reason[:197] + "..."
        raise ReportInvalid(f"{_path(error)}: {reason}")
