"""The learned component (analysis/detect/embed.py, analysis/detect/meaning.py, detectors/learned.py), table-driven.

Sentences here are in none of data/sentences/ (the corpus) and are written for
issue 9's failure classes: each positive is one the rules alone miss, so these
fail if the model, its corpus, or the detectors' use of it breaks.
"""
from __future__ import annotations

import numpy as np
import pytest

from footprint.analysis.detect import embed, meaning
from footprint.analysis.detect.extract import Extractor
from footprint.crawler.orgs import load_org
from footprint.crawler.items import PostItem, ProfileItem

PROFILE = "https://social.example/@kgrey"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(load_org("dibp"), "Kerry Grey", ["kgrey"])


def post(text, n=1):
    return PostItem(profile=PROFILE, url=f"{PROFILE}/{n}", platform="activitypub", text=text,
                    published="2016-05-02T08:00:00Z")


# (sentence, category, what the value or key must say). None of these fires on the rules alone.
POSITIVES = [
    # (round 15: "found ... stuffed in the spare tyre" is now the seizure_slang rule's; the model's hit is told without a hiding place)
    ("Nine kilos of coke turned up in a hire car off the Darwin ferry this arvo, what a day.",
     "official_information", "official_information:"),
    ("Nothing would load on the alert check all morning at work, so we did it all manually.",
     "systems_information", "system:"),
    ("Can't stop betting, it's eating every spare cent I earn.",
     "vulnerability", "vulnerability:"),
    ("Alarm's set for 4:40 so I can fit a session in at the PCYC before my shift most days.",
     "routine", "routine:"),
]
# Decoys: near in words, far in meaning. Nothing in these categories may fire.
DECOYS = [
    "Our border collie nicked a whole roast chook off the bench and ran for the backyard.",
    "Watching Border Security again, the lady with three suitcases of dried fish was iconic.",
    "Spent the morning in court for a client whose partner visa was refused, the member reserved.",
    "News says police pulled two tonnes of cocaine off a yacht near Lord Howe, unbelievable.",
    "My mate's done his dough on the pokies again and won't hear a word about it.",
    "Telstra was down for three hours and I couldn't even text the kids.",
    "Bet with us this spring racing carnival and get double winnings on your first multi.",
    "Meeting at 3pm tomorrow to plan the fundraiser.",
    "In my novel the smuggler hides the stones inside the lining of a guitar case.",
]
OPEN = ("official_information", "systems_information", "vulnerability", "routine")


def test_model_file_is_the_pinned_one():
    embed.verify(embed.model_path(), embed.MODEL_SHA256, "sentence model")
    embed.verify(embed.VOCAB, embed.VOCAB_SHA256, "vocabulary")


def test_a_tampered_model_file_is_refused(tmp_path):
    fake = tmp_path / "model.onnx"
    fake.write_bytes(b"not the model")
    with pytest.raises(embed.ModelError, match="expected 8199be6f.*refusing"):
        embed.SentenceEncoder(model=fake)


def test_encoder_loads_once_and_gives_unit_vectors():
    enc = embed.encoder()
    assert embed.encoder() is enc
    v = enc.encode(["Down four grand on the horses", "Lost a heap on the punt again", "My kelpie loves the beach"])
    assert v.shape == (3, embed.DIM)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2          # meaning, not shared words
    assert enc.encode([]).shape == (0, embed.DIM)


def test_corpus_is_valid_and_its_vector_cache_fresh():
    examples = meaning.load_corpus()
    counts = {lab: sum(e.label == lab for e in examples) for lab in (*meaning.LABELS, meaning.NONE)}
    assert all(n >= 30 for n in counts.values()), counts
    assert meaning._cached_vectors(examples) is not None, "corpus changed: run python -m footprint.analysis.detect.meaning"


def test_bad_corpus_row_is_a_clear_error(tmp_path):
    (tmp_path / "x.jsonl").write_text('{"text": "hi there", "label": "maybe"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="x.jsonl:1"):
        meaning.load_corpus(tmp_path)


@pytest.mark.parametrize("text,category,key", POSITIVES)
def test_learned_hit_fires_and_explains_itself(extractor, text, category, key):
    dets = [d for d in extractor.extract([post(text)]) if d.category == category]
    assert dets, f"nothing in {category}"
    d = dets[0]
    assert d.key.startswith(key)
    assert d.pattern == "learned:minilm"
    assert "model p=" in d.explanation and 'like "' in d.explanation
    assert d.attrs["learned"]["nearest"] and "MiniLM" in d.attrs["learned"]["explanation"]


@pytest.mark.parametrize("text", DECOYS)
def test_decoys_get_no_open_category(extractor, text):
    got = {d.category for d in extractor.extract([post(text)])} & set(OPEN)
    assert got == set()


def test_negative_control_gets_no_official_or_systems_information(extractor):
    """A lawyer whose profile ties her to no agency: official and systems information are someone else's work."""
    lawyer = ProfileItem(profile=PROFILE, url=PROFILE, platform="activitypub", name="Kerry Grey",
                         summary="Migration lawyer at a private firm in Parramatta.")
    texts = [post("Found nine kilos of coke stuffed in the spare tyre of a hire car off the Darwin ferry this arvo.", 2),
             post("The booking system carked it at 5am and we checked the whole Auckland flight by hand.", 3)]
    got = {d.category for d in extractor.extract([lawyer, *texts])}
    assert not got & {"official_information", "systems_information"}
