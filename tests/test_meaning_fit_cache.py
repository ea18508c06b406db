"""The learned classifier's stored fit (analysis/detect/logreg.py, meaning.py): a scan reads the regression's
weights instead of fitting scikit-learn at load, a changed corpus makes them stale, and a stale or broken
file falls back to the fit it replaces, with the same verdicts."""
from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import numpy as np
import pytest

from footprint.analysis.detect import logreg, meaning

# Sentences in none of data/sentences/ (the corpus): what the verdicts are compared on.
PROBES = [
    "The rostering system went down again so nobody could swap shifts this arvo",
    "Down another two grand on the pokies and rent is due Thursday",
    "Every weekday I grab a flat white at the same cafe before the 7.10 train",
    "Can't say much but there's a big operation on the boats next week, keep it quiet",
    "Took the kelpie to the beach and she rolled in something dead",
]


@pytest.fixture(scope="module")
def corpus():
    examples = meaning.load_corpus()
    vectors = meaning._cached_vectors(examples)
    assert vectors is not None, "corpus changed: run python -m footprint.analysis.detect.meaning"
    return examples, vectors


@pytest.fixture(scope="module")
def fitted(corpus):
    """footprint's own fit of the whole corpus (scikit-learn to the optimum: several seconds, so once)."""
    pytest.importorskip("sklearn")
    examples, vectors = corpus
    return logreg.fit(vectors, [e.label for e in examples], meaning.C)


def test_bundled_fit_is_fresh(corpus):
    examples, _ = corpus
    assert meaning.cached_fit(examples) is not None, \
        "corpus changed: run python -m footprint.analysis.detect.meaning (rewrites embeddings.npz and classifier.npz)"


def _changed(examples: list, how: str) -> tuple[list, float]:
    first = examples[0]
    if how == "sentence added":
        return [*examples, meaning.Example("Night shift again, the scanners froze twice", "systems_information", "")], meaning.C
    if how == "sentence reworded":
        return [dataclasses.replace(first, text=first.text + " again")] + examples[1:], meaning.C
    if how == "label changed":
        other = next(lab for lab in (*meaning.LABELS, meaning.NONE) if lab != first.label)
        return [dataclasses.replace(first, label=other)] + examples[1:], meaning.C
    if how == "sentence removed":
        return examples[1:], meaning.C
    if how == "other C":
        return examples, meaning.C * 2
    raise AssertionError(how)


@pytest.mark.parametrize("how", ["sentence added", "sentence reworded", "label changed", "sentence removed", "other C"])
def test_a_changed_corpus_or_setting_makes_the_stored_fit_stale(corpus, how):
    examples, c = _changed(corpus[0], how)
    assert meaning.cached_fit(examples, c) is None


def test_another_embedding_model_makes_the_stored_fit_stale(corpus, monkeypatch):
    monkeypatch.setattr(meaning.embed, "MODEL_SHA256", "0" * 64)
    assert meaning.cached_fit(corpus[0]) is None


@pytest.mark.parametrize("damage", ["missing", "not a zip", "no key", "wrong shape"])
def test_a_broken_fit_file_reads_as_stale(corpus, tmp_path, damage):
    examples, vectors = corpus
    path = tmp_path / "classifier.npz"
    model = meaning.cached_fit(examples)
    key = logreg.fit_key(meaning.corpus_hash(examples), meaning.C)
    if damage == "not a zip":
        path.write_bytes(b"PK\x03\x04 truncated")
    elif damage == "no key":
        np.savez(path, coef=model.coef, intercept=model.intercept, classes=np.array(model.classes))
    elif damage == "wrong shape":
        np.savez(path, coef=model.coef[:, :10], intercept=model.intercept, classes=np.array(model.classes),
                 key=np.array(key))
    assert meaning.cached_fit(examples, path=path) is None


def test_stored_fit_is_the_fit_scikit_learn_makes_at_load(corpus, fitted):
    """The same model: the same reading of every corpus sentence. Not the same bits: L-BFGS stops a few thousandths
    from the optimum in a direction that depends on the CPU's floating point (a 2.8 GHz Xeon of 1 Dec 2026 differed
    from the machine that stored the fit by up to 0.003 in a weight), which moves no probability by 0.01."""
    examples, vectors = corpus
    stored = meaning.cached_fit(examples)
    assert stored.classes == fitted.classes
    p_stored, p_fitted = stored.proba(vectors), fitted.proba(vectors)
    assert np.abs(p_stored - p_fitted).max() < 0.01
    assert np.array_equal(p_stored.argmax(axis=1), p_fitted.argmax(axis=1))


def test_numpy_probabilities_are_scikit_learns(corpus, fitted):
    sk = pytest.importorskip("sklearn.linear_model")
    examples, vectors = corpus
    labels = [e.label for e in examples]
    ref = sk.LogisticRegression(C=meaning.C, tol=1e-8, max_iter=10000).fit(vectors, labels)
    ours = fitted
    assert np.allclose(ours.proba(vectors[:50]), ref.predict_proba(vectors[:50]), atol=1e-5)


