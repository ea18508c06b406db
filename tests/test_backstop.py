"""The learned backstop (analysis/detect/backstop.py): the bundled model, its word features, what a reading may
name, and that it only fills in where the rules were silent."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
import pytest

from footprint.analysis.detect import backstop
from footprint.analysis.detect.backstop_values import names_in, passage_of, places_in
from footprint.analysis.findings import Detection, Evidence
from tests.kit_posts import found_in_posts, kit_extractor

ROOT = Path(__file__).resolve().parents[1]
BIO = "Border Force officer. Views my own."


@pytest.fixture(scope="module")
def extractor():
    return kit_extractor()


@pytest.fixture(scope="module")
def nlp_shared(extractor):
    return extractor.nlp, extractor.shared


def test_bundled_model_loads_with_its_thresholds():
    model = backstop.backstop()
    assert model is not None
    assert model.categories == backstop.CATEGORIES
    active = {c for c, t in model.thresholds.items() if t <= 1.0}
    # on the three histories pooled (round 18), the other five categories found fewer than MIN_GAIN more facts on
    # some history, or lowered their F1: off
    assert {"family", "associate", "work_location", "official_information"} <= active
    assert not active & {"colleague", "systems_information", "vulnerability", "home_location", "routine"}
    assert model.coef.shape == (len(model.categories), 384)
    assert model.coef_words.shape == (len(model.categories), len(model.vocab))


def test_word_features_agree_with_scikit_learn():
    """backstop.Backstop.words is TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).transform without it."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    corpus = ["Knocked off at six, beers with Dazza at the Royal.", "Dazza's shout again, the Royal every Friday",
              "Friday arvo footy with the kids", "the kids and Dazza at the footy", "beers beers beers at six"]
    tf = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True).fit(corpus)
    model = backstop.Backstop.__new__(backstop.Backstop)
    model.vocab = dict(tf.vocabulary_)
    model.idf = tf.idf_.astype(np.float32)
    for text in corpus + ["Beers with DAZZA, beers with the kids!", "nothing known here"]:
        want = tf.transform([text]).toarray()[0]
        got = np.zeros_like(want)
        for i, v in model.words(text).items():
            got[i] = v
        assert np.allclose(got, want, atol=1e-5), text


@pytest.mark.parametrize("text, category, names", [
    ("Fenella and her terrible puns kept the whole book club going tonight.", "associate", ["Fenella"]),
    ("My wife Priya and I finally got a night off.", "family", ["Priya"]),
    ("She is a nurse at Fiona Stanley Hospital and loves it.", "associate", []),
    ("Big thanks to my shift partner Sam Kowalczyk for the coffee runs.", "family", []),
    ("Jess Varga drives the boat and her husband Theo coaches the juniors.", "family", []),
    ("He's my team-mate Jess's brother and he cooks.", "family", []),
    ("Took the kids camping at Kangaroo Valley for the holidays.", "family", []),
    ("Hendo finally married his high school sweetheart.", "family", []),
    ("Long lunch with my wife at the pub.", "family", []),
    ("Date night with the missus, and our waiter Tobias knew the wine list by heart.", "family", []),
    ("Dinner with the missus and our son Tobias at the club.", "family", ["Tobias"]),
])
def test_names_a_reading_may_report(nlp_shared, text, category, names):
    nlp, shared = nlp_shared
    assert names_in(passage_of(nlp(text), shared), shared, None, category) == names


@pytest.mark.parametrize("text, category, places", [
    ("Got the unit on Bellambi Lane sorted at last, walking distance to the beach.", "home_location", ["Bellambi"]),
    ("Saturday loop through Birdwood and Mount Pleasant, 240km.", "home_location", []),
    ("Back in Sydney, well, Kirrawee really, after the long drive.", "home_location", ["Kirrawee"]),
    ("Land-based and kayak. Southern Sydney.", "home_location", []),
    ("Back at the Sydney office and Mascot again on Monday.", "work_location", ["Mascot", "Sydney"]),
])
def test_places_a_reading_may_report(nlp_shared, text, category, places):
    nlp, shared = nlp_shared
    assert places_in(passage_of(nlp(text), shared), category) == places


def _det(category: str, url: str, excerpt: str) -> Detection:
    return Detection(category=category, value="v", key=f"{category}:v", confidence=0.6, detector="X", pattern="p",
                     evidence=Evidence(url=url, kind="text", excerpt=excerpt, posted_at=None, profile=""))


