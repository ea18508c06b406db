"""SSRF: without --allow-local, no loopback, private, link-local or reserved address is ever contacted,
whether named in the consent, reached by a redirect, or written in a legacy IPv4 form."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.utils.test import get_crawler

from footprint.crawler.consent import ConsentError, load_consent
from footprint.crawler.localsite import LocalSite
from footprint.crawler.middlewares import AddressGuardMiddleware, BlockedHost
from footprint.crawler.runner import crawl
from footprint.crawler.store import Store
from tests.conftest import consent_toml
from tests.fault_scenarios import SETTINGS, healthy_files, static

# host part of a URL -> what it really is
HOSTILE_HOSTS = [
    ("localhost", "loopback by name"),
    ("LocalHost.", "loopback by name, odd case and trailing dot"),
    ("127.0.0.1", "loopback"),
    ("127.1", "loopback, short form"),
    ("2130706433", "127.0.0.1 as a decimal integer"),
    ("0177.0.0.1", "127.0.0.1 in octal"),
    ("0x7f.0.0.1", "127.0.0.1 in hex"),
    ("[::1]", "IPv6 loopback"),
    ("[::ffff:127.0.0.1]", "IPv4-mapped IPv6 loopback"),
    ("169.254.169.254", "cloud metadata, link-local"),
    ("10.0.0.1", "private 10/8"),
    ("10.255.255.254", "private 10/8, top"),
    ("172.16.5.4", "private 172.16/12"),
    ("192.168.1.1", "private 192.168/16"),
    ("100.64.0.1", "carrier-grade NAT"),
    ("0.0.0.0", "unspecified"),
    ("192.0.2.10", "documentation range TEST-NET-1"),
    ("224.0.0.1", "multicast"),
    ("[fe80::1]", "IPv6 link-local"),
    ("[fc00::1]", "IPv6 unique local"),
]


@pytest.mark.parametrize("host,why", HOSTILE_HOSTS)
def test_consent_refuses_non_public_hosts(write_consent, host, why):
    path = write_consent(profiles=[{"url": f"http://{host}/@me"}])
    with pytest.raises(ConsentError, match="non-public address|no host|not a valid URL"):
        load_consent(path)


@pytest.mark.parametrize("url", ["http://user@8.8.8.8/@me", "http://8.8.8.8:80@127.0.0.1/@me",
                                 "http://127.0.0.1%2f@8.8.8.8/", "http://[::1/@me", "http://1.1.1.1:99999/@me"])
def test_consent_refuses_credentials_and_malformed_hosts(write_consent, url):
    with pytest.raises(ConsentError):
        load_consent(write_consent(profiles=[{"url": url}]))


def test_consent_allows_a_public_ip_literal(write_consent):
    consent = load_consent(write_consent(profiles=[{"url": "http://1.1.1.1/@me"}]))
    assert consent.profiles[0].url == "http://1.1.1.1/@me"


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "2130706433", "0177.0.0.1", "[::1]"])
def test_refused_before_any_request_and_allowed_with_allow_local(tmp_path, host):
    """A live loopback server behind each spelling: refusal happens at the gate, it sees nothing."""
    with LocalSite(tmp_path) as site:
        path = tmp_path / "consent.toml"
        path.write_text(consent_toml([{"url": f"http://{host}:{site.port}/@me"}]), encoding="utf-8")
        with pytest.raises(ConsentError, match="non-public address"):
            load_consent(path)
        assert site.log == []
        assert load_consent(path, allow_local=True).profiles   # the same record passes with --allow-local


# -- at crawl time: the middleware ------------------------------------------------------
def _guard(allow_local: bool = False) -> AddressGuardMiddleware:
    crawler = get_crawler(settings_dict={"FOOTPRINT_ALLOW_LOCAL": allow_local})
    crawler.stats.open_spider()
    return AddressGuardMiddleware.from_crawler(crawler)


CRAWL_TIME_URLS = ["http://127.0.0.1/", "http://localhost:8080/x", "http://169.254.169.254/latest/meta-data/",
                   "http://10.0.0.7/", "http://[::1]/", "http://2130706433/", "http://0177.0.0.1/",
                   "http://192.168.0.1:8443/admin", "http://[::ffff:10.0.0.1]/"]


@pytest.mark.parametrize("url", CRAWL_TIME_URLS)
def test_guard_blocks_non_public_requests(url):
    guard = _guard()
    with pytest.raises(BlockedHost, match="non-public"):
        guard.process_request(Request(url))
    assert guard.stats.get_value("footprint/blocked_address") == 1


@pytest.mark.parametrize("url", ["http://169.254.169.254/latest/meta-data/iam/", "http://127.0.0.1:6379/"])
def test_guard_blocks_redirect_targets(url):
    """A public profile that redirects inward: the redirected request carries redirect_urls."""
    request = Request(url, meta={"redirect_urls": ["https://1.1.1.1/@me"], "redirect_times": 1})
    with pytest.raises(BlockedHost):
        _guard().process_request(request)


def test_guard_passes_public_and_allowed_local():
    assert _guard().process_request(Request("http://1.1.1.1/@me")) is None
    assert _guard(allow_local=True).process_request(Request("http://127.0.0.1/@me")) is None


# -- at crawl time: end to end, bypassing the consent gate ---------------------------------
def test_crawl_without_allow_local_refuses_loopback_profile(tmp_path):
    """The child crawl enforces the guard on its own: a consent that slipped past the gate
    (read here with allow_local=True) crawled with allow_local=False contacts nothing."""
    files = healthy_files()
    routes = {p: static(ct, body) for p, (ct, body) in files.items()}
    with LocalSite(tmp_path, routes=routes) as site:
        path = tmp_path / "consent.toml"
        path.write_text(consent_toml([{"url": site.base + "/good/"}]), encoding="utf-8")
        consent = load_consent(path, allow_local=True)
        result = crawl(consent, tmp_path / "fp.sqlite3", allow_local=False, no_throttle=True, settings=SETTINGS)
        log = list(site.log)
    (profile,) = result.profiles
    assert profile["status"] == "refused_out_of_scope"
    assert "127.0.0.1" in profile["detail"] and "non-public" in profile["detail"]
    assert log == []                                     # not even robots.txt
    assert result.counts == {"profile": 0, "post": 0, "image": 0}


@pytest.mark.parametrize("address,refused", [
    ("127.0.0.1", True), ("10.1.2.3", True), ("169.254.169.254", True), ("192.168.1.1", True),
    ("93.184.216.34", False), ("1.1.1.1", False),
])
def test_resolver_refuses_rebound_answers(address, refused):
    """The downloader's own DNS answer is checked too (DNS rebinding)."""
    from twisted.internet.error import DNSLookupError
    from footprint.crawler.resolver import GuardedResolver
    if refused:
        with pytest.raises(DNSLookupError, match="non-public"):
            GuardedResolver._refuse_non_public(address, "rebind.example")
    else:
        assert GuardedResolver._refuse_non_public(address, "public.example") == address


