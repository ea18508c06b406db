"""Round 5, official information told in advance or in numbers (issue 9): a roster counted in heads, an escort
ratio on a removal charter, staffing cut from N to M a shift, a queue of cases, a framework on its way to the
Minister, leave cancelled for a boarding job. Near misses: the same numbers in a hens weekend, a cafe, a netball
club, a rental queue, a tax return, a debutante ball. None of these sentences is in tests/devset/ or data/sentences/.
"""
from __future__ import annotations

import pytest

from tests.kit_posts import keys as kit_keys, kit_extractor


@pytest.fixture(scope="module")
def extractor():
    return kit_extractor()


def keys(extractor, text):
    return kit_keys(extractor, text, "official_information")


@pytest.mark.parametrize("text,key", [
    ("All rest days pulled for the 9th to the 12th, we're boarding the bulk carriers coming in from Indonesia.",
     "official_information:operations"),
    ("Deportation charter leaves for Suva on Monday: 18 going, a pair of guards each.", "official_information:operations"),
    ("Just 5 of us rostered on the late for three A380s and it's all by hand tonight.", "official_information:operations"),
    ("Processing staff going from 20 down to 12 per shift, with six more kiosks landing in March.",
     "official_information:workforce"),
    ("Night shift roster cut from 11 to 7 a shift from July, not a word from the union.", "official_information:workforce"),
    ("Over 3,000 visa applications sitting in the queue, nobody's touching them till after Easter.",
     "official_information:casework"),
    ("15 of my files are parked waiting on character checks again.", "official_information:casework"),
    ("The new detention framework goes up to the Minister in August.", "official_information:policy development"),
    ("refusal thresholds are getting stricter from next financial year, brace yourselves", "official_information:policy development"),
])
def test_operations_and_staffing_in_numbers(extractor, text, key):
    assert key in keys(extractor, text)


@pytest.mark.parametrize("text", [
    "6 of us went to the Gold Coast for Tash's hens weekend, absolute carnage.",
    "8 of us on the boat for Dad's 60th, snapper everywhere.",
    "The cafe cut its staff from 8 to 5 a shift so the coffee takes forever now.",
    "Our netball club numbers dropped from 40 to 22 this season.",
    "Over 200 applications for the one rental in Coburg, the queue went down the street.",
    "We have 40 job applications in the queue for the barista role.",
    "My tax return is on hold pending identity checks with the ATO, so annoying.",
    "Two escorts each for the debutante ball, the mums were very strict.",
    "Leave's cancelled for everyone at the warehouse over Christmas, thanks a lot.",
    "We're boarding the ferry to Manly at 10, see you at the wharf.",
])
def test_near_misses_are_not_official_information(extractor, text):
    assert not keys(extractor, text)
