"""Refuse hosts that resolve to loopback, private, link-local, multicast or reserved addresses.

A crawler that takes URLs from a file must not become a way into a private
network (SSRF). The check runs after DNS resolution, once when the consent is
read and again for every request (redirects included) at crawl time.

Two tiers (CONTRACT.md): `--allow-local` admits loopback and private
addresses (demos, tests); link-local (169.254.0.0/16, fe80::/10, where cloud
metadata services answer), multicast, reserved and unspecified addresses are
refused always, with or without it.
"""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit


class BlockedAddress(ValueError):
    """The host resolves to an address footprint does not contact without --allow-local."""


def _unmapped(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        return ip.ipv4_mapped
    return ip


def never_allowed(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Addresses no flag admits: link-local, multicast, reserved, unspecified, broadcast."""
    ip = _unmapped(ip)
    if ip.is_loopback:  # ::1 sits inside ::/8, which Python counts as reserved
        return False
    return ip.is_link_local or ip.is_multicast or ip.is_reserved or ip.is_unspecified


def _is_forbidden(ip: ipaddress.IPv4Address | ipaddress.IPv6Address, allow_local: bool = False) -> bool:
    """Whether footprint must not contact `ip` (with `allow_local`: only the never-allowed kinds)."""
    ip = _unmapped(ip)
    if never_allowed(ip):
        return True
    if allow_local:
        return not (ip.is_loopback or ip.is_private or ip.is_global)
    return ip.is_loopback or ip.is_private or not ip.is_global


def refusal(host: str, addr: str) -> str:
    """The one-line reason a resolved address is refused."""
    if never_allowed(ipaddress.ip_address(addr)):
        return (f"host {host!r} resolves to non-public address {addr} (link-local, multicast or reserved: "
                "never contacted, even with --allow-local)")
    return f"host {host!r} resolves to non-public address {addr} (use --allow-local to permit it)"


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
    """Resolve `host`; raise BlockedAddress if any address may not be contacted."""
    addresses = resolve(host)
    for addr in addresses:
        if _is_forbidden(ipaddress.ip_address(addr), allow_local):
            raise BlockedAddress(refusal(host, addr))
    return addresses


def check_url(url: str, allow_local: bool = False) -> list[str]:
    host = urlsplit(url).hostname
    if not host:
        raise BlockedAddress(f"URL {url!r} has no host")
    return check_host(host, allow_local)
