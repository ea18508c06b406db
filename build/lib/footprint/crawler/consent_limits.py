"""Limits on a consent record, checked before and just after it is parsed.

A consent is a short file written by a person: a few profiles and exports.
A 60 MB file, tables nested thousands deep (a RecursionError inside the
TOML parser) or ten thousand profiles are mistakes or attacks, and each is
refused with one line (exit 2) before any work is done on them.
"""
from __future__ import annotations

MAX_CONSENT_BYTES = 256 * 1024
MAX_DEPTH = 8          # record > profiles > [i] > field is 3; room for export options
MAX_PROFILES = 100
MAX_EXPORTS = 50


def check_size(raw: bytes, path: object) -> str | None:
    """The refusal for a file too large to be a consent record, else None."""
    if len(raw) > MAX_CONSENT_BYTES:
        return f"consent file {path} is larger than {MAX_CONSENT_BYTES // 1024} KB: not a consent record"
    return None


def depth(value: object) -> int:
    """Nesting depth of parsed TOML (tables and arrays), without recursion."""
    deepest, stack = 0, [(value, 0)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        if isinstance(node, dict):
            stack.extend((v, level + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, level + 1) for v in node)
    return deepest


def check_shape(data: dict, path: object) -> str | None:
    """The refusal for a parsed record nested too deeply or listing too many sources, else None."""
    if depth(data) > MAX_DEPTH:
        return f"consent file {path} is nested more than {MAX_DEPTH} levels deep: not a consent record"
    for key, most in (("profiles", MAX_PROFILES), ("exports", MAX_EXPORTS)):
        n = len(data[key]) if isinstance(data.get(key), list) else 0
        if n > most:
            return f"the consent lists {n} {key}; at most {most} are allowed"
    return None
