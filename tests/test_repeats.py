"""A repeated text is parsed once, and nothing else changes (analysis/detect/repeats.py).

The stream keeps its order and contexts; only texts still in the character-bounded cache are skipped; an
extraction with the cache finds exactly what it finds without it.
"""
from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from footprint.analysis.detect import repeats
from footprint.analysis.detect.extract import Extractor
from footprint.analysis.detect.repeats import pipe_once
from footprint.crawler.items import PostItem, ProfileItem
from footprint.crawler.orgs import load_org

SEEN: list[str] = []


@Language.component("test_repeats_record")
def _record(doc):
    SEEN.append(doc.text)
    return doc


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("test_repeats_record")
    return nlp


BOOST = "Back at Sydney Airport for earlies all week. My wife Sarah says hi."
LONG = "A long page. " * 50          # 650 characters: over MAX_CHARS


@pytest.mark.parametrize("texts, cache_chars, parsed", [
    (["a b", "c d", "a b", "a b"], 100, ["a b", "c d"]),                         # repeats, far and near
    (["a b", "c d", "e f", "a b"], 6, ["a b", "c d", "e f", "a b"]),             # "a b" evicted by "e f"
    (["a b", "c d", "a b", "e f", "a b"], 6, ["a b", "c d", "e f"]),             # a repeat keeps "a b" recent
    (["a b", "a b"], 0, ["a b", "a b"]),                                         # no cache: every text parsed
    ([LONG, LONG, "x"], 10_000, [LONG, LONG, "x"]),                              # long texts are not cached
    ([BOOST, "", BOOST, "", "x"], 1000, [BOOST, "", "x"]),
    ([], 100, []),
])
def test_parses_each_recent_text_once_and_keeps_order(blank, texts, cache_chars, parsed):
    SEEN.clear()
    out = list(pipe_once(blank, ((t, k) for k, t in enumerate(texts)), batch_size=2, cache_chars=cache_chars))
    assert SEEN == parsed
    assert [(d.text, k) for d, k in out] == [(t, k) for k, t in enumerate(texts)]


def test_a_repeat_is_the_same_doc(blank):
    out = list(pipe_once(blank, [("a b", 0), ("c", 1), ("a b", 2)], cache_chars=100))
    assert out[2][0] is out[0][0] and out[1][0] is not out[0][0]


P = "https://social.example/@robinh"
ITEMS = [
    PostItem(profile=P, url=f"{P}/1", platform="activitypub", text=BOOST),
    ProfileItem(profile=P, url=P, platform="activitypub", name="Robin Hale",
                summary="Border Force officer. Dad of two. Coffee first.", fields={"location": "Marrickville"}),
    PostItem(profile=P, url=f"{P}/2", platform="activitypub", text="Coffee number three. Send help."),
    PostItem(profile=P, url=f"{P}/3", platform="activitypub", text=BOOST),          # the same words, another post
    PostItem(profile=P, url=f"{P}/4", platform="activitypub", text="Coffee number three. Send help."),
    PostItem(profile=P, url=f"{P}/5", platform="activitypub", title="Marrickville", text="Marrickville"),
    PostItem(profile=P, url=f"{P}/6", platform="activitypub", text="Dinner with Priya in Bondi, lost $400 on the pokies again."),
    PostItem(profile=P, url=f"{P}/7", platform="activitypub", text=BOOST),
]


def _rows(dets):
    return sorted((d.category, d.key, d.evidence.url, d.evidence.excerpt, round(d.confidence, 6), d.pattern,
                   tuple(d.support)) for d in dets)


def test_extraction_finds_the_same_with_and_without_the_cache(monkeypatch):
    ex = Extractor(load_org("dibp"), "Robin Hale", ["robinh"])
    cached = _rows(ex.extract(ITEMS))
    monkeypatch.setattr(repeats, "CACHE_CHARS", 0)
    assert cached == _rows(ex.extract(ITEMS))
    assert {u for _, _, u, *_ in cached} >= {f"{P}/1", f"{P}/3", f"{P}/7"}       # each repeat found in its own post
