"""The bundled demo persona: every file parses as its format, the site is
wired as the crawler expects, and persona.toml's ground truth is backed by
what the site actually serves."""
from __future__ import annotations

import html
import io
import json
import math
import sys
import tomllib
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest
from lxml import html as lxml_html
from PIL import Image
from protego import Protego

from footprint.analysis.findings import CATEGORIES
from footprint.crawler.localsite import LocalSite

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo"
SITE = DEMO / "site"
AP = "application/activity+json"
PERSONA = tomllib.loads((DEMO / "persona.toml").read_text(encoding="utf-8"))
sys.path.insert(0, str(DEMO))
import make_photos  # noqa: E402

HOME = make_photos.HOME


@pytest.fixture(scope="module")
def site():
    with LocalSite(SITE) as s:
        yield s


def get(site: LocalSite, path_or_url: str, accept: str | None = None):
    url = path_or_url if path_or_url.startswith("http") else site.base + path_or_url
    req = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(req, timeout=5) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, "", b""


def expand(site: LocalSite, url: str) -> str:
    return url.replace("{{BASE}}", site.base)


def gps(path: Path) -> tuple[float, float, float, str]:
    """(lat, lon, altitude, DateTimeOriginal) read back with Pillow."""
    with Image.open(path) as image:
        exif = image.getexif()
    g = exif.get_ifd(0x8825)
    sub = exif.get_ifd(0x8769)

    def deg(dms, ref):
        d, m, s = (float(x) for x in dms)
        return (-1 if ref in ("S", "W") else 1) * (d + m / 60 + s / 3600)
    return deg(g[2], g[1]), deg(g[4], g[3]), float(g[6]), sub[0x9003]


def metres(a: tuple[float, float], b: tuple[float, float]) -> float:
    dlat = (a[0] - b[0]) * 111_320
    dlon = (a[1] - b[1]) * 111_320 * math.cos(math.radians(a[0]))
    return math.hypot(dlat, dlon)


# ---------------------------------------------------------------- formats
AP_PAGES = ["/social/@caseym", "/social/@caseym/outbox", "/social/@caseym/outbox?page=1",
            "/social/@caseym/outbox?page=2", "/social/@caseym/outbox?page=3"]


@pytest.mark.parametrize("path", AP_PAGES)
def test_activitypub_documents_are_json_with_ap_type(site, path):
    status, ctype, body = get(site, path, AP)
    assert status == 200
    assert ctype.startswith(AP)
    doc = json.loads(body)
    assert doc["id"] == site.base + path
    assert b"{{BASE}}" not in body


def test_actor_fields(site):
    actor = json.loads(get(site, "/social/@caseym", AP)[2])
    assert actor["type"] == "Person"
    assert actor["url"] == actor["id"] == site.base + "/social/@caseym"
    assert actor["preferredUsername"] == "caseym" and actor["name"] == "Casey Morgan"
    assert actor["outbox"] == site.base + "/social/@caseym/outbox"
    fields = {a["name"]: a["value"] for a in actor["attachment"] if a["type"] == "PropertyValue"}
    assert "Border Force" in fields["Work"] and fields["Signal"]
    assert lxml_html.fromstring(actor["summary"]).text_content()
    assert get(site, actor["icon"]["url"])[1] == "image/jpeg"


def test_outbox_pages_chain_via_next(site):
    outbox = json.loads(get(site, "/social/@caseym/outbox", AP)[2])
    url, seen, items = outbox["first"], [], []
    while url:
        status, _, body = get(site, url, AP)
        assert status == 200, url
        page = json.loads(body)
        assert page["type"] == "OrderedCollectionPage" and page["partOf"] == outbox["id"]
        seen.append(url)
        items += page["orderedItems"]
        url = page.get("next")
    assert len(seen) >= 3
    assert 25 <= len(items) == outbox["totalItems"] <= 40
    kinds = [a["type"] for a in items]
    assert kinds.count("Announce") >= 2 and kinds.count("Create") >= 25
    published = [a["published"] for a in items]
    assert published == sorted(published, reverse=True)  # newest first, as Mastodon