def test_two_classes_give_sklearns_sigmoid(corpus):
    sk = pytest.importorskip("sklearn.linear_model")
    examples, vectors = corpus
    keep = [i for i, e in enumerate(examples) if e.label in ("routine", "none")]
    x, y = vectors[keep], [examples[i].label for i in keep]
    ours = logreg.fit(x, y, meaning.C)
    ref = sk.LogisticRegression(C=meaning.C, tol=1e-8, max_iter=10000).fit(x, y)
    assert ours.classes == ("none", "routine")
    assert np.allclose(ours.proba(x), ref.predict_proba(x), atol=1e-5)


def test_a_stale_fit_falls_back_to_fitting_with_the_same_verdicts(corpus, tmp_path, monkeypatch):
    pytest.importorskip("sklearn")
    stored = meaning.MeaningClassifier()
    assert not stored.fitted_at_load
    examples, _ = corpus
    stale = tmp_path / "classifier.npz"
    meaning.write_fit(examples[1:], meaning.cached_fit(examples), path=stale)    # the key of another corpus
    monkeypatch.setattr(meaning, "FIT_CACHE", stale)
    refit = meaning.MeaningClassifier()
    assert refit.fitted_at_load
    a, b = stored.read(PROBES), refit.read(PROBES)
    assert [(v.label, v.nearest) for v in a] == [(v.label, v.nearest) for v in b]
    assert all(abs(x.score - y.score) < 0.01 for x, y in zip(a, b))      # the fit's bits vary with the CPU (above)


def test_rewriting_the_fit_makes_it_fresh_again(corpus, tmp_path):
    pytest.importorskip("sklearn")
    examples, vectors = corpus
    grown = [*examples, meaning.Example("Night shift again, the scanners froze twice", "systems_information", "")]
    grown_vectors = np.vstack([vectors, vectors[:1]])
    path = tmp_path / "classifier.npz"
    meaning.write_fit(examples, meaning.cached_fit(examples), path=path)
    assert meaning.cached_fit(grown, path=path) is None
    meaning.write_fit(grown, logreg.fit(meaning.cached(grown_vectors), [e.label for e in grown], meaning.C), path=path)
    assert meaning.cached_fit(grown, path=path) is not None
    assert meaning.cached_fit(examples, path=path) is None


def test_loading_the_classifier_imports_no_scikit_learn():
    code = ("import sys, json\nfrom footprint.analysis.detect import meaning\nc = meaning.classifier()\n"
            "print(json.dumps([c.fitted_at_load, sorted(m for m in sys.modules if m.split('.')[0] == 'sklearn')]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [False, []]


def test_the_one_command_rewrites_both_caches_after_sentences_are_added(tmp_path):
    """What an engineer does after merging new sentences: `python -m footprint.analysis.detect.meaning`
    (here `rewrite_caches` on a small corpus taken from the bundled one) makes both caches fresh again."""
    pytest.importorskip("sklearn")
    bundled = meaning.load_corpus()
    small = [e for lab in (*meaning.LABELS, meaning.NONE) for e in [x for x in bundled if x.label == lab][:8]]
    for lab in (*meaning.LABELS, meaning.NONE):
        (tmp_path / f"{lab}.jsonl").write_text("".join(json.dumps({"text": e.text, "label": e.label, "kind": e.kind}) + "\n"
                                                       for e in small if e.label == lab), encoding="utf-8")
    vectors_file, fit_file = tmp_path / meaning.CACHE.name, tmp_path / meaning.FIT_CACHE.name
    before = meaning.load_corpus(tmp_path)
    assert meaning.rewrite_caches(tmp_path) == [vectors_file, fit_file]  # no caches yet: both written
    assert meaning.rewrite_caches(tmp_path) == [fit_file]                # vectors fresh: kept as they are
    assert meaning.cached_fit(before, path=fit_file) is not None

    added = {"text": "Rostering app fell over again so the whole shift swapped by text", "label": "systems_information",
             "kind": "outage"}
    with (tmp_path / "systems_information.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(added) + "\n")
    grown = meaning.load_corpus(tmp_path)
    assert len(grown) == len(before) + 1
    assert meaning._cached_vectors(grown, vectors_file) is None and meaning.cached_fit(grown, path=fit_file) is None

    assert meaning.rewrite_caches(tmp_path) == [vectors_file, fit_file]
    vectors = meaning._cached_vectors(grown, vectors_file)
    assert vectors is not None and meaning.cached_fit(grown, path=fit_file) is not None
    assert meaning.cached_fit(before, path=fit_file) is None             # the old corpus' key no longer matches
    # the bundled sentences embed exactly as in the bundled cache
    bundled_vectors = meaning._cached_vectors(bundled)
    where = {e.text: i for i, e in enumerate(bundled)}
    rows = [i for i, e in enumerate(grown) if e.text in where]
    assert len(rows) == len(before)
    assert np.array_equal(vectors[rows], bundled_vectors[[where[grown[i].text] for i in rows]])