# The resolver Scrapy is configured with, driven through getHostByName in its own reactor (a child
# process: the reactor cannot run twice in one), so a wrong DNS_RESOLVER setting or a resolver
# that stops checking its answers fails here, not only the static check above.
_RESOLVE_LOCALHOST = """
import sys
from scrapy.utils.reactor import install_reactor
install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
from twisted.internet import reactor
from scrapy.settings import Settings
from scrapy.utils.misc import load_object
from scrapy.utils.test import get_crawler

settings = Settings()
settings.setmodule("footprint.crawler.settings", priority="project")
settings.set("FOOTPRINT_ALLOW_LOCAL", sys.argv[1] == "allow")
resolver = load_object(settings["DNS_RESOLVER"]).from_crawler(get_crawler(settings_dict=dict(settings)), reactor)
out = []
d = resolver.getHostByName("localhost")
d.addCallbacks(lambda a: out.append("ok " + a), lambda f: out.append("refused " + f.getErrorMessage()))
d.addBoth(lambda _: reactor.stop())
reactor.run()
print(out[0])
"""


@pytest.mark.parametrize("mode,expected", [("deny", "refused"), ("allow", "ok 127.0.0.1")])
def test_configured_resolver_checks_its_answers(mode, expected):
    done = subprocess.run([sys.executable, "-c", _RESOLVE_LOCALHOST, mode], capture_output=True, text=True,
                          timeout=60, cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(expected), done.stdout
    if mode == "deny":
        assert "non-public address 127.0.0.1" in done.stdout


# -- --allow-local admits loopback and private only (issue 10, row 4) -----------------------
# Link-local (cloud metadata lives there), multicast, reserved and unspecified addresses stay
# refused with the flag, at every layer: the consent gate, the per-request guard (third-party
# media and redirect targets included) and the downloader's DNS answer.
ALWAYS_REFUSED = ["169.254.169.254", "169.254.0.1", "[fe80::1]", "[febf::1]", "224.0.0.1", "[ff02::1]",
                  "240.0.0.1", "255.255.255.255", "0.0.0.0", "[::]", "[::ffff:169.254.169.254]"]


@pytest.mark.parametrize("host", ALWAYS_REFUSED)
def test_allow_local_still_refuses_link_local_multicast_reserved_at_the_gate(write_consent, host):
    with pytest.raises(ConsentError, match="never contacted"):
        load_consent(write_consent(profiles=[{"url": f"http://{host}/@me"}]), allow_local=True)


@pytest.mark.parametrize("host", ALWAYS_REFUSED)
@pytest.mark.parametrize("meta", [{"fp_role": "image"},
                                  {"redirect_urls": ["http://127.0.0.1/@me"], "redirect_times": 1}],
                         ids=["third-party-image", "redirect-target"])
def test_allow_local_guard_refuses_link_local_multicast_reserved(host, meta):
    guard = _guard(allow_local=True)
    with pytest.raises(BlockedHost, match="never contacted"):
        guard.process_request(Request(f"http://{host}/latest/meta-data/", meta=dict(meta)))
    assert guard.stats.get_value("footprint/blocked_address") == 1


@pytest.mark.parametrize("address", ["169.254.169.254", "fe80::1", "224.0.0.251", "ff02::fb", "240.0.0.9",
                                     "0.0.0.0"])
def test_allow_local_resolver_refuses_link_local_multicast_reserved(address):
    from twisted.internet.error import DNSLookupError
    from footprint.crawler.resolver import GuardedResolver
    with pytest.raises(DNSLookupError, match="never contacted"):
        GuardedResolver._refuse_non_public(address, "rebind.example", allow_local=True)


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "192.168.1.1", "::1", "fc00::1"])
def test_allow_local_resolver_admits_loopback_and_private(address):
    from footprint.crawler.resolver import GuardedResolver
    assert GuardedResolver._refuse_non_public(address, "lan.example", allow_local=True) == address


