"""Round 18 roles (branch r18roles): an entity-level role model reads everything the corpus says about one name.

1. Candidates (role_candidates.py): who counts as a person of the corpus, which sentences are theirs, and the
   guards (the subject, pets, a place named after someone, someone else's relation, a screen or a stage).
2. The model's numpy application equals scikit-learn's on a fitted toy model; the training script refuses any set
   outside the seen sets 1-45.
3. The whole pipeline on corpora in our own words where the role is only implicit across posts (a partner, a child,
   a club mate, a workmate), and near misses that must get no role (a pet, a TV character, a footballer, a friend's
   child). Every person is fictional.
"""
from __future__ import annotations

import json
import os
from types import SimpleNamespace

import numpy as np
import pytest

from footprint.analysis.detect.backstop import OFF_ENV
from footprint.analysis.detect.detectors.context import SubjectNames
from footprint.analysis.link import roles
from footprint.analysis.link.role_candidates import candidates, guarded, names_in_sentence
from benchmarks import train_roles

SUBJECT = SubjectNames("Warrick Tennant", ["wazza_t"])


def _units(*texts: str, kind: str = "text") -> list:
    return [SimpleNamespace(url=f"https://social.example/@wazza_t/{k}", kind=kind, field="", text=t, posted_at=None,
                            profile="https://social.example/@wazza_t") for k, t in enumerate(texts, 1)]


# --- 1. candidates and their sentences
CANDIDATES = [
    (["Home. Beer on the verandah, Shona and Lachie and the dog.", "Lachie's first fish! #proudad",
      "Shona moved out. Back to the swag."], {"Shona": 2, "Lachie": 2}),
    (["Perry Okafor keeps telling me my chisels are blunt.", "Perry reckons the dovetails are crooked again."],
     {"Perry Okafor": 2}),
    # two Sarahs: the bare first name belongs to neither
    (["Sarah Kelly brought scones.", "Sarah Chen ran the raffle.", "Sarah was late again."],
     {"Sarah Kelly": 1, "Sarah Chen": 1}),
    # the subject, and a place named after someone, are nobody
    (["Warrick here, back from the coast.", "Parked near Fiona Stanley Hospital for the scan, Dorothea drove."],
     {"Dorothea": 1}),
    # a pet named like a person
    (["Our kelpie Bluey and I walked the levee.", "Bluey rolled in something awful. Marnie laughed."], {"Marnie": 1}),
]


@pytest.mark.parametrize("texts,expected", CANDIDATES)
def test_candidates(texts, expected):
    from footprint.analysis.link.people import PeopleIndex

    units = _units(*texts)
    got = {c.name: len(c.mentions) for c in candidates(units, SUBJECT, PeopleIndex().pet_names(units))}
    assert got == expected


GUARDED = [
    ("My mate's wife Jo made the pavlova.", "Jo", True),
    ("Jo's husband fixed the ute again.", "Jo", True),
    ("Watched MasterChef with a beer, Poh was robbed.", "Poh", True),
    ("the son of Greg Lowe won the sack race", "Greg Lowe", True),
    ("Jo made the pavlova, legend.", "Jo", False),
    ("Lachie's first fish!", "Lachie", False),
]


@pytest.mark.parametrize("sentence,form,expected", GUARDED)
def test_guarded(sentence, form, expected):
    assert guarded(sentence, form) is expected


NAMES = [
    ("Dinner with Greg Burns at the pub", [("Greg Burns", "greg", "burns")]),
    ("Saturday with Tilly and Ned", [("Tilly", "tilly", ""), ("Ned", "ned", "")]),
    ("Wreath laid at Jack Evans Oval", []),
    # names in any cased script are names here too, as in every other name shape (name_letters.py)
    ("Phở night at home with Thảo and the kids", [("Thảo", "thảo", "")]),
    ("Coffee with Zoë after training", [("Zoë", "zoë", "")]),
]


@pytest.mark.parametrize("sentence,expected", NAMES)
def test_names_in_sentence(sentence, expected):
    assert names_in_sentence(sentence) == expected


def test_person_text_masks_every_name_and_reads_the_words_beside_it():
    [c] = candidates(_units("Lachie's first fish with Grandpa Ted! #proudad"), SUBJECT)[:1]
    text = roles.person_text(c)
    assert "Lachie" not in text and "xperson" in text and "a1_s" in text and "a_first" in text


# --- 2. numpy equals scikit-learn; the training script reads seen sets only
def _toy_rows():
    texts = ["Beer on the verandah with Shona and the dog", "Shona moved out, back to the swag",
             "Perry keeps telling me my chisels are blunt at the guild", "Perry at the guild again on Thursday",
             "Ned from the roster swapped my night shift", "Ned and I on the late shift at the wharf",
             "Watched the footy, Tilly kicked three goals", "Tilly kicked four again, what a player"]
    labels = ["family", "family", "associate", "associate", "colleague", "colleague", "none", "none"]
    rows = []
    for k, (t, lab) in enumerate(zip(texts, labels)):
        [c] = [c for c in candidates(_units(t), SUBJECT)]
        rows.append({"cand": c, "label": lab, "fact": "", "set": k % 5 + 1})
    return rows