def test_notes_well_formed(site):
    items = []
    for n in (1, 2, 3):
        items += json.loads(get(site, f"/social/@caseym/outbox?page={n}", AP)[2])["orderedItems"]
    creates = [a["object"] for a in items if a["type"] == "Create"]
    for note in creates:
        num = note["id"].rsplit("/", 1)[1]
        assert note["id"] == f"{site.base}/social/@caseym/statuses/{num}"
        assert note["url"] == f"{site.base}/social/@caseym/{num}"
        datetime.fromisoformat(note["published"].replace("Z", "+00:00"))
        lxml_html.fromstring(note["content"])
    images = [a for n in creates for a in n["attachment"]]
    assert len(images) >= 8 and all(a["mediaType"] == "image/jpeg" for a in images)
    assert sum(1 for n in creates if n.get("location", {}).get("latitude") is not None) >= 1
    tags = {t["name"] for n in creates for t in n["tag"] if t["type"] == "Hashtag"}
    assert "#BorderForce" in tags
    assert any(t["type"] == "Mention" for n in creates for t in n["tag"])


@pytest.mark.parametrize("num", ["1001", "1016", "1038"])
def test_status_by_id_and_by_url(site, num):
    status, ctype, body = get(site, f"/social/@caseym/statuses/{num}", AP)
    assert (status, ctype) == (200, AP) and json.loads(body)["type"] == "Note"
    status, ctype, body = get(site, f"/social/@caseym/{num}")
    assert status == 200 and ctype.startswith("text/html")


BLOG_PAGES = ["/blog/", "/blog/page/2/", "/blog/page/3/"]


@pytest.mark.parametrize("path", BLOG_PAGES)
def test_blog_listing_is_mf2_with_feed_link(site, path):
    status, ctype, body = get(site, path)
    assert status == 200 and ctype.startswith("text/html")
    doc = lxml_html.fromstring(body)
    assert doc.xpath('//*[contains(@class,"h-feed")]')
    assert doc.xpath('//*[contains(@class,"h-card")]//*[contains(@class,"p-name")]')
    entries = doc.xpath('//*[contains(@class,"h-entry")]')
    assert entries
    for e in entries:
        href = e.xpath('.//a[contains(@class,"u-url")]/@href')[0]
        assert href.startswith(site.base + "/blog/posts/")
        assert e.xpath('.//time[contains(@class,"dt-published")]/@datetime')
    assert doc.xpath('//link[@rel="alternate"][@type="application/rss+xml"]/@href') == ["/blog/feed.xml"]


def test_blog_next_chain(site):
    path, seen = "/blog/", []
    while path:
        seen.append(path)
        doc = lxml_html.fromstring(get(site, path)[2])
        nxt = doc.xpath('//a[@rel="next"]/@href')
        path = nxt[0] if nxt else None
    assert seen == BLOG_PAGES


def test_blog_permalinks_are_full_h_entries(site):
    urls = []
    for p in BLOG_PAGES:
        urls += lxml_html.fromstring(get(site, p)[2]).xpath('//*[contains(@class,"h-entry")]//a[contains(@class,"u-url")]/@href')
    assert len(urls) == len(set(urls)) >= 8
    for url in urls:
        status, _, body = get(site, url)
        assert status == 200, url
        post = lxml_html.fromstring(body)
        assert post.xpath('//*[contains(@class,"h-entry")]//a[contains(@class,"u-url")]/@href') == [url]
        assert post.xpath('//*[contains(@class,"e-content")]')[0].text_content().strip()
        assert post.xpath('//time[contains(@class,"dt-published")]/@datetime')


def test_private_page_linked_but_robots_disallowed(site):
    status, ctype, body = get(site, "/robots.txt")
    assert status == 200 and ctype.startswith("text/plain")
    rp = Protego.parse(body.decode())
    assert not rp.can_fetch(site.base + "/blog/private/", "footprint")
    assert rp.can_fetch(site.base + "/blog/", "footprint")
    assert rp.can_fetch(site.base + "/social/@caseym", "footprint")
    linked = [h for p in ["/blog/posts/a-hard-winter/"] for h in lxml_html.fromstring(get(site, p)[2]).xpath("//a/@href")]
    assert "/blog/private/" in linked
    assert (SITE / "blog/private/index.html").is_file()
    assert PERSONA["never_fetch"] == ["/blog/private/"]


