"""Memory plumbing at scale: the C heaps given back after detection, repeated item fields stored once."""
from __future__ import annotations

import json
import platform
import sys

import pytest

from footprint.analysis import heap
from footprint.crawler.items import ImageItem, PostItem, ProfileItem, item_from_dict, item_to_dict


@pytest.mark.skipif(not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_give_back_trims_glibc_heaps():
    chunks = [bytearray(2000) for _ in range(20_000)]      # small chunks: from the heap, not mmap
    del chunks
    assert heap.give_back() is True


@pytest.mark.parametrize("item", [
    PostItem(profile="https://social.example/@kit", url="https://social.example/@kit/1", platform="activitypub",
             text="Walked the dog.", visibility="public"),
    ProfileItem(profile="https://social.example/@kit", url="https://social.example/@kit", platform="activitypub",
                name="Kit Marlow", fields={"Work": "Harbour Council"}),
    ImageItem(profile="https://social.example/@kit", url="https://social.example/img/1.jpg", sha256="ab" * 32),
])
def test_items_read_back_equal_with_their_repeated_fields_shared(item):
    a, b = (item_from_dict(json.loads(json.dumps(item_to_dict(item)))) for _ in range(2))
    assert a == b == item and a.content_hash() == item.content_hash()
    assert a.profile is b.profile and a.kind is b.kind and getattr(a, "platform", None) is getattr(b, "platform", None)
