"""Round 15, the lead's own changes (tests written from our own sentences, never from a held-out text)."""
from __future__ import annotations

import pytest

from tests.kit_posts import found_beside_bio, kit_extractor


@pytest.fixture(scope="module")
def ex():
    return kit_extractor()


@pytest.mark.parametrize("text, shown", [
    ("nights again. 2200 to 0630. send coffee", "2200 to 0630"),
    ("Earlies. 0545 start at the airport, home by two.", "0545 start"),
    ("earlies. 0600 to 1400. the sun is not up yet", "0600 to 1400"),
])
def test_a_fragment_sentence_is_shown_with_the_one_after_it(ex, text, shown):
    """A routine whose sentence is a word or two ("nights again.") cites the sentence that says what it means."""
    routines = [d for d in found_beside_bio(ex, text) if d.category == "routine"]
    assert routines, text
    assert any(shown in d.evidence.excerpt for d in routines), [d.evidence.excerpt for d in routines]


def test_a_full_sentence_is_shown_alone(ex):
    """A sentence that says enough by itself is not padded with the next one."""
    text = "I work night shifts at the airport every week. The cat is fine."
    routines = [d for d in found_beside_bio(ex, text) if d.category == "routine"]
    assert routines and all("cat" not in d.evidence.excerpt for d in routines)