def test_feed_is_rss_with_permalinks_and_georss(site):
    status, ctype, body = get(site, "/blog/feed.xml")
    assert status == 200 and ctype.startswith("application/rss+xml")
    root = ET.fromstring(body)
    assert root.tag == "rss" and root.get("version") == "2.0"
    items = root.findall("./channel/item")
    listed = []
    for p in BLOG_PAGES:
        listed += lxml_html.fromstring(get(site, p)[2]).xpath('//*[contains(@class,"h-entry")]//a[contains(@class,"u-url")]/@href')
    assert sorted(i.findtext("link") for i in items) == sorted(listed)
    points = [i.findtext("{http://www.georss.org/georss}point") for i in items]
    points = [p for p in points if p]
    assert len(points) == 1
    lat, lon = map(float, points[0].split())
    assert -29 < lat < -28 and 153 < lon < 154


def test_people_page_json_ld(site):
    status, ctype, body = get(site, "/people/casey-morgan")
    assert status == 200 and ctype.startswith("text/html")
    doc = lxml_html.fromstring(body)
    person = json.loads(doc.xpath('//script[@type="application/ld+json"]/text()')[0])
    assert person["@type"] == "Person" and person["name"] == "Casey Morgan"
    assert person["worksFor"]["name"] == "Australian Border Force"
    assert person["email"].endswith("@abf.gov.au")
    assert person["telephone"].startswith("+61 2 5550 ")
    assert person["address"]["addressLocality"] == "Revesby"
    assert person["jobTitle"] and person["alumniOf"]["name"]
    assert set(person["sameAs"]) == {site.base + "/social/@caseym", site.base + "/blog/"}
    assert "Experience" in doc.xpath('//section[@id="experience"]')[0].text_content()


# ---------------------------------------------------------------- photos
JPEGS = sorted(p.name for p in (SITE / "media").glob("*.jpg") if p.name != make_photos.AVATAR)


def test_photo_set_matches_generator():
    assert JPEGS == sorted(p.name for p in make_photos.PHOTOS)
    assert len(JPEGS) >= 8


@pytest.mark.parametrize("name", JPEGS)
def test_photo_exif(site, name):
    status, ctype, body = get(site, f"/media/{name}")
    assert status == 200 and ctype == "image/jpeg"
    assert len(body) < 5_000
    lat, lon, alt, taken = gps(SITE / "media" / name)
    spec = next(p for p in make_photos.PHOTOS if p.name == name)
    assert metres((lat, lon), (spec.lat, spec.lon)) < 1
    assert alt == pytest.approx(spec.alt) and taken == spec.taken
    exif = Image.open(io.BytesIO(body)).getexif()
    assert exif[0x010F] and exif[0x0110]  # Make, Model


def test_avatar_has_no_gps():
    with Image.open(SITE / "media" / make_photos.AVATAR) as image:
        assert not image.getexif().get_ifd(0x8825)


def _night_or_weekend(taken: str) -> bool:
    t = datetime.strptime(taken, "%Y:%m:%d %H:%M:%S")
    return t.hour >= 21 or t.hour < 6 or t.weekday() >= 5


def test_home_cluster_and_work_photos():
    read = {n: gps(SITE / "media" / n) for n in JPEGS}
    home = [n for n, (la, lo, _, t) in read.items() if metres((la, lo), HOME) <= 60 and _night_or_weekend(t)]
    assert len(home) >= 5
    work = [n for n, (la, lo, _, t) in read.items() if metres((la, lo), make_photos.AIRPORT_T1) <= 300
            and 8 <= datetime.strptime(t, "%Y:%m:%d %H:%M:%S").hour < 18]
    assert 1 <= len(work) <= 2
    elsewhere = [n for n, (la, lo, _, _) in read.items()
                 if metres((la, lo), HOME) > 5000 and metres((la, lo), make_photos.AIRPORT_T1) > 5000]
    assert 1 <= len(elsewhere) <= 2


# ---------------------------------------------------------------- site-wide
TEXT_FILES = sorted(p for p in SITE.rglob("*") if p.suffix in {".json", ".html", ".xml", ".txt"})


def test_base_substituted_everywhere(site):
    for f in TEXT_FILES:
        rel = f.relative_to(SITE).as_posix()
        if rel.startswith("blog/private/"):
            continue
        url = "/" + rel.removesuffix("index.html")
        status, _, body = get(site, url)
        assert status == 200, url
        assert b"{{BASE}}" not in body, url


