"""An excerpt whose sentence opens on a pronoun carries the sentence before it, which says what the pronoun is.

"When it drops, the laptops cannot reach the cargo and passenger systems" tells a reader nothing
about which link fails; the sentence before it does. Sentences that stand alone keep their own excerpt,
and so does a pronoun sentence whose antecedent would make the excerpt too long to read.
"""
from __future__ import annotations

import pytest

from footprint.analysis.detect.detectors.base import ANTECEDENT_MAX_CHARS
from footprint.analysis.detect.extract import Extractor
from footprint.crawler.items import PostItem
from footprint.crawler.orgs import load_org

JOB = "I work for Border Force at the port. "
LINK = "Our link to the rest of the office runs over a satellite service that drops out in any storm."
DROPS = "When it drops, the laptops cannot reach the cargo system and we wait."


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_org("dibp"), "Graham Teale", ())


def excerpts(extractor, text: str, category: str) -> list[str]:
    item = PostItem(profile="https://blog.example/", url="https://blog.example/p/1", platform="html", text=text,
                    published="2026-03-02T08:00:00Z")
    return [d.evidence.excerpt for d in extractor.extract([item]) if d.category == category]


@pytest.mark.parametrize("text, expected", [
    (JOB + LINK + " " + DROPS, LINK + " " + DROPS),
    (JOB + "The cargo system crashed again on Tuesday. It took the manifests with it for six hours.",
     "The cargo system crashed again on Tuesday. It took the manifests with it for six hours."),
], ids=["when it", "it"])
def test_pronoun_sentence_brings_its_antecedent(extractor, text, expected):
    # a short post is shown whole for what the writer tells (round 17): the antecedent is then in it as well
    assert any(expected in e for e in excerpts(extractor, text, "systems_information"))


def test_standalone_sentence_keeps_its_own_excerpt(extractor):
    found = excerpts(extractor, JOB + "Lovely day on the water. The laptops cannot reach the cargo system when "
                     "the satellite link drops and we wait.", "systems_information")
    assert found and all(not e.startswith("Lovely day") for e in found)


def test_antecedent_too_long_is_left_out(extractor):
    long_before = "We went " + "round and round " * 20 + "all week."
    assert len(long_before) + len(DROPS) > ANTECEDENT_MAX_CHARS
    found = excerpts(extractor, JOB + LINK + " " + long_before + " " + DROPS, "systems_information")
    assert found and all(not e.startswith("We went") for e in found)
