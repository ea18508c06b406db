"""The learned backstop: what the rules missed, read by a model trained on people written by others.

Why: fifteen rounds of rules written from read misses fixed the people they were written from and hardly
anyone new (docs/quality.md, round 15). The seen held-out sets are about 450 people written blind by 35
different writers; benchmarks/seen_sentences.py turns them (and the development rows) into passages labelled with
the categories of the facts they prove, and benchmarks/train_backstop.py fits, for each category here, a logistic
regression over the passage's MiniLM vector and its words. Each threshold was chosen on a history: the reports an
older version of the rules made of sets it had never read (benchmarks/history/). Unread sets stay out of training
(seen_sentences.SEEN_SETS).

At scan time a passage the rules did not cite for a category, reading at or above that category's threshold,
becomes a finding of it (`values_for`): for people, each person the passage names; for places, the first place
it names; for the open categories, the passage itself; the rules' vetoes and backstop_values' guards apply.
Each explains itself: the probability, the words that pushed it and the nearest training passages.
"""
from __future__ import annotations

import math
import os
import re
import threading
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from footprint.crawler.paths import DATA_DIR
from footprint.analysis.detect.name_letters import compile_wide

if TYPE_CHECKING:
    from footprint.analysis.findings import Detection

MODEL = DATA_DIR / "backstop" / "model.npz"
OFF_ENV = "FOOTPRINT_BACKSTOP"
CATEGORIES = ("family", "associate", "colleague", "work_location", "home_location", "routine",
              "official_information", "systems_information", "vulnerability")
NEAREST_SHOWN = 2
MIN_WORDS = 3


# Word features: sklearn's TfidfVectorizer(ngram_range=(1, 2), min_df=3, sublinear_tf=True) as fitted offline,
# applied here without scikit-learn (a scan does not import it); tests/test_backstop.py checks they agree.
TOKEN_RX = re.compile(r"(?u)\b\w\w+\b")
WORDS_SHOWN = 3


@dataclass(frozen=True)
class Reading:
    category: str
    score: float
    threshold: float
    nearest: tuple[tuple[str, float], ...]
    words: tuple[tuple[str, float], ...] = ()

    def explain(self) -> str:
        near = "; ".join(f'"{t}" ({s:.2f})' for t, s in self.nearest)
        words = ", ".join(f"'{w}' {c:+.2f}" for w, c in self.words)
        return (f"backstop (MiniLM vector and words, logistic regression trained on the seen held-out sets): "
                f"{self.category} p={self.score:.2f} >= {self.threshold:.2f}; words: {words or 'none'}; "
                f"nearest training passages: {near}")


NAME_TOKEN = "xname"
_CAPITALISED_RX = compile_wide(r"(?<!\bthe )(?<!\bThe )\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")     # "the Royal" is a pub


def masked(text: str) -> str:
    """The text with every capitalised given name (the gazetteer's) written NAME_TOKEN: the words learn "<a name>
    and her puns kept the book club going", not that Fenella is a friend (a name seen in training would otherwise
    weigh on a stranger of the same name)."""
    from footprint.analysis.detect.detectors.first_names import first_names

    given = first_names()
    return _CAPITALISED_RX.sub(lambda m: NAME_TOKEN if given.is_first_name(m.group(0)) else m.group(0), text)


def word_grams(text: str) -> list[str]:
    """The unigrams and bigrams sklearn's analyzer makes of a text (lower-cased, tokens of 2+ word characters)."""
    toks = TOKEN_RX.findall(text.lower())
    return toks + [f"{a} {b}" for a, b in zip(toks, toks[1:])]


def tfidf_words(text: str, vocab: dict[str, int], idf: np.ndarray) -> dict[int, float]:
    """{vocabulary index: tf-idf weight} of a text's word grams, l2-normalised: TfidfVectorizer(sublinear_tf=True)
    .transform done by hand (the backstop and the role model share it; no scikit-learn at scan time)."""
    counts: dict[int, int] = {}
    for g in word_grams(text):
        i = vocab.get(g)
        if i is not None:
            counts[i] = counts.get(i, 0) + 1
    w = {i: (1.0 + math.log(n)) * float(idf[i]) for i, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in w.values()))
    return {i: v / norm for i, v in w.items()} if norm else {}


