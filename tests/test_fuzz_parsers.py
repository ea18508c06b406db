"""Property tests: every parser of untrusted input returns a value (or raises its one documented
exception) for any input hypothesis can build. Example counts are modest to keep this fast;
FP_FUZZ_N=600 in the environment runs a longer search."""
from __future__ import annotations

import datetime as dt
import io
import json
import math
import socket
import string
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from footprint.crawler import netguard
from footprint.crawler.adapters import PLATFORMS, Parsed, detect_platform, parse
from footprint.crawler.adapters.images import ImageMeta, read_image_metadata
from footprint.crawler.consent import ConsentError, load_consent
from footprint.crawler.items import ITEM_TYPES
from footprint.crawler.middlewares import retry_after_seconds
from footprint.crawler.scope import NormalURL, ProfileScope, normalise
from tests.conftest import consent_toml

FAST = settings(max_examples=int(__import__("os").environ.get("FP_FUZZ_N", 60)), deadline=None, suppress_health_check=[HealthCheck.too_slow])
PROFILE = "https://social.example/@rashdown"

# -- building blocks -----------------------------------------------------------------------
json_leaf = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30)
json_values = st.recursive(json_leaf, lambda kids: st.lists(kids, max_size=4)
                           | st.dictionaries(st.text(max_size=12), kids, max_size=5), max_leaves=25)
AP_KEYS = ["@context", "id", "type", "url", "name", "summary", "content", "outbox", "first", "next", "orderedItems",
           "items", "object", "attachment", "tag", "icon", "published", "attributedTo", "location", "href",
           "mediaType", "preferredUsername", "totalItems", "inReplyTo", "to", "cc"]
AP_TYPES = ["Person", "Note", "Create", "Announce", "OrderedCollection", "OrderedCollectionPage", "Image",
            "Document", "PropertyValue", "Hashtag", "Mention", "Place", "Article", "Service"]
ap_leaf = (json_leaf | st.sampled_from(AP_TYPES) | st.sampled_from(
    ["https://social.example/@rashdown/1", "/relative", "http://[::1", "javascript:alert(1)", "", "mailto:x@y"]))
ap_docs = st.recursive(ap_leaf, lambda kids: st.lists(kids, max_size=4)
                       | st.dictionaries(st.sampled_from(AP_KEYS), kids, max_size=6), max_leaves=30)
TAGS = ["html", "head", "body", "main", "article", "div", "p", "a", "img", "time", "span", "script", "link", "meta",
        "base", "rss", "channel", "item", "feed", "entry", "title", "link", "enclosure"]
ATTRS = ['class="h-entry"', 'class="h-card"', 'class="u-url"', 'class="p-name"', 'class="e-content"',
         'class="u-photo"', 'class="dt-published"', 'href="/x"', 'href="http://[::1"', 'src="//evil.example/a.png"',
         'rel="next"', 'rel="me"', 'datetime="2026-13-45"', 'type="application/ld+json"', 'charset="bogus"']
markup = st.lists(st.one_of(
    st.builds(lambda t, a: f"<{t} {a}>", st.sampled_from(TAGS), st.sampled_from(ATTRS)),
    st.builds(lambda t: f"</{t}>", st.sampled_from(TAGS)),
    st.text(max_size=20), st.sampled_from(["<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#xD800;", "&#0;",
                                          '{"@type": "Person"', "\x00", "\ufeff"])), max_size=40).map("".join)
any_body = (st.binary(max_size=400) | markup.map(lambda s: s.encode("utf-8", "surrogatepass"))
            | ap_docs.map(lambda d: json.dumps(d).encode()))
urls = st.one_of(st.text(max_size=40), st.builds(
    lambda scheme, host, path: f"{scheme}://{host}{path}",
    st.sampled_from(["http", "https", "HTTP", "ftp", "javascript", ""]),
    st.sampled_from(["social.example", "SOCIAL.example.", "[::1]", "[::1", "127.0.0.1:99999", "u:p@h.example",
                     "xn--80ak6aa92e.example", "ex\u00e4mple.com", "h.example:0", "h.example:-1", "", "%41.example"]),
    st.text(alphabet=string.printable + "é/%.", max_size=30)))
ctypes = st.one_of(st.text(max_size=30), st.sampled_from([
    "text/html", "application/activity+json", "application/ld+json", "application/rss+xml", "application/json",
    "text/xml", "application/xml", "text/html; charset=utf-16", "text/html; charset=nonsense", ""]))


def _valid_items(parsed: Parsed) -> None:
    assert isinstance(parsed, Parsed) and parsed.platform in PLATFORMS
    for item in parsed.items:
        assert type(item) in ITEM_TYPES.values() and isinstance(item.url, str)
        item.content_hash()          # hashable / serialisable
    assert all(isinstance(u, str) for u in parsed.parts + parsed.follow)
    assert all(isinstance(p, str) for p in parsed.problems)


# -- adapters -------------------------------------------------------------------------------
@FAST
@given(platform=st.sampled_from(["activitypub", "html", "feed", "bluesky", "mastodon", "nonsense"]),
       url=urls, body=any_body, ctype=ctypes)
