"""Round 5, home (issue 9): "our block in <suburb>" names where the speaker lives; an office, cell or car-park
block does not, nor a block of climbs or a hospital ward. None of these sentences is in tests/devset/.
"""
from __future__ import annotations

import pytest

from tests.kit_posts import keys as kit_keys, kit_extractor


@pytest.fixture(scope="module")
def extractor():
    return kit_extractor()


def keys(extractor, text):
    return kit_keys(extractor, text, "home_location")


@pytest.mark.parametrize("text,key", [
    ("Rubbish day chaos on our block in Marrickville again.", "place:marrickville nsw"),
    ("bins still not collected on our block in Newtown, third week running", "place:newtown nsw"),
])
def test_our_block_in_a_suburb(extractor, text, key):
    assert key in keys(extractor, text)


@pytest.mark.parametrize("text", [
    "The lifts in our office block in Parramatta are broken again.",
    "Our cell block in the new wing got painted.",
    "Our block in the comp was the toughest, ten climbs in a row.",
])
def test_near_misses_are_not_home(extractor, text):
    assert not keys(extractor, text)
