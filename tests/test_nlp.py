"""The trimmed spaCy pipeline gives the detectors what the full one gave, and extraction streams.

analysis/detect/nlp.py leaves out the attribute ruler and lemmatizer (verbs are told by `is_verb`) and runs
the statistical NER only on docs `needs_ner` picks; analysis/detect/extract.py runs an item's detectors as
soon as its texts are parsed. These check each against the model run in full.
"""
from __future__ import annotations

import pytest
import spacy

from footprint.analysis.detect.extract import Extractor
from footprint.analysis.detect.nlp import MODEL, get_nlp, is_verb, needs_ner
from footprint.crawler.orgs import load_org
from footprint.crawler.items import PostItem, ProfileItem

P = "https://social.example/@alex"
TEXTS = [
    "Is it training tonight? We train at the oval every Tuesday.",
    "I was there, they were too, and she has had enough. Did you do it? I've been being silly.",
    "Ben's moving in. He's got the spare room and we'd love a housemate who does dishes.",
    "Coffee number three. Send help.",
    "Paris is my cat's name and she is a menace.",
    "Priya and I hit the gym in Merrylands before work.",
    "dinner with sarah in Bondi",
    "Sarah, my sister, is visiting.\nSummer is nearly here.",
    "Shift starts 0630 and finishes 1830, the usual.",
]


@pytest.fixture(scope="module")
def full():
    """The model as shipped minus the parser (the attribute ruler's POS and the NER on every doc)."""
    return spacy.load(MODEL, exclude=["parser"])


@pytest.fixture(scope="module")
def nlp():
    return get_nlp(load_org("dibp"))


def test_pipeline_leaves_out_what_no_detector_reads(nlp):
    assert not {"parser", "attribute_ruler", "lemmatizer"} & set(nlp.component_names)
    assert "footprint_ner_gate" in nlp.pipe_names and "ner" not in nlp.pipe_names


@pytest.mark.parametrize("text", TEXTS)
def test_is_verb_is_the_attribute_rulers_verb(full, text):
    doc = full(text)
    assert [is_verb(t) for t in doc] == [t.pos_ == "VERB" for t in doc]


@pytest.mark.parametrize("text, expected", [
    ("Coffee number three. Send help.", False),            # capitals only open sentences, no proper noun
    ("Rain again and the dog refuses to go outside.", False),
    ("Shift starts 0630 and finishes 1830, the usual.", False),
    ("Priya and I hit the gym.", True),                     # sentence-initial, but tagged a proper noun
    ("dinner with sarah in Bondi", True),                   # a capital inside the sentence
    ("I think I will.", False),                             # "I" is no name
])
def test_needs_ner(nlp, text, expected):
    assert needs_ner(nlp(text)) is expected


def test_gated_ner_matches_full_ner_where_it_runs(full, nlp):
    docs = list(nlp.pipe(TEXTS, batch_size=4))
    assert [d.text for d in docs] == TEXTS                  # the gate keeps the stream's order
    skipped = []
    for doc, ref in zip(docs, full.pipe(TEXTS)):
        model = {(e.start, e.end, e.label_) for e in doc.ents if not e.ent_id_}    # not the rulers'
        if needs_ner(doc):
            assert model <= {(e.start, e.end, e.label_) for e in ref.ents}, doc.text
        else:
            assert not model, doc.text
            skipped += [e.label_ for e in ref.ents]
    assert ("Sarah", "PERSON") in {(e.text, e.label_) for e in docs[7].ents}
    assert skipped and not {"PERSON", "GPE", "LOC", "FAC", "ORG"} & set(skipped)   # only "three", "0630"...


def _items(employed: bool) -> list:
    post = PostItem(P, f"{P}/1", "activitypub", text="Container exams all week at Port Botany.",
                    published="2026-03-02T10:00:00+00:00")
    fields = {"jobTitle": "Border Force officer"} if employed else {"Hobbies": "dogs and netball"}
    return [post, ProfileItem(P, P, "activitypub", name="Alex Morgan", fields=fields)]


@pytest.mark.parametrize("employed, reverse", [(True, False), (True, True), (False, False), (False, True)])
def test_streaming_settles_employment_after_the_whole_scan(employed, reverse):
    # The post is parsed (and its Doc dropped) before the profile that ties the subject to the
    # organisation arrives; its work-site reading must still follow the whole scan.
    items = _items(employed)
    dets = Extractor(load_org("dibp"), "Alex Morgan", [], batch_size=1).extract(items[::-1] if reverse else items)
    sites = [d for d in dets if d.category == "work_location" and d.pattern == "org_site_with_work_context"]
    assert bool(sites) is employed