def test_json_and_html_files_parse():
    for f in TEXT_FILES:
        text = f.read_text(encoding="utf-8")
        if f.suffix == ".json":
            json.loads(text)
        elif f.suffix == ".html":
            assert lxml_html.fromstring(text).xpath("//body")
        elif f.suffix == ".xml":
            ET.fromstring(text)


def test_site_is_small():
    assert sum(p.stat().st_size for p in SITE.rglob("*") if p.is_file()) < 1_000_000


def test_generators_are_deterministic(tmp_path):
    import make_site
    make_site.main(tmp_path / "site")
    make_photos.main(tmp_path / "site" / "media")
    for f in (tmp_path / "site").rglob("*"):
        if f.is_file():
            rel = f.relative_to(tmp_path / "site")
            assert (SITE / rel).read_bytes() == f.read_bytes(), rel
    assert {p.relative_to(tmp_path / "site") for p in (tmp_path / "site").rglob("*") if p.is_file()} == \
        {p.relative_to(SITE) for p in SITE.rglob("*") if p.is_file()}


# ---------------------------------------------------------------- persona.toml
def test_persona_covers_all_categories():
    cats = {f["category"] for f in PERSONA["facts"]}
    assert cats == set(CATEGORIES)
    assert PERSONA["risk_band"] in ("critical", "high")
    assert [p["path"] for p in PERSONA["profiles"]] == ["/social/@caseym", "/blog/", "/people/casey-morgan"]


def _served_text(site: LocalSite, url: str, cache: dict) -> str:
    if url not in cache:
        accept = AP if url.endswith("/social/@caseym") else None
        status, _, body = get(site, url, accept)
        assert status == 200, url
        cache[url] = html.unescape(body.decode("utf-8", "replace")).lower()
    return cache[url]


@pytest.fixture(scope="module")
def text_cache():
    return {}


@pytest.mark.parametrize("fact", PERSONA["facts"], ids=lambda f: f"{f['category']}:{f['value']}")
def test_fact_is_backed_by_the_site(site, text_cache, fact):
    """Every URL of a fact is served, and at least one shows one of its keys (or its coordinates)."""
    assert fact["urls"] and fact["keys"]
    shown = 0
    for url in fact["urls"]:
        url = expand(site, url)
        if url.endswith(".jpg"):
            lat, lon, *_ = gps(SITE / "media" / url.rsplit("/", 1)[1])
            if "lat" in fact:
                assert metres((lat, lon), (fact["lat"], fact["lon"])) <= fact["radius_m"], url
            shown += 1
            continue
        text = _served_text(site, url, text_cache)
        shown += any(k.lower() in text for k in fact["keys"])
    assert shown >= 1


@pytest.mark.parametrize("category", sorted(CATEGORIES))
def test_each_category_mentioned_at_least_twice(site, text_cache, category):
    urls = set()
    for fact in (f for f in PERSONA["facts"] if f["category"] == category):
        for url in fact["urls"]:
            url = expand(site, url)
            if url.endswith(".jpg") or any(k.lower() in _served_text(site, url, text_cache) for k in fact["keys"]):
                urls.add(url)
    assert len(urls) >= 2


@pytest.mark.parametrize("decoy", PERSONA["decoys"], ids=lambda d: d["phrase"])
def test_decoy_phrase_is_on_its_page(site, text_cache, decoy):
    assert decoy["not_categories"] and set(decoy["not_categories"]) <= set(CATEGORIES)
    assert decoy["phrase"].lower() in _served_text(site, expand(site, decoy["url"]), text_cache)


@pytest.mark.parametrize("name, aliases", [
    ("Mick O'Rourke", ["Mick O'Rourke", "mickor"]),
    ('Dana "DJ" Jones', ['"DJ"', "dj\\jones"]),
    ("Zoë Ngô", ["zoë", "@zoe"]),
])
def test_demo_consent_is_valid_toml_whatever_the_names(tmp_path, name, aliases):
    from footprint.crawler.consent import load_consent
    from footprint.cli.demo import Persona, write_demo_consent
    persona = Persona(name, aliases, "dibp", [{"path": "/social/@x", "platform": "activitypub"}], "low", [])
    consent = load_consent(write_demo_consent("http://127.0.0.1:8000", tmp_path, persona), allow_local=True)
    assert (consent.subject, list(consent.aliases)) == (name, aliases)