def test_numpy_application_equals_sklearn(tmp_path):
    rows = _toy_rows()
    rng = np.random.default_rng(7)
    texts = [roles.person_text(r["cand"]) for r in rows] * 3
    vecs = rng.normal(size=(len(texts), 384)).astype(np.float32)
    cnts = np.vstack([roles.counts(r["cand"]) for r in rows] * 3)
    rows3 = rows * 3
    labels = [r["label"] for r in rows3]
    tf, lr = train_roles.fit(texts, vecs, cnts, labels, 1.0, 1.5)
    path = tmp_path / "model.npz"
    train_roles.write_model(rows3, texts, vecs, cnts, 1.0, 1.5, {"family": 0.5}, path)
    m = roles.RoleModel(path)
    want = train_roles.predict(tf, lr, texts, vecs, cnts, 1.5)
    got, _ = m.proba(vecs, texts, cnts)
    assert m.classes == tuple(lr.classes_)
    assert np.allclose(got, want, atol=1e-4)
    assert m.thresholds["family"] == 0.5 and m.thresholds["colleague"] == 2.0


@pytest.mark.parametrize("sets", [[54], [53, 54], [0], [1, 55]])
def test_training_refuses_unseen_sets(sets):
    with pytest.raises(SystemExit, match="not seen sets"):
        train_roles.check_sets(sets)


def test_training_refuses_a_corpus_holding_an_unseen_set(tmp_path):
    (tmp_path / "sentences.jsonl").write_text(json.dumps({"set": 55, "persona": "x", "url": "u", "kind": "text",
                                                          "field": "", "text": "t", "labels": []}) + "\n")
    (tmp_path / "reports.jsonl").write_text("")
    with pytest.raises(SystemExit, match="refusing"):
        train_roles.load_personas(tmp_path)


def test_unit_text_rebuilt_from_passages():
    assert train_roles.unit_text(["A long sentence about the boat.", "Short. A long sentence about the boat.",
                                  "Another long one."]) == "Short. A long sentence about the boat. Another long one."


# --- 3. the whole pipeline: roles shown only across posts, and near misses
from tests.people_posts import ORG, Account  # noqa: E402

DALLAS = Account("Dallas Whitford", "dallas_w", 6)


def _findings(posts: list[str]) -> list:
    from footprint.analysis.pipeline import analyse_items

    items = [DALLAS.post(t, n) for n, t in enumerate(posts, 1)]
    findings, *_ = analyse_items(items, org=ORG, subject=DALLAS.subject, aliases=DALLAS.aliases)
    return [f for f in findings if f.category in ("family", "associate", "colleague")]


# (posts, person, role, posts naming them): no single sentence says the role
IMPLICIT = [
    (["Home. Beer on the verandah, Shona and Lachie and the dog.", "Lachie's first fish! #proudad",
      "Shona moved out. Back to the swag."], "Shona", "family", [1, 3]),
    (["Woodwork guild every Thursday. Fergus keeps telling me my chisels are blunt.",
      "Fergus from the guild reckons my dovetails are improving."], "Fergus", "associate", [1, 2]),
]


@pytest.mark.parametrize("posts,person,role,named", IMPLICIT)
def test_role_shown_across_posts(posts, person, role, named):
    found = [f for f in _findings(posts) if f.value.startswith(f"{person} (")]
    assert [f.category for f in found] == [role]
    f = found[0]
    # the role model, or the passage backstop where it read the person first (it runs before; round 18's retrain
    # reads the guild mate); the role model only adds people nobody has found
    assert {"RoleModel", "LearnedBackstop"} & set(f.detectors)
    assert sorted({e.url for e in f.evidence}) == [f"{DALLAS.url}/{n}" for n in named]      # every item naming them
    learned = f.attrs["learned"]
    assert "p=" in learned["explanation"] and learned["nearest"] and learned["score"] >= 0.5


@pytest.mark.parametrize("posts,person,role,named", IMPLICIT)
def test_off_switch_means_rules_alone(posts, person, role, named, monkeypatch):
    monkeypatch.setenv(OFF_ENV, "off")
    assert roles.model() is None
    assert not [f for f in _findings(posts) if f.value.startswith(f"{person} (")]


# (posts, person): the model must give them no role
NEAR_MISSES = [
    (["Our kelpie Biscuit chewed the hose again.", "Biscuit rolled in something dead at the beach, bath time."],
     "Biscuit"),
    (["Watching the new season of that crime series, Villanelle is terrifying.",
      "Villanelle's outfits in episode four, though."], "Villanelle"),
    (["Coffee with Kath and Kim reruns on telly, pure comfort.", "Kim's lines still crack me up."], "Kim"),
    (["My sourdough starter, Gus, turned eleven this week.", "The rye was dense. Gus forgives me."], "Gus"),
    (["My mate's son Hamish got his P plates today, lock up your letterboxes.",
      "Dropped off a card for Gus's boy Hamish, nineteen already."], "Hamish"),
    (["What a goal from Jarrod Tully, the Dockers are flying!", "Tully kicked four again, Brownlow smokey.",
      "Jarrod Tully for captain next year, no question."], "Jarrod"),
    (["Matilda home from uni. Love having her home.", "Love a quiet Sunday with the paper."], "Love"),
]


@pytest.mark.parametrize("posts,person", NEAR_MISSES)
def test_near_misses_get_no_role_from_the_model(posts, person):
    assert not [f for f in _findings(posts) if "RoleModel" in f.detectors and f.value.startswith(person)]