def test_allow_local_crawl_never_asks_for_metadata_image(tmp_path):
    """End to end with --allow-local: a post's <img> on 169.254.169.254 and an image that redirects
    there are refused (the image never stored), while the loopback blog itself is read."""
    page = (b'<!doctype html><html><body><div class="h-card"><a class="p-name u-url" href="{{BASE}}/blog/">'
            b'Jo Example</a></div><article class="h-entry"><a class="u-url" href="{{BASE}}/blog/1">1</a>'
            b'<div class="e-content"><p>Hello</p><img src="http://169.254.169.254/latest/a.png">'
            b'<img src="{{BASE}}/media/hop.png"></div></article></body></html>')
    routes = {"/robots.txt": static("text/plain", b"User-agent: *\nAllow: /\n"),
              "/blog/": static("text/html", page), "/blog/1": static("text/html", page),
              "/media/hop.png": _redirect_to("http://169.254.169.254/latest/b.png")}
    with LocalSite(tmp_path, routes=routes) as site:
        path = tmp_path / "consent.toml"
        path.write_text(consent_toml([{"url": site.base + "/blog/"}]), encoding="utf-8")
        consent = load_consent(path, allow_local=True)
        result = crawl(consent, tmp_path / "fp.sqlite3", allow_local=True, no_throttle=True, settings=SETTINGS)
    with Store(tmp_path / "fp.sqlite3") as store:
        images = [i.url for i in store.items_for_scan(result.scan_id, "image")]
    (profile,) = result.profiles
    assert result.counts["profile"] == 1
    assert not [u for u in images if "169.254" in u]
    # Refused by the guard (not attempted and failed): no connection error makes the profile partial.
    assert profile["status"] == "ok", profile["detail"]
    assert site.requested("/media/hop.png")   # the redirect itself was asked for, its target never


def _redirect_to(location: str):
    def handle(h):
        h.send_response(302)
        h.send_header("Location", location)
        h.send_header("Content-Length", "0")
        h.end_headers()
    return handle
