"""Say in words why a download failed, for a profile's `detail` line.

Scrapy wraps transport failures in its own exception types whose messages are
often empty or a Twisted repr ("DownloadCancelledError: "); the subject reading
the report needs the cause: timed out, connection reset, larger than the size
cap. `describe(exc, request)` returns one short sentence naming it.
"""
from __future__ import annotations

from typing import Any

_PHRASES = (
    # (exception type name, words in its message or cause chain, phrase)
    ("ResponseDataLossError", (), "connection lost mid-response (data loss: body shorter than Content-Length)"),
    ("DownloadTimeoutError", (), "timed out after {timeout} s"),
    ("TimeoutError", (), "timed out after {timeout} s"),
    ("TCPTimedOutError", (), "TCP connection timed out"),
    ("DownloadConnectionRefusedError", (), "connection refused"),
    ("ConnectionRefusedError", (), "connection refused"),
    ("CannotResolveHostError", (), "cannot resolve host"),
    ("DNSLookupError", (), "cannot resolve host"),
    ("DownloadCancelledError", ("max size", "maxsize"), "larger than the {maxsize}-byte size cap"),
    ("DownloadCancelledError", (), "download cancelled: larger than the {maxsize}-byte size cap"),
    ("DownloadFailedError", ("ConnectionLost", "ConnectionDone", "ResponseNeverReceived", "reset"),
     "connection closed or reset before a complete response"),
    ("ResponseNeverReceived", (), "connection closed or reset before a complete response"),
)


def _chain_text(exc: BaseException) -> str:
    parts, seen = [], set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        parts.append(f"{type(cur).__name__} {cur!s} {cur!r}")
        for reason in getattr(cur, "reasons", None) or []:  # twisted ResponseFailed / ResponseNeverReceived
            parts.append(repr(reason))
        cur = cur.__cause__ or cur.__context__
    return " ".join(parts)


def describe(exc: BaseException, request: Any = None) -> str:
    """One line naming why `exc` ended the download of `request` (never raises)."""
    meta = getattr(request, "meta", None) or {}
    name = type(exc).__name__
    try:
        text = _chain_text(exc)
    except Exception:  # a hostile __str__ must not break status reporting
        text = name
    fill = {"timeout": meta.get("download_timeout", "?"), "maxsize": meta.get("download_maxsize", "?")}
    for type_name, words, phrase in _PHRASES:
        if name == type_name and (not words or any(w.lower() in text.lower() for w in words)):
            return f"{name}: {phrase.format(**fill)}"
    message = str(exc).strip() if not isinstance(exc, type) else ""
    return f"{name}: {message[:200]}" if message else name
