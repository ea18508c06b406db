"""Refuse hosts that resolve to loopback, private, link-local, multicast or reserved addresses.

A crawler that takes URLs from a file must not become a way into a private
network (SSRF). The check runs after DNS resolution, once when the consent is
read and again for every request (redirects included) at crawl time.
"""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit


class BlockedAddress(ValueError):
    """The host resolves to an address footprint does not contact without --allow-local."""


def _is_forbidden(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return (ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_multicast
            or ip.is_reserved or ip.is_unspecified or not ip.is_global)


def resolve(host: str) -> list[str]:
    """All addresses `host` resolves to (an IP literal resolves to itself).

    getaddrinfo also normalises the legacy decimal and octal IPv4 forms
    ("2130706433", "0177.0.0.1") the way a socket would, so they are caught too.
    """
    # "localhost." is the same host as "localhost" (a fully qualified name), and DNS
    # servers resolve it so: look up the name without the root dot.
    host = host.strip("[]").rstrip(".") or host
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise LookupError(f"cannot resolve host {host!r}: {exc}") from None
    return sorted({info[4][0].split("%", 1)[0] for info in infos})


def check_host(host: str, allow_local: bool = False) -> list[str]:
    """Resolve `host`; raise BlockedAddress if any address is not public (unless allowed)."""
    addresses = resolve(host)
    if not allow_local:
        for addr in addresses:
            if _is_forbidden(ipaddress.ip_address(addr)):
                raise BlockedAddress(
                    f"host {host!r} resolves to non-public address {addr} (use --allow-local to permit it)")
    return addresses


def check_url(url: str, allow_local: bool = False) -> list[str]:
    host = urlsplit(url).hostname
    if not host:
        raise BlockedAddress(f"URL {url!r} has no host")
    return check_host(host, allow_local)