def test_parse_never_raises(platform, url, body, ctype):
    _valid_items(parse(platform, url, body, PROFILE, ctype))


@FAST
@given(doc=ap_docs)
def test_activitypub_parse_on_structured_documents(doc):
    _valid_items(parse("activitypub", PROFILE, json.dumps(doc).encode(), PROFILE, "application/activity+json"))


@FAST
@given(doc=ap_docs, cut=st.floats(0, 1))
def test_activitypub_parse_on_truncated_documents(doc, cut):
    body = json.dumps(doc).encode()
    _valid_items(parse("activitypub", PROFILE, body[: int(len(body) * cut)], PROFILE, "application/activity+json"))


@FAST
@given(html=markup, cut=st.floats(0, 1))
def test_html_and_feed_parse_on_markup(html, cut):
    body = html.encode("utf-8", "surrogatepass")[: max(1, int(len(html) * cut))]
    _valid_items(parse("html", PROFILE, body, PROFILE, "text/html"))
    _valid_items(parse("feed", PROFILE, body, PROFILE, "application/rss+xml"))


@FAST
@given(url=urls, ctype=st.one_of(ctypes, st.none(), st.integers()), body=st.one_of(any_body, st.none(), st.text()),
       hint=st.one_of(st.none(), st.text(max_size=12), st.sampled_from(["activitypub", "Feed ", "bluesky"]),
                      st.integers()))
def test_detect_platform_always_names_a_parser(url, ctype, body, hint):
    assert detect_platform(url, ctype, body, hint) in PLATFORMS


# -- images ---------------------------------------------------------------------------------
def _jpeg_with_gps() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "FictionalCam"
    exif[0x8825] = {1: "S", 2: (33.0, 49.0, 1.5), 3: "E", 4: (151.0, 0.0, 30.0), 6: 12.5}
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), "white").save(buf, "JPEG", exif=exif.tobytes())
    return buf.getvalue()


JPEG = _jpeg_with_gps()
PNG = (lambda b: (Image.new("RGB", (4, 4)).save(b, "PNG"), b.getvalue())[1])(io.BytesIO())


def test_reference_jpeg_reads():
    meta = read_image_metadata(JPEG)
    assert meta.error == "" and meta.lat is not None and meta.lat < 0


@FAST
@given(data=st.binary(max_size=600))
def test_image_metadata_on_random_bytes(data):
    assert isinstance(read_image_metadata(data), ImageMeta)


@FAST
@given(base=st.sampled_from([JPEG, PNG]), edits=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)),
                                                          min_size=1, max_size=12), cut=st.floats(0.05, 1))
def test_image_metadata_on_corrupted_images(base, edits, cut):
    data = bytearray(base)
    for pos, value in edits:
        data[pos % len(data)] = value
    meta = read_image_metadata(bytes(data[: max(1, int(len(data) * cut))]))
    assert isinstance(meta, ImageMeta)
    for v in (meta.lat, meta.lon, meta.altitude):
        assert v is None or math.isfinite(v)


# -- scope ----------------------------------------------------------------------------------
@FAST
@given(url=urls)
def test_normalise_returns_normal_url_or_none(url):
    norm = normalise(url)
    assert norm is None or isinstance(norm, NormalURL)
    if norm is not None:
        assert normalise(str(norm)) is not None


@FAST
@given(profile=urls, url=urls)
def test_profile_scope_admits_is_a_bool(profile, url):
    try:
        scope = ProfileScope(profile)
    except ValueError:
        assert normalise(profile) is None     # the documented refusal, only for unusable URLs
        return
    assert isinstance(scope.admits(url), bool)
    assert scope.admits(profile)


# -- Retry-After ----------------------------------------------------------------------------
@FAST
@given(value=st.one_of(st.none(), st.text(max_size=40), st.binary(max_size=40),
                       st.integers(-10, 10**30).map(str),
                       st.datetimes(timezones=st.just(dt.timezone.utc)).map(
                           lambda d: d.strftime("%a, %d %b %Y %H:%M:%S GMT"))),
       now=st.one_of(st.none(), st.floats(0, 4e9)))
def test_retry_after_seconds_is_none_or_non_negative(value, now):
    delay = retry_after_seconds(value, now=now)
    assert delay is None or (isinstance(delay, float) and delay >= 0)


def test_retry_after_unicode_digits_are_not_seconds():
    assert retry_after_seconds("²") is None and retry_after_seconds(b"\xb2") is None
    assert retry_after_seconds(" 120 ") == 120.0


# -- consent --------------------------------------------------------------------------------
def _numeric_only(host, *args, **kwargs):
    """getaddrinfo without DNS: fuzzed host names must not reach a resolver."""
    return _real_getaddrinfo(host, *args, **{**kwargs, "flags": socket.AI_NUMERICHOST})


_real_getaddrinfo = socket.getaddrinfo
TODAY = dt.date(2026, 6, 1)


def _load(tmp_path_factory, data: bytes):
    path = tmp_path_factory.mktemp("c") / "consent.toml"
    path.write_bytes(data)
    with mock.patch.object(netguard.socket, "getaddrinfo", _numeric_only):
        try:
            load_consent(path, today=TODAY)
        except ConsentError as exc:
            assert "\n" not in str(exc)      # one line for the user


