"""Which URLs a consented profile admits (CONTRACT.md, Scope).

A profile URL admits itself and URLs of the same origin whose path lies under
its path (`/@alex` admits `/@alex/1` but not `/@alexander`). URLs are compared
after normalisation: scheme and host lower-cased, default ports dropped,
percent-encoded unreserved characters decoded and dot segments removed, so
`/@alex/%2e%2e/admin` is seen as `/admin`. URLs carrying user credentials are
never admitted. The other two kinds of admitted URL (parts the profile
document points to, and media) are decided by the spider's request metadata
in the scope middleware.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
_UNRESERVED = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _decode_unreserved(path: str) -> str:
    def repl(m: re.Match) -> str:
        ch = chr(int(m.group(1), 16))
        return ch if ch in _UNRESERVED_CHARS else "%" + m.group(1).upper()
    return _UNRESERVED.sub(repl, path)


def remove_dot_segments(path: str) -> str:
    """RFC 3986 section 5.2.4."""
    out: list[str] = []
    segments = path.split("/")
    for i, seg in enumerate(segments):
        last = i == len(segments) - 1
        if seg == ".":
            if last:
                out.append("")
        elif seg == "..":
            if len(out) > 1:
                out.pop()
            if last:
                out.append("")
        else:
            out.append(seg)
    result = "/".join(out)
    return result if result.startswith("/") else "/" + result


@dataclass(frozen=True)
class NormalURL:
    scheme: str
    host: str
    port: int
    path: str
    query: str

    @property
    def origin(self) -> tuple[str, str, int]:
        return (self.scheme, self.host, self.port)

    def __str__(self) -> str:
        netloc = self.host if self.port == _DEFAULT_PORTS[self.scheme] else f"{self.host}:{self.port}"
        if ":" in self.host:
            netloc = f"[{self.host}]" + ("" if self.port == _DEFAULT_PORTS[self.scheme] else f":{self.port}")
        return urlunsplit((self.scheme, netloc, self.path, self.query, ""))


def normalise(url: str) -> NormalURL | None:
    """The comparable form of an http(s) URL, or None if it can never be in scope."""
    try:
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        if scheme not in _DEFAULT_PORTS or not parts.hostname:
            return None
        if parts.username is not None or parts.password is not None or "@" in parts.netloc:
            return None
        host = parts.hostname.rstrip(".").lower()
        try:
            host = host.encode("idna").decode("ascii") if not host.isascii() else host
        except UnicodeError:
            return None
        port = parts.port or _DEFAULT_PORTS[scheme]
    except ValueError:  # bad port, bad IPv6 literal
        return None
    path = remove_dot_segments(_decode_unreserved(parts.path or "/"))
    return NormalURL(scheme, host, port, path, parts.query)


class ProfileScope:
    """The path scope of one consented profile URL."""

    def __init__(self, profile_url: str):
        norm = normalise(profile_url)
        if norm is None:
            raise ValueError(f"not a usable profile URL: {profile_url!r}")
        self.url = profile_url
        self.base = norm

    def admits(self, url: str) -> bool:
        """True if `url` is the profile itself or lies under its path on the same origin."""
        norm = normalise(url)
        if norm is None or norm.origin != self.base.origin:
            return False
        prefix = self.base.path
        if norm.path == prefix or norm.path.rstrip("/") == prefix.rstrip("/"):
            return True
        return norm.path.startswith(prefix if prefix.endswith("/") else prefix + "/")


def same_url(a: str, b: str) -> bool:
    """Equal after normalisation (and neither unusable)."""
    na, nb = normalise(a), normalise(b)
    return na is not None and na == nb