class Backstop:
    """Per-category logistic regressions over a passage's MiniLM vector and its words (tf-idf), with their
    thresholds and the training passages that explain a reading."""

    def __init__(self, path: Path = MODEL):
        with np.load(path, allow_pickle=False) as z:
            self.categories = tuple(str(c) for c in z["categories"])
            self.coef = z["coef"].astype(np.float32)                 # (categories, 384)
            self.coef_words = z["coef_words"].astype(np.float32)     # (categories, vocabulary)
            self.intercept = z["intercept"].astype(np.float32)
            self.thresholds = dict(zip(self.categories, map(float, z["thresholds"])))
            self.terms = [str(w) for w in z["vocab"]]               # in column order
            self.vocab = {w: i for i, w in enumerate(self.terms)}
            self.idf = z["idf"].astype(np.float32)
            self.word_weight = float(z["word_weight"])
            self.example_text = [str(t) for t in z["example_text"]]
            self.example_cat = np.array([str(c) for c in z["example_cat"]])
            self.example_vec = z["example_vec"].astype(np.float32)
        self._by_cat = {c: np.flatnonzero(self.example_cat == c) for c in self.categories}
        self.active = frozenset(c for c in self.categories if self.thresholds[c] <= 1.0)

    def words(self, text: str) -> dict[int, float]:
        """{vocabulary index: tf-idf weight} of a text, l2-normalised, as TfidfVectorizer.transform gives it."""
        return tfidf_words(text, self.vocab, self.idf)

    def probs(self, vectors: np.ndarray, texts: list[str]) -> tuple[np.ndarray, list[dict[int, float]]]:
        """(passages, categories) probabilities, one sigmoid per category, and each passage's word weights."""
        z = vectors @ self.coef.T + self.intercept
        words = [self.words(t) for t in texts]
        for k, w in enumerate(words):
            if w:
                idx = np.fromiter(w.keys(), dtype=np.int64)
                z[k] += self.word_weight * (self.coef_words[:, idx] @ np.fromiter(w.values(), dtype=np.float32))
        return 1.0 / (1.0 + np.exp(-z)), words

    def read(self, vectors: np.ndarray, texts: list[str]) -> list[list[Reading]]:
        """For each passage, the categories it reads as at or above their thresholds."""
        if not len(vectors):
            return []
        probs, words = self.probs(vectors, [masked(t) for t in texts])
        out = []
        for vec, p, w in zip(vectors, probs, words):
            hits = []
            for j, cat in enumerate(self.categories):
                t = self.thresholds[cat]
                if t <= 1.0 and p[j] >= t:
                    hits.append(Reading(cat, float(p[j]), t, self._nearest(cat, vec), self._words_for(j, w)))
            out.append(hits)
        return out

    def _words_for(self, j: int, w: dict[int, float]) -> tuple[tuple[str, float], ...]:
        """The words that pushed the reading up most (their share of the logit)."""
        if not w:
            return ()
        parts = sorted(((self.word_weight * float(self.coef_words[j, i]) * v, i) for i, v in w.items()), reverse=True)
        return tuple((self.terms[i], c) for c, i in parts[:WORDS_SHOWN] if c > 0)

    def _nearest(self, cat: str, vec: np.ndarray) -> tuple[tuple[str, float], ...]:
        idx = self._by_cat.get(cat)
        if idx is None or not len(idx):
            return ()
        sims = self.example_vec[idx] @ vec
        order = np.argsort(sims)[::-1][:NEAREST_SHOWN]
        return tuple((" ".join(self.example_text[idx[o]].split()), float(sims[o])) for o in order)


_lock = threading.Lock()
_backstop: Backstop | None = None
_missing = False


def backstop() -> Backstop | None:
    """The bundled model (loaded once), or None when the package has none or OFF_ENV is "off" (the benchmarks
    that measure the rules alone: benchmarks/seen_sentences.py, `evaluate.py --no-backstop`)."""
    global _backstop, _missing
    if os.environ.get(OFF_ENV, "").lower() == "off":
        return None
    if _backstop is None and not _missing:
        with _lock:
            if _backstop is None and not _missing:
                try:
                    _backstop = Backstop()
                except (OSError, KeyError, ValueError, zipfile.BadZipFile):
                    _missing = True
    return _backstop