@pytest.mark.parametrize("rule, kept", [
    (("associate", "https://s/1", "Fenella and her puns kept the club going."), False),     # the rules cite it
    (("associate", "https://s/2", "Fenella and her puns kept the club going."), True),      # another post
    (("family", "https://s/1", "Fenella and her puns kept the club going."), True),         # another category
    (("associate", "https://s/1", "Something else entirely."), True),
])
def test_missed_only_keeps_what_the_rules_did_not_cite(rule, kept):
    proposal = _det("associate", "https://s/1", "Fenella and her puns kept the club going.")
    out = backstop.missed_only([(proposal, "Fenella and her puns kept the club going.")], [_det(*rule)])
    assert (out == [proposal]) is kept


@pytest.mark.parametrize("text, category, value", [
    ("Lunch with the old crew from uni, Tamsin still laughs like a kookaburra.", "associate", "Tamsin (friend)"),
])
def test_a_backstop_finding_explains_itself(extractor, text, category, value):
    dets = [d for d in found_in_posts(extractor, BIO, text) if d.category == category]
    assert [d.value for d in dets] == [value]
    d = dets[0]
    assert d.detector == backstop.DETECTOR and d.pattern == backstop.PATTERN
    learned = d.attrs["learned"]
    assert learned["score"] >= backstop.backstop().thresholds[category]
    assert learned["nearest"] and "seen held-out sets" in learned["explanation"]


def test_names_are_masked_in_the_words():
    """A name seen in training must not weigh on a stranger of that name: given names become one token."""
    assert backstop.masked("Drinks with Fenella and Tamsin at the Royal") == "Drinks with xname and xname at the Royal"
    assert "fenella" not in backstop.backstop().vocab


def test_off_switch_leaves_the_rules_alone(monkeypatch):
    monkeypatch.setenv(backstop.OFF_ENV, "off")
    ex = kit_extractor()
    assert ex.backstop is False
    text = "Lunch with the old crew from uni, Tamsin still laughs like a kookaburra."
    assert not [d for d in found_in_posts(ex, BIO, text) if d.detector == backstop.DETECTOR]


def test_training_refuses_unread_sets(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    monkeypatch.delenv(backstop.OFF_ENV, raising=False)
    import seen_sentences

    assert backstop.OFF_ENV not in os.environ          # importing it must not turn the backstop off for the process
    assert max(seen_sentences.SEEN_SETS) < 54         # sets 54 and later are honest tests
    monkeypatch.setattr(sys, "argv", ["seen_sentences.py", "--sets", "54"])
    with pytest.raises(SystemExit, match="honest tests"):
        seen_sentences.main()
    # main() turns the backstop off for its own run; monkeypatch.delenv here would restore that "off" at teardown and
    # leave the backstop off for every later test in the process
    os.environ.pop(backstop.OFF_ENV, None)


GATE_POSTS = [
    "Great turnout at the seed swap, forty kinds of bean.",                     # no person, place or voice
    "Rain again. Roads flooded past the bridge.",
    "The new cafe does a decent flat white.",
    "Dinner with Marnie and the kids tonight, first night off in a week.",     # a person named
    "Saw Callum Reyes at the markets, he says hi to everyone.",
    "Ferry to Manly then fish and chips on the sand.",                          # a place, no voice
    "Back on nights from Tuesday, four on four off till Christmas.",            # implied first person
    "I haven't slept properly since the redundancy talk started.",              # the writer's own voice
    "We lost another two staff this month and the queue at the counter doubles.",
    "Another week, another outage.",
    "Parkrun at Wendouree every Saturday, rain or shine.",
    "Big thanks to Deb Stanton for covering my shift, legend.",
]


def test_the_gate_skips_only_passages_that_could_never_yield(extractor, monkeypatch):
    """backstop.could_yield keeps MiniLM off passages no reading could turn into a finding (no person, no place, no
    writer's voice); the backstop's findings are the same with and without it."""
    def found() -> list[tuple]:
        dets = found_in_posts(extractor, BIO, *GATE_POSTS)
        return sorted((d.category, d.value, d.evidence.url) for d in dets if d.detector == backstop.DETECTOR)

    gated = found()
    monkeypatch.setattr(backstop, "could_yield", lambda sent, ctx, categories: True)
    assert found() == gated


@pytest.mark.parametrize("text, kept", [
    ("Great turnout at the seed swap, forty kinds of bean.", False),
    ("The new cafe does a decent flat white.", False),
    ("Dinner with Marnie and the kids tonight.", True),
    ("I haven't slept properly since the redundancy talk started.", True),
    ("Ferry to Manly then fish and chips on the sand.", True),
    ("Footy training ran late, McKenzie kicked three goals.", True),      # a given name that is not title case
])
def test_the_gate_by_passage(extractor, text, kept):
    from footprint.analysis.detect.detectors.context import SubjectNames

    model = backstop.backstop()
    sent = passage_of(extractor.nlp(text), extractor.shared)
    ctx = type("Ctx", (), {"shared": extractor.shared, "subject": SubjectNames("Robin Hale")})()
    assert backstop.could_yield(sent, ctx, model.active) is kept
