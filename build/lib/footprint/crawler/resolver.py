"""The downloader's DNS resolver, refusing non-public answers.

AddressGuardMiddleware checks a host before a request is sent, but the
downloader resolves the name again when it connects; a name that answers
differently the second time (DNS rebinding) would slip through. This
resolver checks the address the connection will actually use.
"""
from __future__ import annotations

import ipaddress

from scrapy.resolver import CachingThreadedResolver
from twisted.internet.error import DNSLookupError

from footprint.crawler.netguard import _is_forbidden, refusal


class GuardedResolver(CachingThreadedResolver):
    allow_local = False

    @classmethod
    def from_crawler(cls, crawler, reactor):
        resolver = super().from_crawler(crawler, reactor)
        resolver.allow_local = crawler.settings.getbool("FOOTPRINT_ALLOW_LOCAL")
        return resolver

    def getHostByName(self, name, timeout=()):
        d = super().getHostByName(name, timeout)
        d.addCallback(self._refuse_non_public, name, self.allow_local)
        return d

    @staticmethod
    def _refuse_non_public(address: str, name: str, allow_local: bool = False) -> str:
        """The answer, if footprint may contact it; with --allow-local link-local etc. are still refused."""
        if _is_forbidden(ipaddress.ip_address(address), allow_local):
            raise DNSLookupError(refusal(name, address))
        return address