def write_model(rows: list[dict], vecs: np.ndarray, cats: list[str], thresholds: dict[str, float], c: float,
                word_weight: float, readable: list[bool], path: Path = MODEL) -> None:
    """Fit each category on every readable training passage and store weights, word features, thresholds and the
    positives (for nearest-example explanations). A category whose threshold never beat the rules is stored with
    threshold 2.0: it never fires."""
    from sklearn.linear_model import LogisticRegression

    keep = np.flatnonzero(readable)
    tf, x = word_features([rows[i]["text"] for i in keep], vecs[keep], word_weight)
    coef, intercept = [], []
    for cat in cats:
        y = np.array([cat in rows[i]["labels"] for i in keep])
        m = LogisticRegression(C=c, tol=1e-6, max_iter=10000).fit(x, y)
        coef.append(m.coef_[0])
        intercept.append(m.intercept_[0])
    coef = np.array(coef, dtype=np.float32)
    dim = vecs.shape[1]
    vocab = sorted(tf.vocabulary_, key=tf.vocabulary_.__getitem__)
    pos = [(rows[i]["text"], cat, i) for cat in cats for i in keep if cat in rows[i]["labels"]]
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, categories=np.array(cats), coef=coef[:, :dim], coef_words=coef[:, dim:],
                        intercept=np.array(intercept, dtype=np.float32),
                        thresholds=np.array([thresholds.get(c_, 2.0) for c_ in cats], dtype=np.float32),
                        vocab=np.array(vocab), idf=tf.idf_.astype(np.float32), word_weight=np.array(word_weight),
                        example_text=np.array([t for t, _, _ in pos]), example_cat=np.array([c_ for _, c_, _ in pos]),
                        example_vec=vecs[[i for _, _, i in pos]].astype(np.float16), c=np.array(c))


def word_features(texts: list[str], vecs: np.ndarray, word_weight: float, tf=None):
    """(fitted TfidfVectorizer, [vectors | word_weight * tf-idf]) for training; `tf` given: transform only."""
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [masked(t) for t in texts]
    if tf is None:
        tf = TfidfVectorizer(ngram_range=(1, 2), min_df=3, sublinear_tf=True).fit(texts)
    return tf, sp.hstack([sp.csr_matrix(vecs), tf.transform(texts) * word_weight]).tocsr()


PATTERN = "backstop:minilm"
DETECTOR = "LearnedBackstop"
# Backstop hits report between the rules' report threshold and their usual confidence: 0.55 at the threshold, up to 0.8.
BASE_CONFIDENCE, SPAN_CONFIDENCE = 0.55, 0.25
WORK_CATEGORIES = frozenset({"work_location", "colleague", "official_information", "systems_information"})


def readable(kind: str, field: str | None = None) -> bool:
    """Posts only: a profile's fields (a bio, a CV line) are the rules' business. On the history reading the prose
    fields as well found nothing more (benchmarks/train_backstop.py) and read a CV line as an operation."""
    return kind == "text"


def passages_of(ctx) -> list:
    """The unit's passages the backstop reads (the sentence model's passages, MIN_WORDS words or more)."""
    from footprint.analysis.detect.detectors.learned import passages

    def compute():
        model = backstop()
        if model is None or not readable(ctx.kind, ctx.field):
            return []
        seen, out = set(), []
        for s in passages(ctx.facts.sents):
            if len(s.text.split()) >= MIN_WORDS and s.text not in seen:
                seen.add(s.text)
                if could_yield(s, ctx, model.active):
                    out.append(s)
        return out
    return ctx.facts.memo("backstop:passages", compute)


def could_yield(sent, ctx, categories) -> bool:
    """Whether any of the categories could name something in this passage whatever the model reads: a people
    category needs a person named, a place category a place, routine the writer's voice (any first person),
    official information and vulnerability the writer's own ("I", "my"); `values_for` asks the same and more.
    A passage that fails all of them is not embedded (a fifth of the benchmark's short-post passages: MiniLM time
    spent on what could never become a finding; docs/performance.md, section 0.18). The person and
    place tests are cheap supersets of `names_in` and `places_in` (a given name shaped as `is_name_token` wants it, "McKenzie" too, or a PERSON; a gazetteer
    entity, a town, a site or a facility), so the findings are the same with the gate and without it."""
    from footprint.analysis.detect.backstop_values import OWN_VOICE, PEOPLE, PLACES
    from footprint.analysis.detect.detectors.context import NAME_RX
    from footprint.analysis.detect.detectors.first_names import first_names
    from footprint.analysis.detect.localities import town_spans

    if any(c not in PEOPLE and c not in PLACES and c != "routine" and c not in OWN_VOICE for c in categories):
        return True
    if "routine" in categories and sent.any_first_person or OWN_VOICE & categories and sent.first_person:
        return True
    span = sent.span
    if PLACES & categories and (
            any(e.ent_id_.startswith(("place:", "site:")) or e.label_ == "FAC" for e in span.ents)
            or any(t.start >= span.start and t.end <= span.end for t in town_spans(span.doc, in_names=True))):
        return True
    if PEOPLE & categories:
        given = first_names()
        return any(e.label_ == "PERSON" for e in span.ents) or any(NAME_RX.match(t.text) and given.is_first_name(t.text) for t in span)
    return False


