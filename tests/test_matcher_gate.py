"""matcher_gate: the relation-forms Matcher is skipped only on docs where it would find nothing."""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from spacy.matcher import Matcher

from footprint.analysis.detect.detectors.matcher_gate import MatcherGate, _literal
from footprint.analysis.detect.detectors.relation_forms import RelationForms
from footprint.analysis.detect.nlp import get_nlp
from footprint.crawler.orgs import load_org

DEVSET = Path(__file__).resolve().parent / "devset" / "devset.jsonl"


@pytest.fixture(scope="module")
def nlp():
    return get_nlp(load_org("dibp"))


@pytest.mark.parametrize("token, needed", [
    ({"LOWER": "wife"}, {"wife"}),
    ({"LOWER": {"IN": ["wife", "husband"]}}, {"wife", "husband"}),
    ({"lower": "wife"}, {"wife"}),
    ({"LOWER": "wife", "OP": "+"}, {"wife"}),
    ({"TEXT": "Mum"}, {"Mum"}),
    ({"ORTH": {"IN": ["Mum", "Dad"]}}, {"Mum", "Dad"}),
    ({"LOWER": "wife", "OP": "?"}, None),        # may match no token
    ({"LOWER": "wife", "OP": "*"}, None),
    ({"LOWER": "wife", "OP": "!"}, None),        # a token that must NOT be the word
    ({"LOWER": "wife", "OP": "{0,2}"}, None),
    ({"LOWER": {"NOT_IN": ["wife"]}}, None),
    ({"LOWER": {"REGEX": "^wi"}}, None),
    ({"IS_TITLE": True}, None),
    ({"POS": "PROPN"}, None),
])
def test_literal(token, needed, nlp):
    got = _literal(token)
    assert (got is None) == (needed is None)
    if needed is not None:
        assert got[1] == {nlp.vocab.strings.add(w) for w in needed}


@pytest.mark.parametrize("patterns, text, expect", [
    ([[{"LOWER": "my"}, {"LOWER": "wife"}]], "Dinner with my wife tonight.", True),
    ([[{"LOWER": "my"}, {"LOWER": "wife"}]], "Dinner with my mates tonight.", False),     # "wife" missing
    ([[{"LOWER": "my"}, {"LOWER": "wife"}]], "My WIFE and I.", True),                      # LOWER ignores case
    ([[{"ORTH": "Mum"}]], "mum says hi", False),                                           # ORTH does not
    ([[{"LOWER": "my"}, {"LOWER": "wife"}], [{"LOWER": "married"}]], "We married in June.", True),
    ([[{"LOWER": "my"}, {"IS_TITLE": True}]], "Nothing here at all.", False),    # its one literal word missing
    ([[{"LOWER": "my"}, {"IS_TITLE": True}]], "not my problem", True),            # present: the rest is the Matcher's
    ([[{"IS_TITLE": True}]], "nothing", True),                                  # no literal: always possible
    ([], "Dinner with my wife.", False),
    ([[{"LOWER": "wife"}]], "", False),
])
def test_may_match(patterns, text, expect, nlp):
    assert MatcherGate(patterns).may_match(nlp.make_doc(text)) is expect


def _devset_texts() -> list[str]:
    out = []
    for line in DEVSET.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = re.sub(r"<[^>]+>", " ", html.unescape(row["source"]))
        out.append(re.sub(r"\s+", " ", text)[:3000])
    return out


def test_gate_never_hides_a_match(nlp):
    """Over every dev row's text: wherever the people forms' Matcher matches, the gate lets it run;
    and the gate does skip docs (else it is only a cost)."""
    forms = RelationForms()
    matcher = Matcher(nlp.vocab)
    for form, pattern in forms.forms:
        matcher.add(form.id, [pattern], greedy="LONGEST")
    skipped = matched = 0
    for doc in nlp.pipe(_devset_texts(), batch_size=128):
        found = matcher(doc)
        gate = forms._gate.may_match(doc)
        assert gate or not found, doc.text[:200]
        skipped += not gate
        matched += bool(found)
    assert matched > 50 and skipped > 100
