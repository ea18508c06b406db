"""Items are stored and hashed from `items._fields`, a faster `dataclasses.asdict`: it must give the same dict.

A stored item's content hash decides whether a re-scan sees it as new or changed, so any difference
from asdict (a key, an order, a value) would make every stored item look changed."""
from __future__ import annotations

import dataclasses
import hashlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.crawler.items import ImageItem, PostItem, ProfileItem, _fields, item_from_dict, item_to_dict

ITEMS = [
    ProfileItem(profile="https://social.example/@robin", url="https://social.example/@robin", platform="activitypub",
                name="Robin Hale", handle="robinh", summary="Dog walker, Parramatta.",
                fields={"Works at": "a bakery", "Pronouns": "they/them"}, emails=["robin@example.org"],
                phones=["0412 345 678"], links=["https://robin.example"], avatar="https://social.example/a.png"),
    PostItem(profile="https://social.example/@robin", url="https://social.example/@robin/1", platform="activitypub",
             text="Night shift again at the airport.", title="", published="2026-01-01T07:00:00Z",
             links=["https://news.example/x"], mentions=["@kim"], hashtags=["#work"],
             images=["https://social.example/media/1.jpg"],
             location={"name": "Sydney Airport", "lat": -33.9364, "lon": 151.1662, "tags": ["t1", {"gate": 3}]}),
    PostItem(profile="p", url="u", platform="feed", visibility="followers"),
    ImageItem(profile="p", url="https://social.example/media/1.jpg", sha256="ab" * 32, post_url="u",
              lat=-33.95, lon=151.0, altitude=None, taken_at="2026:01:01 20:00:00", make="Pixel", model="7"),
]


@pytest.mark.parametrize("item", ITEMS, ids=lambda i: i.kind)
def test_fields_equal_asdict(item):
    got, want = _fields(item), dataclasses.asdict(item)
    assert got == want and list(got) == list(want)
    assert json.dumps(got, sort_keys=True) == json.dumps(want, sort_keys=True)
    assert item_to_dict(item) == want and item_from_dict(item_to_dict(item)) == item


@pytest.mark.parametrize("item", ITEMS[:3], ids=lambda i: i.kind)
def test_fields_copy_is_deep(item):
    """Like asdict, changing the dict must not change the item (a pipeline may edit it)."""
    before = dataclasses.asdict(item)
    data = _fields(item)
    for value in data.values():
        if isinstance(value, list):
            value.append("x")
        elif isinstance(value, dict):
            value["x"] = "y"
    assert dataclasses.asdict(item) == before


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
                           lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=5), kids, max_size=3),
                           max_leaves=12)


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=30), links=st.lists(st.text(max_size=10), max_size=3),
       location=st.none() | st.dictionaries(st.text(max_size=6), json_values, max_size=4))
def test_fields_equal_asdict_any_post(text, links, location):
    item = PostItem(profile="p", url="u", platform="html", text=text, links=links, location=location)
    assert _fields(item) == dataclasses.asdict(item)
    data = dataclasses.asdict(item)      # the hash as it was computed before _fields
    data.pop("visibility")
    assert item.content_hash() == hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