def deny_lists(detectors) -> dict[str, list]:
    """{category: its detectors with a deny list}: a backstop reading obeys the rules' vetoes for its category."""
    out: dict[str, list] = {}
    for d in detectors:
        if d.CATEGORY in CATEGORIES and getattr(d, "DENY", None):
            out.setdefault(d.CATEGORY, []).append(d)
    return out


def proposals(ctx, deny=None) -> list[tuple["Detection", str]]:
    """(detection, passage) for each reading of the unit's passages at or above its threshold that names what its
    category needs. Whether the rules already cited the passage is decided later (`missed_only`)."""
    from footprint.analysis.detect import embed
    from footprint.analysis.detect.backstop_values import values_for
    from footprint.analysis.detect.meaning import model_texts

    model = backstop()
    sents = passages_of(ctx) if model is not None else []
    if not sents:
        return []
    out = []
    vecs = embed.encoder().encode(model_texts([s.text for s in sents]))
    for sent, readings in zip(sents, model.read(vecs, [s.text for s in sents])):
        for r in readings:
            for value, key in values_for(r.category, sent, ctx.shared, ctx.subject, deny):
                out.append((_detection(ctx, r, sent.text, value, key), sent.text))
    return out


def _detection(ctx, r: Reading, text: str, value: str, key: str) -> "Detection":
    from footprint.analysis.detect.detectors.base import ANTECEDENT_MAX_CHARS, EXCERPT_CHARS, TOLD_CATEGORIES, excerpt
    from footprint.analysis.findings import Detection, Evidence

    shown = ctx.excerpt_for(text, told=r.category in TOLD_CATEGORIES)
    with_antecedent = ctx.kind != "profile_field" and shown != text
    ev = Evidence(url=ctx.url, kind=ctx.kind, excerpt=excerpt(shown, ANTECEDENT_MAX_CHARS if with_antecedent else EXCERPT_CHARS),
                  posted_at=ctx.posted_at, profile=ctx.profile)
    span = max(1e-9, 1.0 - r.threshold)
    conf = BASE_CONFIDENCE + SPAN_CONFIDENCE * max(0.0, r.score - r.threshold) / span
    from footprint.analysis.detect.backstop_values import PEOPLE_ROLE

    person = {"person": value.rsplit(" (", 1)[0], "relation": PEOPLE_ROLE[r.category]} if r.category in PEOPLE_ROLE else {}
    return Detection(category=r.category, value=value, key=key.lower(), confidence=round(min(conf, 1.0), 3), detector=DETECTOR,
                     pattern=PATTERN, evidence=ev,
                     support=[f"model p={r.score:.2f}", *[w for w, _ in r.words], *[f'like "{t}" ({s:.2f})' for t, s in r.nearest]],
                     attrs={**person, "learned": {"explanation": r.explain(), "score": round(r.score, 3),
                                        "words": [f"{w} {c:+.2f}" for w, c in r.words],
                                        "nearest": [f"{t} ({s:.2f})" for t, s in r.nearest]}})


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def cites(excerpt: str, passage: str) -> bool:
    """An evidence excerpt cites the passage: one holds the other, case and spacing aside (an excerpt may carry the
    sentence before it, or be cut short)."""
    e, t = _norm(excerpt), _norm(passage)
    return t in e or e in t


def missed_only(pending: list[tuple["Detection", str]], rules: list["Detection"], employed: bool | None = None) -> list["Detection"]:
    """The backstop's detections for passages no rule detection of the same category cites (same URL,
    excerpts overlapping): the model fills in where the rules were silent, never beside them. Nor a person the
    rules already know in any role: people linking cites every later mention of them ("Gym with Jess" after
    "my mate Jess Holloway") as theirs. A workplace, colleagues, official and systems information only when the
    scan ties the subject to the organisation (`employed` True): a lone post ("Nights. Port Hedland.") or a scan
    that says nothing of the job gets none from the model."""
    from footprint.analysis.detect.backstop_values import PEOPLE
    from footprint.analysis.link.linking import match_tokens, names_compatible

    cited: dict[tuple[str, str], list[str]] = {}
    for d in rules:
        cited.setdefault((d.category, d.evidence.url), []).append(d.evidence.excerpt)
    known = [match_tokens(d) for d in rules if d.category in PEOPLE]
    out = []
    for d, text in pending:
        if any(cites(e, text) for e in cited.get((d.category, d.evidence.url), ())):
            continue
        if d.category in PEOPLE and any(k and names_compatible(k, match_tokens(d)) for k in known):
            continue
        if d.category in WORK_CATEGORIES and employed is not True:
            continue
        out.append(d)
    return out
