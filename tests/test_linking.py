"""Entity linking: which mentions are one fact, and which accounts are one person."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from footprint.analysis.findings import Detection, Evidence
from footprint.analysis.link.linking import AccountLink, link, link_accounts, names_compatible
from footprint.crawler.items import ProfileItem

PROFILE = "https://social.example/@alex"


def det(category: str, value: str, key: str | None = None, *, relation: str | None = None, url: str = "1",
        conf: float = 0.7, detector: str = "TestDetector", name: str | None = None, **attrs) -> Detection:
    if relation:
        attrs["relation"] = relation
    if name is not None:
        attrs["name"] = name
    return Detection(category, value, key or f"{category}:{value.lower()}", conf, detector, "p",
                     Evidence(url=f"{PROFILE}/{url}", kind="text", excerpt=f"... {value} ...", profile=PROFILE),
                     attrs=attrs)


# (detections, expected number of findings) -- merges and non-merges
CASES = {
    "same key, three posts": ([det("employer", "Australian Border Force", "emp:abf", url=str(i)) for i in range(3)], 1),
    "wife: name, name+initial, relation only": (
        [det("family", "Sarah (wife)", relation="wife", name="Sarah", url="1"),
         det("family", "Sarah K (wife)", relation="wife", name="Sarah K", url="2"),
         det("family", "my wife", relation="wife", name="", url="3")], 1),
    "Sarah wife vs Sarah colleague": (
        [det("family", "Sarah (wife)", relation="wife", name="Sarah", url="1"),
         det("colleague", "Sarah", name="Sarah", url="2")], 2),
    "Sarah wife vs Sarah sister": (
        [det("family", "Sarah (wife)", relation="wife", name="Sarah", url="1"),
         det("family", "Sarah (sister)", relation="sister", name="Sarah", url="2")], 2),
    "Jack son vs Jackson friend": (
        [det("family", "Jack (son)", relation="son", name="Jack", url="1"),
         det("associate", "Jackson (friend)", relation="friend", name="Jackson", url="2")], 2),
    "Jack son vs Jackson son": (
        [det("family", "Jack (son)", relation="son", name="Jack", url="1"),
         det("family", "Jackson (son)", relation="son", name="Jackson", url="2")], 2),
    "typo Sara / Sarah": (
        [det("associate", "Sarah Nguyen", relation="friend", url="1"),
         det("associate", "Sara Nguyen", relation="friend", url="2")], 1),
    "Sarah cannot bridge two surnames": (
        [det("family", "Sarah Kelly (wife)", relation="wife", name="Sarah Kelly", url="1"),
         det("family", "Sarah (wife)", relation="wife", name="Sarah", url="2"),
         det("family", "Sarah Jones (wife)", relation="wife", name="Sarah Jones", url="3")], 2),
    "Parramatta / Parramatta NSW 2150": (
        [det("home_location", "Parramatta", url="1"), det("home_location", "Parramatta NSW 2150", url="2")], 1),
    "Parramatta vs Paddington": (
        [det("home_location", "Parramatta", url="1"), det("home_location", "Paddington", url="2")], 2),
    "inferred home joins stated suburb": (
        [det("home_location", "Parramatta NSW", url="1"),
         det("home_location", "near Parramatta NSW (inferred from 6 night/weekend photos)", "home:-33.815,151.003",
             locality="Parramatta NSW", url="2")], 1),
    "same suburb name, different categories": (
        [det("home_location", "Botany", url="1"), det("work_location", "Botany", url="2")], 2),
    "emails never fuzzy": (
        [det("personal_contact", "alex@example.com", url="1"), det("personal_contact", "alex1@example.com", url="2")], 2),
    "geotags 10 m apart": (
        [det("geotag", "-33.8150, 151.0030", lat=-33.8150, lon=151.0030, url="1"),
         det("geotag", "-33.8151, 151.0030", lat=-33.8151, lon=151.0030, url="2")], 1),
    "photos from one house, 40 m apart": (
        [det("geotag", "-33.8150, 151.0030", lat=-33.8150, lon=151.0030, url="1"),
         det("geotag", "-33.8153, 151.0033", lat=-33.8153, lon=151.0033, url="2")], 1),
    "geotags 80 m apart": (
        [det("geotag", "-33.8150, 151.0030", lat=-33.8150, lon=151.0030, url="1"),
         det("geotag", "-33.8157, 151.0030", lat=-33.8157, lon=151.0030, url="2")], 2),
    "geotags 1 km apart": (
        [det("geotag", "-33.8150, 151.0030", lat=-33.8150, lon=151.0030, url="1"),
         det("geotag", "-33.8240, 151.0030", lat=-33.8240, lon=151.0030, url="2")], 2),
    "two named sons, a nameless son joins neither": (
        [det("family", "Jack (son)", relation="son", name="Jack", url="1"),
         det("family", "Oliver (son)", relation="son", name="Oliver", url="2"),
         det("family", "my son", relation="son", name="", url="3")], 3),
    "mum and mother are one relation": (
        [det("family", "my mum", relation="mum", name="", url="1"),
         det("family", "Margaret (mother)", relation="mother", name="Margaret", url="2")], 1),
}


@pytest.mark.parametrize("dets, expected", CASES.values(), ids=CASES.keys())
def test_link_table(dets, expected):
    assert len(link(dets)) == expected


def test_merged_finding_fields():
    dets = [det("family", "Sarah (wife)", relation="wife", name="Sarah", url="1", conf=0.6, detector="A", sources=["a"]),
            det("family", "Sarah K (wife)", relation="wife", name="Sarah K", url="2", conf=0.9, detector="B",
                sources=["b"]),
            det("family", "Sarah (wife)", relation="wife", name="Sarah", url="1", conf=0.6, detector="A", sources=["a"])]
    [f] = link(dets)
    assert f.id == "f1" and f.category == "family"
    assert f.value == "Sarah K (wife)" and f.confidence == 0.9
    assert len(f.evidence) == 2                                  # identical evidence deduplicated
    assert f.explanation == "B: p (+2 more)"
    assert f.detectors == ["A", "B"] and f.attrs["sources"] == ["b", "a"] and f.attrs["relation"] == "wife"


def test_ids_follow_category_order_then_evidence():
    dets = [det("vulnerability", "gambling debts", url="1"), det("family", "Zoe (daughter)", relation="daughter",
            name="Zoe", url="2"), det("employer", "Australian Border Force", url="3"),
            det("family", "Ava (daughter)", relation="daughter", name="Ava", url="1")]
    found = link(dets)
    assert [(f.id, f.category, f.value) for f in found] == [
        ("f1", "employer", "Australian Border Force"), ("f2", "family", "Ava (daughter)"),
        ("f3", "family", "Zoe (daughter)"), ("f4", "vulnerability", "gambling debts")]
    assert [f.value for f in link(list(reversed(dets)))] == [f.value for f in found]   # input order does not matter


def test_link_skips_junk():
    assert link([None, "x", 3]) == []
    bad = det("employer", "ABF")
    bad.category = "nonsense"
    assert link([bad]) == [] and link([]) == []


@pytest.mark.parametrize("a, b, ok", [
    (("sarah",), ("sarah", "k"), True), (("sarah", "k"), ("sarah", "kelly"), True), (("jack",), ("jackson",), False),
    (("sarah", "kelly"), ("sarah", "jones"), False), (("k",), ("kelly",), False), ((), ("sarah",), False),
    (("parramatta",), ("paramatta",), True),
])
def test_names_compatible(a, b, ok):
    assert names_compatible(a, b) is ok


def test_link_scales():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from bench_linking import make_mentions
    found = link(make_mentions(5000, seed=3))
    assert 0 < len(found) < 5000 and [f.id for f in found[:3]] == ["f1", "f2", "f3"]


# --------------------------------------------------------------------------- accounts

def prof(url: str, name: str = "", handle: str = "", links=(), avatar: str = "") -> ProfileItem:
    return ProfileItem(profile=url, url=url, platform="html", name=name, handle=handle, links=list(links),
                       avatar=avatar)


ACCOUNT_CASES = {
    "rel=me both ways": ([prof("https://social.example/@alex", "A", "alexc", ["https://blog.example/"]),
                          prof("https://blog.example/", "B", "zed", ["https://social.example/@alex"])], "both ways"),
    "same avatar": ([prof("https://a.example/u", avatar="https://a.example/av.png"),
                     prof("https://b.example/u", avatar="https://b.example/av.jpg")], "same avatar"),
    "same name and handle": ([prof("https://a.example/@kirra", "Kirra Nguyen-Walsh", "@kirra_nw@a.example"),
                              prof("https://b.example/kirranw", "Kirra Nguyen Walsh", "kirranw")], "same handle"),
    "different people": ([prof("https://a.example/@sam", "Sam Patel", "sam"),
                          prof("https://b.example/@jo", "Jo Brown", "jobrown")], None),
    "common first name only": ([prof("https://a.example/@a", "Alex", "alex_w"),
                                prof("https://b.example/@b", "Alex", "zz_top")], None),
}


@pytest.mark.parametrize("profiles, reason", ACCOUNT_CASES.values(), ids=ACCOUNT_CASES.keys())
def test_link_accounts(profiles, reason):
    hashes = {"https://a.example/av.png": "ab12", "https://b.example/av.jpg": "ab12"}
    found = link_accounts(profiles, hashes)
    if reason is None:
        assert found == []
    else:
        [a] = found
        assert isinstance(a, AccountLink) and reason in a.reason and 0.5 <= a.score <= 1
        assert {a.a_url, a.b_url} == {p.profile for p in profiles}


def test_link_accounts_one_way_and_junk():
    one_way = [prof("https://a.example/@x", links=["https://b.example/x/"]), prof("https://b.example/x")]
    [a] = link_accounts(one_way + [None, "junk"])
    assert a.score == pytest.approx(0.6)
    assert link_accounts([]) == [] and link_accounts(one_way[:1]) == []


def test_evidence_sorted_oldest_first():
    late, early = (det("employer", "Australian Border Force", "emp:abf", url=u) for u in ("9", "1"))
    late.evidence.posted_at, early.evidence.posted_at = "2026-05-01T00:00:00Z", "2025-01-01T00:00:00Z"
    [f] = link([late, early])
    assert [e.posted_at for e in f.evidence] == ["2025-01-01T00:00:00Z", "2026-05-01T00:00:00Z"]
