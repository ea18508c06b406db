"""Small helpers every export reader needs: Meta's mojibake, timestamps, visibility words."""
from __future__ import annotations

import datetime as dt
from typing import Any


def fix_mojibake(value: Any) -> Any:
    """Undo Meta's double encoding (UTF-8 bytes written as \\u00XX escapes), recursively.

    Facebook and Instagram downloads write "é" as "\\u00c3\\u00a9": each UTF-8
    byte became one Latin-1 character. Strings that do not round-trip are
    genuine text and are kept as they are.
    """
    if isinstance(value, str):
        if not any(0x80 <= ord(c) <= 0xFF for c in value):
            return value
        try:
            return value.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return value
    if isinstance(value, list):
        return [fix_mojibake(v) for v in value]
    if isinstance(value, dict):
        return {fix_mojibake(k): fix_mojibake(v) for k, v in value.items()}
    return value


def iso_from_epoch(value: Any) -> str | None:
    """Unix seconds (int, float or digit string) to ISO 8601 UTC; None for missing or absurd values."""
    try:
        ts = float(value)
    except (TypeError, ValueError):
        return None
    if ts > 1e11:  # milliseconds
        ts /= 1000
    if not 86400 * 365 < ts < 4102444800:  # 1971 .. 2100: zero and 32-bit minima are not dates
        return None
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).replace(microsecond=0).isoformat()


def iso_from_text(value: Any, formats: tuple[str, ...] = ()) -> str | None:
    """A date string in ISO or one of `formats` to ISO 8601 (UTC when it carries a zone)."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    parsed = None
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        for fmt in formats:
            try:
                parsed = dt.datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.timezone.utc)
    return parsed.replace(microsecond=0).isoformat()


# Audience words the platforms use, to the contract's four visibilities.
_VISIBILITY_WORDS = {
    "public": "public", "everyone": "public", "anyone": "public", "unlisted": "public",
    "friends": "followers", "friends of friends": "followers", "followers": "followers",
    "connections": "followers", "custom": "followers", "friends except": "followers",
    "only me": "private", "only_me": "private", "self": "private", "private": "private",
    "direct": "private",
}


def visibility_from(word: Any, default: str = "unknown") -> str:
    """The contract's visibility for a platform's audience word ('Friends', 'Only me', 'Public')."""
    if not isinstance(word, str):
        return default
    return _VISIBILITY_WORDS.get(word.strip().lower().replace("-", " "), default)
