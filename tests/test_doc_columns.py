"""Per-doc values kept on the Doc for speed (localities.token_columns, town_spans' first-word gate, the relation
forms' matches) give what reading the tokens afresh gives, whatever was asked of the doc before."""
from __future__ import annotations

import pytest

from footprint.analysis.detect import localities
from footprint.analysis.detect.detectors.relation_forms import relation_forms
from footprint.analysis.detect.nlp import get_nlp
from footprint.crawler.orgs import load_org

TEXTS = [
    "Moved from wagga wagga to Port Macquarie last year and I cannot say I miss the frosts.",
    "fifo to darwin again tomorrow, back in Eden by the 14th.",
    "Location: Ulladulla-ish\nCoffee, dogs, surf.",
    "Café crème with my sister Zoë in Kirrawee before her shift at the airport.",
    "Our street in blacktown flooded again, the kids think it's a lake.",
    "",
]
SETTINGS = [dict(), dict(in_names=True), dict(skip=frozenset({"eden"}), stop=localities.COMMON_TOWN_WORDS),
            dict(in_names=True, stop=frozenset({"darwin", "wagga"})),
            # a skipped first word frees the words its name would have taken ("wagga wagga", "port macquarie")
            dict(skip=frozenset({"port", "wagga"}), stop=frozenset({"wagga", "eden"})), dict(skip=frozenset({"wagga"}))]


@pytest.fixture(scope="module")
def nlp():
    return get_nlp(load_org("dibp"))


def _town_spans_from_tokens(doc, skip=frozenset(), in_names=False, stop=frozenset()):
    """town_spans as it was written before the columns and the gate: every token read through its Token."""
    taken = {t.i for e in doc.ents for t in e if e.ent_id_ or (e.label_ in ("PERSON", "ORG") and not in_names)}
    out, i = [], 0
    while i < len(doc):
        tok = doc[i]
        if i in taken or not tok.is_alpha or not (tok.is_lower or tok.is_title) or tok.lower_ in skip:
            i += 1
            continue
        for n in (3, 2, 1):
            if i + n > len(doc) or any(j in taken or not doc[j].is_alpha for j in range(i, i + n)):
                continue
            found = localities._table().get(" ".join(doc[i:i + n].text.split()).lower())
            if found and not (n == 1 and tok.is_lower and tok.lower_ in stop):
                out.append((i, i + n, f"place:{found[0]}"))
                i += n - 1
                break
        i += 1
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_token_columns_are_the_tokens_attributes(nlp, text):
    doc = nlp(text)
    want = ([t.is_alpha for t in doc], [t.lower_ for t in doc], [t.text for t in doc], [t.whitespace_ for t in doc],
            [t.is_lower for t in doc], [t.is_title for t in doc])
    assert localities.token_columns(doc) == want
    assert localities.token_columns(doc) is localities.token_columns(doc)        # read once


@pytest.mark.parametrize("text", TEXTS)
def test_town_spans_match_a_fresh_token_by_token_reading_in_any_order_of_settings(nlp, text):
    shared = nlp(text)
    for settings in SETTINGS + SETTINGS[::-1]:
        got = [(s.start, s.end, s.id_) for s in localities.town_spans(shared, **settings)]
        assert got == _town_spans_from_tokens(nlp(text), **settings), settings


def test_the_gate_keeps_every_town_the_examples_name(nlp):
    found = {s.id_ for t in TEXTS for s in localities.town_spans(nlp(t))}
    assert {"place:Wagga Wagga NSW", "place:Eden NSW", "place:Ulladulla NSW", "place:Kirrawee NSW", "place:Blacktown NSW"} <= found


@pytest.mark.parametrize("text", ["Dinner with my brother Tom and his wife Priya tonight.",
                                  "Happy birthday to my beautiful daughter Isla, 7 today!", TEXTS[0]])
def test_relation_form_matches_kept_on_the_doc_are_the_matchers(nlp, text):
    forms = relation_forms()
    doc = nlp(text)
    fresh = sorted(forms._matcher(doc.vocab)(nlp(text)), key=lambda m: (m[1], -m[2]))
    assert forms._matches(doc) == fresh and forms._matches(doc) is forms._matches(doc)
