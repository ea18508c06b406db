"""Shared text helpers of the adapters: dates, tags, mentions, clean text."""
from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.crawler.adapters.text import (
    extract_hashtags, extract_mentions, find_emails, find_phones, html_to_text, make_location, merge_mentions,
    to_utc_iso,
)


@pytest.mark.parametrize("value, expected", [
    ("2024-03-01T08:15:00Z", "2024-03-01T08:15:00+00:00"),
    ("2024-03-01T08:15:00.123456789Z", "2024-03-01T08:15:00+00:00"),
    ("2024-03-01T19:15:00+11:00", "2024-03-01T08:15:00+00:00"),
    ("2024-03-01T19:15:00+1100", "2024-03-01T08:15:00+00:00"),
    ("2024-03-01 08:15:00", "2024-03-01T08:15:00+00:00"),          # naive: taken as UTC
    ("2024-03-01T08:15", "2024-03-01T08:15:00+00:00"),
    ("2013-08-29", "2013-08-29T00:00:00+00:00"),
    ("Sat, 02 Mar 2024 22:00:00 +1100", "2024-03-02T11:00:00+00:00"),
    ("Sat, 02 Mar 2024 11:00:00 GMT", "2024-03-02T11:00:00+00:00"),
    (time.struct_time((2024, 3, 2, 11, 0, 0, 5, 62, 0)), "2024-03-02T11:00:00+00:00"),
    ("3 March 2024 10:00", "2024-03-03T10:00:00+00:00"),
    ("2024/03/02", "2024-03-02T00:00:00+00:00"),
    ("12", None), ("2024/13/02", None),
    ("yesterday", None), ("", None), (None, None), (12, None), ("2024-13-45T99:00:00Z", None),
])
def test_to_utc_iso(value, expected):
    assert to_utc_iso(value) == expected


@pytest.mark.parametrize("text, expected", [
    ("Proud day #ABF #BorderForce", ["ABF", "BorderForce"]),
    ("#abf and #ABF again", ["abf"]),
    ("issue #42 and a&#39;b and url/#frag and mail#x", []),
    ("#Über_alles", ["Über_alles"]),
])
def test_extract_hashtags(text, expected):
    assert extract_hashtags(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("thanks @sam@other.example and @casey", ["@sam@other.example", "@casey"]),
    ("mail jm@mail.example", []),
    ("@alex.", ["@alex"]),
])
def test_extract_mentions(text, expected):
    assert extract_mentions(text) == expected


def test_merge_mentions_folds_bare_user_into_full_handle():
    assert merge_mentions(["@sam@other.example"], ["@sam", "@casey"]) == ["@sam@other.example", "@casey"]


@pytest.mark.parametrize("html, expected", [
    ('<p>Hi <a href="/x" class="u-url mention">@<span>sam</span></a></p><p>Bye</p>', "Hi @sam\nBye"),
    ("<p>one\n   two</p><script>alert(1)</script><style>p{}</style>", "one two"),
    ("line<br>break &amp; more", "line\nbreak & more"),
    ("plain text, no tags", "plain text, no tags"),
    ("<p>unclosed <b>bold", "unclosed bold"),
    ("", ""), (None, ""), (5, ""),
])
def test_html_to_text(html, expected):
    assert html_to_text(html) == expected


@pytest.mark.parametrize("text, expected", [
    ("call 0491 570 156 or (02) 5550 1234", ["0491 570 156", "(02) 5550 1234"]),
    ("in 2019 we ran 12 km", []),
])
def test_find_phones(text, expected):
    assert find_phones(text) == expected


def test_find_emails():
    assert find_emails("write to Jordan.Morrow+blog@mail.example, not @handle") == ["Jordan.Morrow+blog@mail.example"]


@pytest.mark.parametrize("args, expected", [
    (("Cafe", "-33.9", "151.2"), {"name": "Cafe", "lat": -33.9, "lon": 151.2}),
    (("", 91, 10), None),
    (("Cafe", "north", 10), {"name": "Cafe", "lat": None, "lon": None}),
    (("", None, None), None),
    (("", True, 1.0), None),
])
def test_make_location(args, expected):
    assert make_location(*args) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_helpers_never_raise_on_text(text):
    assert isinstance(html_to_text(text), str)
    iso = to_utc_iso(text)
    assert iso is None or iso.endswith("+00:00")
    assert all(isinstance(t, str) and t for t in extract_hashtags(text))
    assert all(m.startswith("@") for m in extract_mentions(text))
    assert all(p in text for p in find_phones(text))          # numbers as written