VALID = consent_toml(given_on=dt.date(2026, 5, 1), expires_on=dt.date(2026, 9, 1))


@settings(max_examples=int(__import__("os").environ.get("FP_FUZZ_N", 60)), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(st.text(max_size=300), st.binary(max_size=300).map(lambda b: b.decode("latin-1")),
                      st.lists(st.sampled_from(VALID.splitlines() + ["[[profiles]]", 'url = "http://[::1"',
                                                                    "organisation = \"../../etc/passwd\"",
                                                                    'organisation = "a\\u0000b"', "x = 1979-05-27T07:32:00Z",
                                                                    "given_on = 2026-02-30", '[subject]', "["]),
                               max_size=30).map("\n".join)),
       as_bytes=st.booleans())
def test_load_consent_on_toml_ish_text(tmp_path_factory, text, as_bytes):
    _load(tmp_path_factory, text.encode("utf-8", "surrogatepass") if as_bytes else text.encode("utf-8", "replace"))


# Arbitrary structures, serialised as real TOML (a tiny writer: tomllib can only read).
toml_scalar = (st.text(max_size=20) | st.integers(-2**63, 2**63 - 1) | st.booleans()
               | st.floats(allow_nan=False, allow_infinity=False) | st.dates()
               | st.sampled_from(["dibp", "Casey Morgan", "personal-report", "clearance-review", "activitypub",
                                  "http://[::1", "https://social.example/@me", "http://1.1.1.1:70000/",
                                  "http://10.0.0.1/", "https://u:p@h.example/", "../orgs/x.toml", "a\x00b"]))
toml_value = st.recursive(toml_scalar, lambda kids: st.lists(kids, max_size=3)
                          | st.dictionaries(st.sampled_from(["url", "platform", "name", "x"]), kids, max_size=3),
                          max_leaves=10)
KEYS = {"subject": ["name", "aliases", "organisation"],
        "consent": ["given_by", "given_on", "expires_on", "purpose", "statement", "reviewer"],
        "profiles": ["url", "platform"]}


def _toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v) if not isinstance(v, float) or math.isfinite(v) else "0.0"
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, str):
        return json.dumps(v)   # a JSON string is a TOML basic string
    if isinstance(v, list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    return "{" + ", ".join(f"{json.dumps(k)} = {_toml_value(x)}" for k, x in v.items()) + "}"


def _toml(doc: dict) -> str:
    lines = []
    for table in ("subject", "consent"):
        if isinstance(doc.get(table), dict):
            lines.append(f"[{table}]")
            lines += [f"{json.dumps(k)} = {_toml_value(v)}" for k, v in doc[table].items()]
        elif table in doc:
            lines.append(f"{table} = {_toml_value(doc[table])}")
    profiles = doc.get("profiles")
    if isinstance(profiles, list) and all(isinstance(p, dict) for p in profiles):
        for p in profiles:
            lines.append("[[profiles]]")
            lines += [f"{json.dumps(k)} = {_toml_value(v)}" for k, v in p.items()]
    elif profiles is not None:
        lines.insert(0, f"profiles = {_toml_value(profiles)}")
    return "\n".join(lines) + "\n"


base_record = {"subject": {"name": "Casey Morgan", "aliases": ["caseym"], "organisation": "dibp"},
               "consent": {"given_by": "Casey Morgan", "given_on": dt.date(2026, 5, 1),
                           "expires_on": dt.date(2026, 9, 1), "purpose": "personal-report", "statement": "ok",
                           "reviewer": ""},
               "profiles": [{"url": "https://1.1.1.1/@me", "platform": "activitypub"}]}


@st.composite
def mutated_records(draw):
    doc = json.loads(json.dumps(base_record, default=str))
    doc["consent"]["given_on"], doc["consent"]["expires_on"] = dt.date(2026, 5, 1), dt.date(2026, 9, 1)
    for _ in range(draw(st.integers(1, 4))):
        table = draw(st.sampled_from(["subject", "consent", "profiles", "root"]))
        if table == "root":
            doc[draw(st.sampled_from(["subject", "consent", "profiles", "extra"]))] = draw(toml_value)
            continue
        target = doc.get(table)
        if table == "profiles" and isinstance(target, list):
            if not target or draw(st.booleans()):
                target.append({})
            target = target[draw(st.integers(0, len(target) - 1))]
        if not isinstance(target, dict):
            continue
        key = draw(st.sampled_from(KEYS[table] + ["unexpected"]))
        if draw(st.integers(0, 4)) == 0:
            target.pop(key, None)
        else:
            target[key] = draw(toml_value)
    return doc


@settings(max_examples=int(__import__("os").environ.get("FP_FUZZ_N", 80)), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=mutated_records())
def test_load_consent_on_arbitrary_records(tmp_path_factory, doc):
    _load(tmp_path_factory, _toml(doc).encode("utf-8", "surrogatepass"))


def test_toml_writer_round_trips_the_base_record(tmp_path_factory):
    import tomllib
    assert tomllib.loads(_toml(base_record)) == base_record
