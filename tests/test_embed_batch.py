"""Sentences embedded ahead in batches (embed.encode_ahead, embed_overlap.py) give the same vectors,
bit for bit, as one at a time, and the detectors find them waiting: speed work must not change a finding."""
from __future__ import annotations

import numpy as np
import pytest

from footprint.analysis.detect import embed
from footprint.analysis.detect import extract
from footprint.analysis.detect.extract import Extractor, _windows
from footprint.crawler.items import PostItem
from footprint.crawler.orgs import load_org

PROFILE = "https://social.example/@rlinden"

# Lengths from one word-piece to past the 256-token cut, so a batch pads most of its rows.
SENTENCES = [
    "Earlies.",
    "Back on nights from Monday, four on four off until Easter.",
    "The cargo terminal's x-ray froze twice before smoko and we hand-searched every pallet after that.",
    "Owe the bank more than the ute is worth and the card's maxed again, can't see a way out of it this time.",
    "Café crème at Gänsehaut with Zoë before the 6:40 ferry, same as every Thursday.",
    "shift " * 300,
    "Took the kids to the beach after work; the dog found a crab and would not let it go for an hour.",
    "ICS down again.",
]

POSTS = [
    "Found six kilos of ice taped inside a surfboard bag off the Denpasar flight this arvo, what a shift.",
    "Nothing would load on the visa lookup all morning at work, so we keyed every arrival by hand.",
    "Can't stop punting on the multis, it's eating every spare cent I earn.",
    "Alarm's set for 4:45 so I can swim laps at the leisure centre before my shift most days.",
    "Our kelpie nicked a whole roast chook off the bench and bolted for the backyard.",
    "Meeting at 3pm tomorrow to plan the school fete.",
]


@pytest.fixture(scope="module")
def encoder():
    return embed.SentenceEncoder()


@pytest.mark.parametrize("batch", [1, 3, embed.BATCH])
def test_batched_vectors_are_bit_for_bit_the_single_ones(encoder, batch, monkeypatch):
    single = [encoder._encode(t) for t in SENTENCES]
    fresh = embed.SentenceEncoder.__new__(embed.SentenceEncoder)
    fresh.__dict__.update(encoder.__dict__, _recent={})
    monkeypatch.setattr(embed, "BATCH", batch)
    assert fresh.encode_ahead(SENTENCES) == len(SENTENCES)
    for text, want in zip(SENTENCES, single):
        got = fresh._recent[text]
        assert got.dtype == np.float32 and np.array_equal(got, want), text[:40]


def test_texts_embedded_ahead_are_not_embedded_again(encoder, monkeypatch):
    fresh = embed.SentenceEncoder.__new__(embed.SentenceEncoder)
    fresh.__dict__.update(encoder.__dict__, _recent={})
    assert fresh.encode_ahead(SENTENCES[:3] + SENTENCES[:2]) == 3          # repeats embedded once
    assert fresh.encode_ahead(SENTENCES[:4]) == 1                           # only the new one
    monkeypatch.setattr(fresh, "_run", lambda ids: pytest.fail("embedded again"))
    assert np.array_equal(fresh.encode(SENTENCES[:4]), np.stack([fresh._recent[t] for t in SENTENCES[:4]]))
    assert fresh.encode_ahead([]) == 0


@pytest.mark.parametrize("sizes, docs, want", [
    ([1, 1, 1, 1, 1], 2, [[0, 1], [2, 3], [4]]),
    ([3, 1, 2], 2, [[0], [1, 2]]),          # an item is never split across windows
    ([1, 1], 256, [[0, 1]]),
    ([], 4, []),
])
def test_windows_hold_whole_items(sizes, docs, want):
    parsed = ((i, ["doc"] * n) for i, n in enumerate(sizes))
    assert [[i for i, _ in w] for w in _windows(parsed, docs)] == want


def _dets(extractor):
    items = [PostItem(profile=PROFILE, url=f"{PROFILE}/{n}", platform="activitypub", text=t,
                      published="2016-05-02T08:00:00Z") for n, t in enumerate(POSTS)]
    return sorted((d.category, d.key, d.pattern, round(d.confidence, 9), d.evidence.excerpt, tuple(d.support))
                  for d in extractor.extract(items))


@pytest.mark.parametrize("batch_size", [1, 2, 256])
def test_extraction_is_the_same_with_and_without_embedding_ahead(encoder, batch_size, monkeypatch):
    monkeypatch.setattr(embed, "_encoder", encoder)
    extractor = Extractor(load_org("dibp"), "Rowan Linden", ["rlinden"], batch_size=batch_size)
    encoder._recent.clear()
    monkeypatch.setattr(extract, "encode_texts", lambda texts: 0)    # every passage embedded when asked, alone
    one_by_one = _dets(extractor)
    monkeypatch.undo()
    monkeypatch.setattr(embed, "_encoder", encoder)
    encoder._recent.clear()
    asked = []
    monkeypatch.setattr(encoder, "_encode", lambda text: asked.append(text) or pytest.fail(f"not embedded ahead: {text}"))
    ahead = _dets(extractor)
    assert ahead == one_by_one and asked == []
    assert any(cat == "routine" for cat, *_ in ahead)      # the learned detectors did read these posts
